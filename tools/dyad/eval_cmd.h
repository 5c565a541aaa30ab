// tools/dyad/eval_cmd.h: `dyad eval`, scoring dyad against gold files (docs/eval.md).
#pragma once

#include <CLI/CLI.hpp>

namespace dyad::cli {

// Registers the `eval` subcommand on `app`; `*exit_code` is set when it runs.
void AddEvalCommand(CLI::App& app, int* exit_code);

}  // namespace dyad::cli
