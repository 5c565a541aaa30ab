// tools/dyad/ingest_cmd.h: `dyad ingest`, a thin front over store::Ingest.
#pragma once

#include <CLI/CLI.hpp>

namespace dyad::cli {

// Registers the `ingest` subcommand on `app`; `*exit_code` is set when it runs.
void AddIngestCommand(CLI::App& app, int* exit_code);

}  // namespace dyad::cli
