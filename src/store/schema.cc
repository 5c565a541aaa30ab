// store/schema.cc: the store's tables, indexes and views, as an ordered list of migrations.
//
// The store is one SQLite file. Its layout is documented for users who open it directly
// (R's RSQLite, pandas.read_sql, the sqlite3 shell) in docs/store-format.md; this file and
// that page change together. A schema change is a new migration appended to kMigrations,
// never an edit of an old one: an old store is upgraded by running the migrations it has
// not seen, in order, in one transaction, and `schema_version` records each.
//
// Shape (version 3; version 3 added events.date_precision):
//   documents  one row per document id; content_hash detects changed text (hash_version
//              says which hash: 1 the mistyped one of version-1 stores, 2 FNV-1a 64)
//   sentences  only the sentences that produced events (their text, offsets, citation);
//              sentences_fts, an FTS5 index over their text kept in step by triggers
//   actors     one row per distinct actor code;  places: one row per distinct location
//   clusters   one row per (source, target, code, date): events of different documents
//              that report the same thing share a cluster_id (non-destructive dedup)
//   events     one row per coded event, pointing at all of the above
//   events_v   a view with the codes and texts joined, for people reading the file
// The indexes serve the queries of `dyad query`: by source/target actor with date, by
// code with date (a root is a code prefix, so it uses the same index as a range), by
// date alone, by cluster, and the FTS index for text.
#include "store/schema.h"

#include "store/schema_pg.h"

#include <string>
#include <string_view>
#include <vector>

namespace dyad::store {
namespace {

constexpr std::string_view kV1 = R"sql(
CREATE TABLE documents (
  doc_pk       INTEGER PRIMARY KEY,
  doc_id       TEXT NOT NULL UNIQUE,
  content_hash INTEGER NOT NULL,
  date         TEXT,
  source       TEXT,
  url          TEXT,
  title        TEXT,
  meta         TEXT NOT NULL DEFAULT '{}',
  origin       TEXT,
  n_sentences  INTEGER NOT NULL DEFAULT 0,
  n_events     INTEGER NOT NULL DEFAULT 0,
  ingested_at  TEXT NOT NULL
);
CREATE TABLE sentences (
  sentence_pk  INTEGER PRIMARY KEY,
  doc_pk       INTEGER NOT NULL REFERENCES documents(doc_pk),
  idx          INTEGER NOT NULL,
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  text         TEXT NOT NULL,
  citation     TEXT,
  UNIQUE (doc_pk, idx)
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(
  text, content='sentences', content_rowid='sentence_pk',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.sentence_pk, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.sentence_pk, old.text);
END;
CREATE TRIGGER sentences_au AFTER UPDATE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.sentence_pk, old.text);
  INSERT INTO sentences_fts(rowid, text) VALUES (new.sentence_pk, new.text);
END;
CREATE TABLE actors (
  actor_id     INTEGER PRIMARY KEY,
  code         TEXT NOT NULL UNIQUE,
  country      TEXT NOT NULL DEFAULT ''
);
CREATE TABLE places (
  place_id     INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  country      TEXT NOT NULL,
  lat          REAL,
  lon          REAL,
  geonameid    INTEGER NOT NULL DEFAULT 0,
  UNIQUE (name, country, geonameid)
);
CREATE TABLE clusters (
  cluster_id      INTEGER PRIMARY KEY,
  source_actor_id INTEGER NOT NULL,
  target_actor_id INTEGER NOT NULL,
  code            TEXT NOT NULL,
  date            TEXT NOT NULL,
  UNIQUE (source_actor_id, target_actor_id, code, date)
);
CREATE TABLE events (
  event_id        INTEGER PRIMARY KEY,
  doc_pk          INTEGER NOT NULL REFERENCES documents(doc_pk),
  seq             INTEGER NOT NULL,
  sentence_pk     INTEGER NOT NULL REFERENCES sentences(sentence_pk),
  sentence        INTEGER NOT NULL,
  date            TEXT,
  date_source     TEXT,
  source_actor_id INTEGER REFERENCES actors(actor_id),
  source_text     TEXT,
  source_start    INTEGER,
  source_end      INTEGER,
  source_name     TEXT,
  target_actor_id INTEGER REFERENCES actors(actor_id),
  target_text     TEXT,
  target_start    INTEGER,
  target_end      INTEGER,
  target_name     TEXT,
  code            TEXT NOT NULL,
  root            TEXT NOT NULL,
  goldstein       REAL NOT NULL,
  quad            INTEGER NOT NULL,
  plover          TEXT NOT NULL,
  negated         INTEGER NOT NULL,
  hypothetical    INTEGER NOT NULL,
  reported        INTEGER NOT NULL,
  place_id        INTEGER REFERENCES places(place_id),
  verb            TEXT,
  verb_start      INTEGER,
  verb_end        INTEGER,
  pattern         TEXT,
  pattern_where   TEXT,
  cluster_id      INTEGER NOT NULL REFERENCES clusters(cluster_id),
  UNIQUE (doc_pk, seq)
);
CREATE INDEX events_dyad   ON events(source_actor_id, target_actor_id, date);
CREATE INDEX events_target ON events(target_actor_id, date);
CREATE INDEX events_code   ON events(code, date);
CREATE INDEX events_date   ON events(date);
CREATE INDEX events_cluster ON events(cluster_id);
CREATE VIEW events_v AS
  SELECT e.event_id, d.doc_id, e.sentence, e.date, e.date_source,
         sa.code AS source_code, sa.country AS source_country, e.source_text, e.source_name,
         ta.code AS target_code, ta.country AS target_country, e.target_text, e.target_name,
         e.code, e.root, e.goldstein, e.quad, e.plover,
         e.negated, e.hypothetical, e.reported,
         p.name AS place_name, p.country AS place_country, p.lat, p.lon, p.geonameid,
         e.verb, e.pattern, e.pattern_where, e.cluster_id,
         s.text AS sentence_text, s.citation, d.source AS doc_source, d.url AS doc_url
  FROM events e
  JOIN documents d ON d.doc_pk = e.doc_pk
  JOIN sentences s ON s.sentence_pk = e.sentence_pk
  LEFT JOIN actors sa ON sa.actor_id = e.source_actor_id
  LEFT JOIN actors ta ON ta.actor_id = e.target_actor_id
  LEFT JOIN places p ON p.place_id = e.place_id;
)sql";

// Version 2: content_hash was computed from a mistyped FNV offset basis. A store keeps no
// document's full text, so the hashes cannot be recomputed here; the rows are marked
// hash_version = 1 instead, and the next ingest that reads a document recognises it by the
// old hash and rewrites its hash (store.cc, Store::Lookup / UpgradeHash).
constexpr std::string_view kV2 = R"sql(
ALTER TABLE documents ADD COLUMN hash_version INTEGER NOT NULL DEFAULT 1;
)sql";

