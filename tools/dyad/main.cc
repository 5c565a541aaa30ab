// tools/dyad/main.cc: the dyad command line. Each subcommand lives in its own file and
// stays thin over the library.
#include <iostream>

#include <CLI/CLI.hpp>

#include "code_cmd.h"
#include "dict_cmd.h"
#include "eval_cmd.h"
#include "export_cmd.h"
#include "ingest_cmd.h"
#include "parse_cmd.h"
#include "query_cmd.h"
#include "train_parser_cmd.h"
#if __has_include("validate_cmd.h")
#include "validate_cmd.h"
#define DYAD_HAS_VALIDATE 1
#endif

int main(int argc, char** argv) {
#ifdef DYAD_HAS_VALIDATE
  if (argc >= 2 && std::string(argv[1]) == "validate") return RunValidate(argc - 1, argv + 1);
#endif
  CLI::App app{"dyad: political event data from news text (CAMEO)"};
  app.require_subcommand(1);
  int exit_code = 0;
  dyad::cli::AddCodeCommand(app, &exit_code);
  dyad::cli::AddIngestCommand(app, &exit_code);
  dyad::cli::AddQueryCommand(app, &exit_code);
  dyad::cli::AddExportCommand(app, &exit_code);
  dyad::cli::AddEvalCommand(app, &exit_code);
  dyad::cli::AddDictCommand(app, &exit_code);
  dyad::cli::AddParseCommand(app, &exit_code);
  dyad::cli::AddTrainParserCommand(app, &exit_code);
#ifdef DYAD_HAS_VALIDATE
  app.add_subcommand("validate", "Run a TABARI validation project (see dyad validate --help)");
#endif
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  return exit_code;
}
