// tools/dyad/export_cmd.h: `dyad export`, a thin front over store::ForEachEvent and the
// export sinks.
#pragma once

#include <CLI/CLI.hpp>

namespace dyad::cli {

// Registers the `export` subcommand on `app`; `*exit_code` is set when it runs.
void AddExportCommand(CLI::App& app, int* exit_code);

}  // namespace dyad::cli