// Version 3: events carry their date's precision ("day", "week", "month", "year"). Rows of
// older stores were all written as days: they get "day" where they have a date. The view
// is rebuilt to show the column.
constexpr std::string_view kV3 = R"sql(
ALTER TABLE events ADD COLUMN date_precision TEXT;
UPDATE events SET date_precision = 'day' WHERE date IS NOT NULL;
DROP VIEW IF EXISTS events_v;
CREATE VIEW events_v AS
  SELECT e.event_id, d.doc_id, e.sentence, e.date, e.date_source, e.date_precision,
         sa.code AS source_code, sa.country AS source_country, e.source_text, e.source_name,
         ta.code AS target_code, ta.country AS target_country, e.target_text, e.target_name,
         e.code, e.root, e.goldstein, e.quad, e.plover,
         e.negated, e.hypothetical, e.reported,
         p.name AS place_name, p.country AS place_country, p.lat, p.lon, p.geonameid,
         e.verb, e.pattern, e.pattern_where, e.cluster_id,
         s.text AS sentence_text, s.citation, d.source AS doc_source, d.url AS doc_url,
         d.date AS doc_date
  FROM events e
  JOIN documents d ON d.doc_pk = e.doc_pk
  JOIN sentences s ON s.sentence_pk = e.sentence_pk
  LEFT JOIN actors sa ON sa.actor_id = e.source_actor_id
  LEFT JOIN actors ta ON ta.actor_id = e.target_actor_id
  LEFT JOIN places p ON p.place_id = e.place_id;
)sql";

// kMigrations[i] takes a store from version i to version i + 1.
const std::vector<std::string_view>& Migrations() {
  static const std::vector<std::string_view> m = {kV1, kV2, kV3};
  return m;
}

Result<bool> TableExists(Db& db, std::string_view name) {
  DYAD_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(db, "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?"));
  st.Bind(1, name);
  Status s;
  const bool found = st.Step(&s);
  if (!s.ok()) return s;
  return found;
}

}  // namespace

Result<int> SchemaVersion(Db& db) {
  if (db.postgres()) return PgSchemaVersion(db);
  DYAD_ASSIGN_OR_RETURN(bool has, TableExists(db, "schema_version"));
  if (!has) return 0;
  DYAD_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(db, "SELECT COALESCE(MAX(version), 0) FROM schema_version"));
  Status s;
  if (!st.Step(&s)) return s.ok() ? Status::Internal("no schema version row") : s;
  return static_cast<int>(st.Int(0));
}

Status Migrate(Db& db) {
  if (db.postgres()) return PgMigrate(db);
  DYAD_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  auto fail = [&db](Status s) {
    (void)db.Exec("ROLLBACK");
    return s;
  };
  Result<int> v = SchemaVersion(db);
  if (!v.ok()) return fail(v.status());
  const int have = v.value();
  if (have == 0) {
    Status s;
    DYAD_ASSIGN_OR_RETURN(Stmt any, Stmt::Prepare(db, "SELECT count(*) FROM sqlite_master"));
    if (any.Step(&s) && any.Int(0) > 0) {
      return fail(Status::InvalidArgument(db.path() +
                                          ": not a dyad store (it has tables but no schema_version)"));
    }
    if (!s.ok()) return fail(s);
    Status c = db.Exec("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
    if (!c.ok()) return fail(c);
  }
  if (have > kSchemaVersion) {
    return fail(Status::InvalidArgument(db.path() + ": store schema version " + std::to_string(have) +
                                        " is newer than this dyad understands (" +
                                        std::to_string(kSchemaVersion) + "); upgrade dyad"));
  }
  const auto& migrations = Migrations();
  for (int i = have; i < kSchemaVersion; ++i) {
    Status s = db.Exec(migrations[static_cast<size_t>(i)]);
    if (!s.ok()) return fail(Status::Internal("migration to schema version " + std::to_string(i + 1) + ": " + s.message()));
    Result<Stmt> rec = Stmt::Prepare(db, "INSERT INTO schema_version(version, applied_at) VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))");
    if (!rec.ok()) return fail(rec.status());
    rec->Bind(1, i + 1);
    s = rec->Run();
    if (!s.ok()) return fail(s);
  }
  return db.Exec("COMMIT");
}

}  // namespace dyad::store
