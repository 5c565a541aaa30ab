// tools/dyad/store_cmd.h: `dyad store migrate|version --db STORE`, the store's schema
// version (docs/store-format.md), for SQLite files and PostgreSQL databases alike.
#pragma once

#include <CLI/CLI.hpp>

namespace dyad::cli {

// Registers the `store` subcommand on `app`; `*exit_code` is set when it runs.
void AddStoreCommand(CLI::App& app, int* exit_code);

}  // namespace dyad::cli
