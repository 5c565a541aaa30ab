// tools/dyad/parse_cmd.h: `dyad parse`, a thin front over the syntax stage.
#pragma once

#include <CLI/CLI.hpp>

namespace dyad::cli {

// Registers the `parse` subcommand on `app`; `*exit_code` is set when it runs.
void AddParseCommand(CLI::App& app, int* exit_code);

}  // namespace dyad::cli
