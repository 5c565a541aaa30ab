// store/schema_pg.h: the store's schema in PostgreSQL's types, and its migrations.
//
// The same tables, columns, indexes and view as the SQLite schema (store/schema.cc), so
// that the queries of store/query.cc read either; versions are numbered alike (a
// PostgreSQL store at version 3 holds what a SQLite store at version 3 holds).
// store/schema.h's SchemaVersion and Migrate call these for a PostgreSQL Db.
#pragma once

#include "dyad/status.h"
#include "store/sqlite.h"

namespace dyad::store {

// REQUIRES: db.postgres(). The version recorded in the connection's current schema (0
// when it has no schema_version table).
Result<int> PgSchemaVersion(Db& db);

// REQUIRES: db.postgres(). As Migrate (schema.h): every missing migration, in order, in one
// transaction; concurrent callers wait for each other (an advisory lock), so several
// `dyad ingest` processes starting at once on an empty database create the schema once.
Status PgMigrate(Db& db);

}  // namespace dyad::store
