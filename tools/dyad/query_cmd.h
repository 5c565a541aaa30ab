// tools/dyad/query_cmd.h: `dyad query`, a thin front over store::ForEachEvent/Aggregate.
#pragma once

#include <CLI/CLI.hpp>

#include "store/query.h"

namespace dyad::cli {

// Registers the `query` subcommand on `app`; `*exit_code` is set when it runs.
void AddQueryCommand(CLI::App& app, int* exit_code);

// The event filter flags shared by `query` and `export` (--actor, --source, --target,
// --dyad, --code, --root, --quad, --from, --to, --place, --text, --facts-only, --dedup).
void AddFilterOptions(CLI::App* cmd, store::EventFilter* filter);

}  // namespace dyad::cli
