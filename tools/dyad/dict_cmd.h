// tools/dyad/dict_cmd.h: `dyad dict ...`, dictionary tools (for now: lint).
#pragma once

#include <CLI/CLI.hpp>

namespace dyad::cli {

// Registers the `dict` subcommand (with `lint`) on `app`; `*exit_code` is set when it runs.
void AddDictCommand(CLI::App& app, int* exit_code);

}  // namespace dyad::cli
