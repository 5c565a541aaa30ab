// tools/dyad/docs_cmd.h: `dyad man` and `dyad completion`, generated from the CLI definitions.
#pragma once

#include <CLI/CLI.hpp>

namespace dyad::cli {

// Adds `man` (a man page in roff, for `man -l`) and `completion` (a bash completion script)
// to `app`. Both describe every subcommand and option that `app` has when they run, so they
// never drift from --help. Call after the other subcommands are added.
void AddDocsCommands(CLI::App& app, int* exit_code);

}  // namespace dyad::cli
