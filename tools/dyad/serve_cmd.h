// tools/dyad/serve_cmd.h: `dyad serve`, a thin front over serve::Server.
#pragma once

#include <CLI/CLI.hpp>

namespace dyad::cli {

// Registers the `serve` subcommand on `app`; `*exit_code` is set when it runs.
void AddServeCommand(CLI::App& app, int* exit_code);

}  // namespace dyad::cli
