// tools/dyad/code_cmd.h: `dyad code`, a thin front over Coder and the sinks.
#pragma once

#include <CLI/CLI.hpp>

namespace dyad::cli {

// Registers the `code` subcommand on `app`; `*exit_code` is set when it runs.
void AddCodeCommand(CLI::App& app, int* exit_code);

}  // namespace dyad::cli
