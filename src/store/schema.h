// store/schema.h: the store's SQL schema and its migrations (docs/store-format.md).
#pragma once

#include "dyad/status.h"
#include "store/sqlite.h"

namespace dyad::store {

// The schema version this build writes and reads.
inline constexpr int kSchemaVersion = 3;

// The version recorded in `db` (0 for a database without dyad's tables).
Result<int> SchemaVersion(Db& db);

// Brings `db` to kSchemaVersion, applying each missing migration in order inside one
// transaction, and records each in `schema_version`. Fails, changing nothing, when the
// file holds a newer version than this build knows, or is not a dyad store (has tables
// but no `schema_version`).
Status Migrate(Db& db);

}  // namespace dyad::store
