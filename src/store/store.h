// store/store.h: the event store, one SQLite file or one PostgreSQL database (schema:
// docs/store-format.md; PostgreSQL: docs/postgres.md).
//
// A Store is one connection. Not thread-safe: use one Store per thread (SQLite allows many
// readers and one writer at a time on a file in WAL mode; a second writer waits up to 10 s
// for the lock, then fails with an error naming the file). On PostgreSQL, writers take
// turns per transaction (an advisory lock) and readers never wait.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/status.h"
#include "store/sqlite.h"

namespace dyad::store {

class PgCopyRows;

struct StoreOptions {
  // Create the file (and the schema) when missing; upgrade an older schema. Default: true.
  bool create = true;
  // Open read-only (query, export): no schema change; a missing file is an error.
  // Default: false.
  bool read_only = false;
  // SQLite page cache for this connection, in MiB. Default: 64.
  int cache_mib = 64;
  // How long a statement waits for a lock another connection holds before failing with
  // "database is locked", in milliseconds. Default: 10000.
  int busy_timeout_ms = 10000;
};

// Row counts of the main tables.
struct StoreCounts {
  int64_t documents = 0, sentences = 0, events = 0, actors = 0, places = 0, clusters = 0;
  bool operator==(const StoreCounts&) const = default;
};

// FNV-1a 64 (Fowler, Noll, Vo) of `bytes`, continuing from `h`. Pure.
inline constexpr uint64_t kFnvOffsetBasis = 14695981039346656037ull;
uint64_t Fnv1a64(std::string_view bytes, uint64_t h = kFnvOffsetBasis);

// The identity of a document's content: FNV-1a 64 of its date, a 0xff byte, its text and
// a 0xff byte (so ("ab","c") and ("a","bc") differ), as a signed 64-bit value. A document
// whose id is stored with the same hash is unchanged. Pure.
int64_t ContentHash(const Document& doc);

// The hash stores of schema version 1 recorded: the same, started from a mistyped offset
// basis (1469598103934665603). Only for recognising a document stored by such a version
// as unchanged (documents.hash_version = 1); docs/store-format.md.
int64_t LegacyContentHash(const Document& doc);

// What the store holds for a document id, next to a document about to be written.
enum class StoredState {
  kAbsent,          // no such id
  kChanged,         // the id, with other content
  kUnchanged,       // the id with this content
  kUnchangedLegacy  // the id with this content, under a version-1 hash (to be rewritten)
};

// One coded document, ready to be written.
struct CodedDocument {
  Document doc;
  int64_t hash = 0;
  std::vector<Event> events;
  size_t sentences = 0;  // sentences in the document (from the coder)
};

enum class WriteOutcome { kInserted, kReplaced, kUnchanged };

class Store {
 public:
  // `path` is a SQLite file, or a PostgreSQL connection URI ("postgresql://..." or
  // "postgres://...", IsPostgresUri) whose database exists; the schema is made (or
  // upgraded) there unless `read_only`. cache_mib applies to SQLite only.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options = {});
  ~Store();

  Db& db() { return *db_; }
  const std::string& path() const { return db_->path(); }

  Result<StoreCounts> Counts();

  // True when `doc_id` is stored with content hash `hash` (so writing it again would
  // change nothing).
  Result<bool> HasUnchanged(const std::string& doc_id, int64_t hash);
  // The same question for a whole document, also recognising a row written by schema
  // version 1 (LegacyContentHash).
  Result<StoredState> Lookup(const Document& doc, int64_t hash);
  // Replaces a version-1 hash by `hash` (ContentHash of the same content). REQUIRES: inside
  // Begin()/Commit(). Does nothing when the row is already version 2.
  Status UpgradeHash(const std::string& doc_id, int64_t hash);

  // Writing. REQUIRES: !read_only. Begin() opens a transaction; Write() adds one document
  // and its events (replacing the events of a stored document with that id whose hash
  // differs; doing nothing for one whose hash is the same, unless `force`); Commit() makes
  // the batch durable as one unit. A document and its events are always in the same
  // transaction, so a crash leaves either all of a document or none of it.
  Status Begin();
  Result<WriteOutcome> Write(const CodedDocument& coded, bool force = false);
  Status Commit();
  Status Rollback();
  // Deletes clusters no event points at any more (after replacements). Inside or outside a
  // transaction.
  Status PruneClusters();

 private:
  explicit Store(std::unique_ptr<Db> db);
  static Result<std::unique_ptr<Store>> OpenPostgres(std::unique_ptr<Db> db, const StoreOptions& options);
  // OK when `db` holds a store of kSchemaVersion; else an InvalidArgument saying what to do.
  static Status CheckVersion(Db& db);
  Status PrepareWriter();
  Status PreparePostgresInterning();
  Result<int64_t> ActorId(const ActorRef& a);
  Result<int64_t> PlaceId(const Location& l);
  Result<int64_t> ClusterId(int64_t source, int64_t target, const std::string& code, const std::string& date);

  std::unique_ptr<Db> db_;
  bool writer_ready_ = false;
  Stmt find_doc_, insert_doc_, update_doc_, delete_events_, delete_sentences_, insert_sentence_,
      insert_event_, upsert_actor_, upsert_place_, upsert_cluster_;
  std::unordered_map<std::string, int64_t> actor_cache_;
  std::unordered_map<std::string, int64_t> place_cache_;
  Stmt has_doc_, lookup_doc_, upgrade_hash_;
  // PostgreSQL: the transaction's events, sent in one COPY before anything reads or
  // deletes events, and at Commit (store/pg_copy.h). Null on SQLite.
  std::unique_ptr<PgCopyRows> event_copy_;
  Status FlushEvents();
};

}  // namespace dyad::store
