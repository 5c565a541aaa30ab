// tools/dyad/train_parser_cmd.h: `dyad train-parser`, trains the syntax model.
#pragma once

#include <CLI/CLI.hpp>

namespace dyad::cli {

// Registers the `train-parser` subcommand on `app`; `*exit_code` is set when it runs.
void AddTrainParserCommand(CLI::App& app, int* exit_code);

}  // namespace dyad::cli
