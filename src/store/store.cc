// store/store.cc: opening the store and writing coded documents into it.
//
// Writing a document is: look its id up; the same content hash means nothing to do; a
// different one means delete its events and sentences (the FTS triggers follow) and
// update its row; no row means insert one. Then its event sentences and its events go
// in, each event pointing at interned actors, places and a cluster. Actor codes are
// interned through an in-memory cache in front of an upsert (`INSERT ... ON CONFLICT DO
// UPDATE ... RETURNING`, one statement whether the row is new or not); clusters, which
// grow with the archive, are not cached: the upsert's unique-index probe is the lookup.
//
// Crash safety comes from SQLite: the writer runs in WAL mode, and a document and all its
// rows are written inside the caller's transaction, so a kill at any moment leaves each
// document entirely in (committed) or entirely out. synchronous=NORMAL only risks the
// last transactions on a power cut, never on a process crash, and never corruption.
#include "store/store.h"

#include <nlohmann/json.hpp>

#include "store/pg_copy.h"
#include "store/schema.h"

namespace dyad::store {

uint64_t Fnv1a64(std::string_view bytes, uint64_t h) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

namespace {

int64_t HashFrom(const Document& doc, uint64_t basis) {
  constexpr std::string_view kSep = "\xff";  // ("ab","c") and ("a","bc") differ
  uint64_t h = Fnv1a64(doc.date, basis);
  h = Fnv1a64(kSep, h);
  h = Fnv1a64(doc.text, h);
  h = Fnv1a64(kSep, h);
  return static_cast<int64_t>(h);
}

}  // namespace

int64_t ContentHash(const Document& doc) { return HashFrom(doc, kFnvOffsetBasis); }

int64_t LegacyContentHash(const Document& doc) { return HashFrom(doc, 1469598103934665603ull); }

namespace {

// The columns of an event row, in the order BindEvent fills them.
constexpr const char* kEventColumns =
    "doc_pk, seq, sentence_pk, sentence, date, date_source, date_precision,"
    " source_actor_id, source_text, source_start, source_end, source_name,"
    " target_actor_id, target_text, target_start, target_end, target_name,"
    " code, root, goldstein, quad, plover, negated, hypothetical, reported, place_id,"
    " verb, verb_start, verb_end, pattern, pattern_where, cluster_id";

// The advisory-lock key all dyad writers of a PostgreSQL store share ("dyad" in ASCII).
constexpr int64_t kWriterLock = 0x64796164;

// Now, as the store records it: YYYY-MM-DDTHH:MM:SSZ; $SOURCE_DATE_EPOCH (seconds since
// 1970, the reproducible-builds convention) when set, so that two stores written from the
// same input export the same bytes.
std::string UtcNow() {
  std::time_t t = std::time(nullptr);
  if (const char* e = std::getenv("SOURCE_DATE_EPOCH"); e && *e) t = static_cast<std::time_t>(std::strtoll(e, nullptr, 10));
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

Store::Store(std::unique_ptr<Db> db) : db_(std::move(db)) {}
Store::~Store() = default;

Status Store::CheckVersion(Db& db) {
  DYAD_ASSIGN_OR_RETURN(int v, SchemaVersion(db));
  if (v == 0) return Status::InvalidArgument(db.path() + ": not a dyad store (no schema_version table)");
  if (v != kSchemaVersion) {
    return Status::InvalidArgument(db.path() + ": store schema version " + std::to_string(v) +
                                   ", this dyad reads version " + std::to_string(kSchemaVersion) +
                                   (v < kSchemaVersion ? " (run `dyad store migrate --db " + db.path() + "`, or `dyad ingest` on it, to upgrade)"
                                                       : " (upgrade dyad)"));
  }
  return Status::Ok();
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  DYAD_ASSIGN_OR_RETURN(std::unique_ptr<Db> db, Db::Open(path, options.create, options.read_only, options.busy_timeout_ms));
  if (db->postgres()) return OpenPostgres(std::move(db), options);
  const std::string cache = "PRAGMA cache_size=-" + std::to_string(options.cache_mib * 1024);
  DYAD_RETURN_IF_ERROR(db->Exec(cache));
  // The writer's temporary tables are small; a reader's sorts and materialised CTEs can
  // be as large as the store (every event of `dyad query --limit 0`), so they spill to
  // temporary files instead of growing the heap.
  if (!options.read_only) DYAD_RETURN_IF_ERROR(db->Exec("PRAGMA temp_store=MEMORY"));
  if (options.read_only) {
    DYAD_RETURN_IF_ERROR(CheckVersion(*db));
  } else {
    DYAD_RETURN_IF_ERROR(db->Exec("PRAGMA journal_mode=WAL"));
    DYAD_RETURN_IF_ERROR(db->Exec("PRAGMA synchronous=NORMAL"));
    DYAD_RETURN_IF_ERROR(Migrate(*db));
  }
  return std::unique_ptr<Store>(new Store(std::move(db)));
}

Result<std::unique_ptr<Store>> Store::OpenPostgres(std::unique_ptr<Db> db, const StoreOptions& options) {
  if (options.read_only) {
    DYAD_RETURN_IF_ERROR(CheckVersion(*db));
  } else {
    DYAD_RETURN_IF_ERROR(Migrate(*db));
  }
  return std::unique_ptr<Store>(new Store(std::move(db)));
}

Result<StoreCounts> Store::Counts() {
  DYAD_RETURN_IF_ERROR(FlushEvents());
  DYAD_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(*db_,
      "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences),"
      " (SELECT count(*) FROM events), (SELECT count(*) FROM actors),"
      " (SELECT count(*) FROM places), (SELECT count(*) FROM clusters)"));
  Status s;
  if (!st.Step(&s)) return s.ok() ? Status::Internal("count returned no row") : s;
  StoreCounts c;
  c.documents = st.Int(0);
  c.sentences = st.Int(1);
  c.events = st.Int(2);
  c.actors = st.Int(3);
  c.places = st.Int(4);
  c.clusters = st.Int(5);
  return c;
}

Result<bool> Store::HasUnchanged(const std::string& doc_id, int64_t hash) {
  if (!has_doc_.prepared()) {
    DYAD_ASSIGN_OR_RETURN(has_doc_, Stmt::Prepare(*db_,
        "SELECT content_hash FROM documents WHERE doc_id=? AND hash_version>=2"));
  }
  has_doc_.Bind(1, doc_id);
  Status s;
  const bool found = has_doc_.Step(&s);
  const bool same = found && has_doc_.Int(0) == hash;
  has_doc_.Reset();
  if (!s.ok()) return s;
  return same;
}

Result<StoredState> Store::Lookup(const Document& doc, int64_t hash) {
  if (!lookup_doc_.prepared()) {
    DYAD_ASSIGN_OR_RETURN(lookup_doc_, Stmt::Prepare(*db_, "SELECT content_hash, hash_version FROM documents WHERE doc_id=?"));
  }
  lookup_doc_.Bind(1, doc.id);
  Status s;
  StoredState state = StoredState::kAbsent;
  if (lookup_doc_.Step(&s)) {
    const int64_t stored = lookup_doc_.Int(0);
    if (lookup_doc_.Int(1) >= 2) state = stored == hash ? StoredState::kUnchanged : StoredState::kChanged;
    else state = stored == LegacyContentHash(doc) ? StoredState::kUnchangedLegacy : StoredState::kChanged;
  }
  lookup_doc_.Reset();
  if (!s.ok()) return s;
  return state;
}

Status Store::UpgradeHash(const std::string& doc_id, int64_t hash) {
  if (!upgrade_hash_.prepared()) {
    DYAD_ASSIGN_OR_RETURN(upgrade_hash_, Stmt::Prepare(*db_,
        "UPDATE documents SET content_hash=?, hash_version=2 WHERE doc_id=? AND hash_version<2"));
  }
  upgrade_hash_.Bind(1, hash);
  upgrade_hash_.Bind(2, doc_id);
  return upgrade_hash_.Run();
}

Status Store::PrepareWriter() {
  if (writer_ready_) return Status::Ok();
  DYAD_ASSIGN_OR_RETURN(find_doc_, Stmt::Prepare(*db_,
      "SELECT doc_pk, content_hash, hash_version FROM documents WHERE doc_id=?"));
  DYAD_ASSIGN_OR_RETURN(insert_doc_, Stmt::Prepare(*db_,
      "INSERT INTO documents(doc_id, content_hash, date, source, url, title, meta, origin, n_sentences,"
      " n_events, ingested_at, hash_version) VALUES (?,?,?,?,?,?,?,?,?,?,?, 2)"
      " ON CONFLICT(doc_id) DO NOTHING RETURNING doc_pk"));
  DYAD_ASSIGN_OR_RETURN(update_doc_, Stmt::Prepare(*db_,
      "UPDATE documents SET content_hash=?, date=?, source=?, url=?, title=?, meta=?, origin=?,"
      " n_sentences=?, n_events=?, ingested_at=?, hash_version=2"
      " WHERE doc_pk=?"));
  DYAD_ASSIGN_OR_RETURN(delete_events_, Stmt::Prepare(*db_, "DELETE FROM events WHERE doc_pk=?"));
  DYAD_ASSIGN_OR_RETURN(delete_sentences_, Stmt::Prepare(*db_, "DELETE FROM sentences WHERE doc_pk=?"));
  DYAD_ASSIGN_OR_RETURN(insert_sentence_, Stmt::Prepare(*db_,
      "INSERT INTO sentences(doc_pk, idx, start, \"end\", text, citation) VALUES (?,?,?,?,?,?)"
      " RETURNING sentence_pk"));
  DYAD_ASSIGN_OR_RETURN(insert_event_, Stmt::Prepare(*db_,
      std::string("INSERT INTO events(") + kEventColumns + ")"
      " VALUES (?,?,?,?,?,?,?, ?,?,?,?,?, ?,?,?,?,?, ?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?)"));
  if (db_->postgres()) event_copy_ = std::make_unique<PgCopyRows>(std::string("COPY events(") + kEventColumns + ") FROM STDIN");
  if (db_->postgres()) {
    DYAD_RETURN_IF_ERROR(PreparePostgresInterning());
  } else {
    DYAD_ASSIGN_OR_RETURN(upsert_actor_, Stmt::Prepare(*db_,
        "INSERT INTO actors(code, country) VALUES (?,?)"
        " ON CONFLICT(code) DO UPDATE SET code=excluded.code RETURNING actor_id"));
    DYAD_ASSIGN_OR_RETURN(upsert_place_, Stmt::Prepare(*db_,
        "INSERT INTO places(name, country, lat, lon, geonameid) VALUES (?,?,?,?,?)"
        " ON CONFLICT(name, country, geonameid) DO UPDATE SET name=excluded.name RETURNING place_id"));
    DYAD_ASSIGN_OR_RETURN(upsert_cluster_, Stmt::Prepare(*db_,
        "INSERT INTO clusters(source_actor_id, target_actor_id, code, date) VALUES (?,?,?,?)"
        " ON CONFLICT(source_actor_id, target_actor_id, code, date) DO UPDATE SET code=excluded.code"
        " RETURNING cluster_id"));
  }
  writer_ready_ = true;
  return Status::Ok();
}

// PostgreSQL: an upsert that finds the row still draws a value from the identity's
// sequence, so ids would have gaps where SQLite's have none; look first, insert only what
// is missing (writers hold the writer lock, so nobody inserts in between).
Status Store::PreparePostgresInterning() {
  DYAD_ASSIGN_OR_RETURN(upsert_actor_, Stmt::Prepare(*db_,
      "WITH f AS (SELECT actor_id FROM actors WHERE code = $1::text),"
      " i AS (INSERT INTO actors(code, country) SELECT $1::text, $2::text WHERE NOT EXISTS (SELECT 1 FROM f)"
      "       RETURNING actor_id)"
      " SELECT actor_id FROM f UNION ALL SELECT actor_id FROM i"));
  DYAD_ASSIGN_OR_RETURN(upsert_place_, Stmt::Prepare(*db_,
      "WITH f AS (SELECT place_id FROM places WHERE name = $1::text AND country = $2::text AND geonameid = $5::bigint),"
      " i AS (INSERT INTO places(name, country, lat, lon, geonameid)"
      "       SELECT $1::text, $2::text, $3::float8, $4::float8, $5::bigint WHERE NOT EXISTS (SELECT 1 FROM f)"
      "       RETURNING place_id)"
      " SELECT place_id FROM f UNION ALL SELECT place_id FROM i"));
  DYAD_ASSIGN_OR_RETURN(upsert_cluster_, Stmt::Prepare(*db_,
      "WITH f AS (SELECT cluster_id FROM clusters WHERE source_actor_id = $1::bigint AND target_actor_id = $2::bigint"
      "           AND code = $3::text AND date = $4::text),"
      " i AS (INSERT INTO clusters(source_actor_id, target_actor_id, code, date)"
      "       SELECT $1::bigint, $2::bigint, $3::text, $4::text WHERE NOT EXISTS (SELECT 1 FROM f)"
      "       RETURNING cluster_id)"
      " SELECT cluster_id FROM f UNION ALL SELECT cluster_id FROM i"));
  return Status::Ok();
}

Status Store::Begin() {
  DYAD_RETURN_IF_ERROR(PrepareWriter());
  if (!db_->postgres()) return db_->Exec("BEGIN IMMEDIATE");
  return db_->Exec("BEGIN; SELECT pg_advisory_xact_lock(" + std::to_string(kWriterLock) + ")");
}

Status Store::FlushEvents() {
  if (!event_copy_ || event_copy_->empty()) return Status::Ok();
  return event_copy_->Flush(*db_->pg());
}

Status Store::Commit() {
  DYAD_RETURN_IF_ERROR(FlushEvents());
  return db_->Exec("COMMIT");
}

Status Store::Rollback() {
  // Interned ids may belong to the rolled-back transaction.
  actor_cache_.clear();
  place_cache_.clear();
  if (event_copy_) event_copy_->Clear();
  return db_->Exec("ROLLBACK");
}

Status Store::PruneClusters() {
  DYAD_RETURN_IF_ERROR(FlushEvents());
  return db_->Exec("DELETE FROM clusters WHERE cluster_id NOT IN (SELECT cluster_id FROM events)");
}

namespace {

Result<int64_t> StepId(Stmt& st) {
  Status s;
  const bool row = st.Step(&s);
  const int64_t id = row ? st.Int(0) : -1;
  st.Reset();
  if (!s.ok()) return s;
  if (!row) return Status::Internal("upsert returned no id");
  return id;
}

std::string MetaValue(const Document& d, const char* key) {
  auto it = d.meta.find(key);
  return it == d.meta.end() ? std::string() : it->second;
}

// Fills an event row (kEventColumns) into `ev`: a Stmt (SQLite, one INSERT) or a
// PgCopyRows (PostgreSQL, one COPY per transaction).
template <class Sink>
void BindEvent(Sink& ev, int64_t doc_pk, int64_t seq, int64_t sentence_pk, const Event& e, int64_t src,
               int64_t tgt, int64_t place, int64_t cluster) {
  int k = 1;
  ev.Bind(k++, doc_pk);
  ev.Bind(k++, seq);
  ev.Bind(k++, sentence_pk);
  ev.Bind(k++, e.sentence);
  ev.BindOrNull(k++, e.date);
  ev.BindOrNull(k++, e.date_source);
  ev.BindOrNull(k++, e.date.empty() ? std::string() : e.date_precision.empty() ? "day" : e.date_precision);
  for (const auto* a : {&e.source, &e.target}) {
    if (*a) {
      ev.Bind(k++, a == &e.source ? src : tgt);
      ev.Bind(k++, (*a)->text);
      ev.Bind(k++, static_cast<int64_t>((*a)->start));
      ev.Bind(k++, static_cast<int64_t>((*a)->end));
      ev.BindOrNull(k++, (*a)->name);
    } else {
      for (int n = 0; n < 5; ++n) ev.BindNull(k++);
    }
  }
  ev.Bind(k++, e.code);
  ev.Bind(k++, e.root);
  ev.Bind(k++, e.goldstein);
  ev.Bind(k++, e.quad);
  ev.Bind(k++, e.plover);
  ev.Bind(k++, e.modality.negated ? 1 : 0);
  ev.Bind(k++, e.modality.hypothetical ? 1 : 0);
  ev.Bind(k++, e.modality.reported ? 1 : 0);
  if (e.location) ev.Bind(k++, place); else ev.BindNull(k++);
  ev.Bind(k++, e.evidence.verb);
  ev.Bind(k++, static_cast<int64_t>(e.evidence.start));
  ev.Bind(k++, static_cast<int64_t>(e.evidence.end));
  ev.Bind(k++, e.evidence.pattern);
  ev.Bind(k++, e.evidence.where);
  ev.Bind(k++, cluster);
}

}  // namespace

Result<int64_t> Store::ActorId(const ActorRef& a) {
  auto it = actor_cache_.find(a.code);
  if (it != actor_cache_.end()) return it->second;
  upsert_actor_.Bind(1, a.code);
  upsert_actor_.Bind(2, a.country);
  DYAD_ASSIGN_OR_RETURN(int64_t id, StepId(upsert_actor_));
  actor_cache_.emplace(a.code, id);
  return id;
}

Result<int64_t> Store::PlaceId(const Location& l) {
  std::string key = l.name + '\x1f' + l.country + '\x1f' + std::to_string(l.geonameid);
  auto it = place_cache_.find(key);
  if (it != place_cache_.end()) return it->second;
  upsert_place_.Bind(1, l.name);
  upsert_place_.Bind(2, l.country);
  upsert_place_.Bind(3, l.lat);
  upsert_place_.Bind(4, l.lon);
  upsert_place_.Bind(5, l.geonameid);
  DYAD_ASSIGN_OR_RETURN(int64_t id, StepId(upsert_place_));
  place_cache_.emplace(std::move(key), id);
  return id;
}

Result<int64_t> Store::ClusterId(int64_t source, int64_t target, const std::string& code,
                                 const std::string& date) {
  upsert_cluster_.Bind(1, source);
  upsert_cluster_.Bind(2, target);
  upsert_cluster_.Bind(3, code);
  upsert_cluster_.Bind(4, date);
  return StepId(upsert_cluster_);
}

Result<WriteOutcome> Store::Write(const CodedDocument& coded, bool force) {
  DYAD_RETURN_IF_ERROR(PrepareWriter());
  const Document& d = coded.doc;
  Status s;
  find_doc_.Bind(1, d.id);
  const bool exists = find_doc_.Step(&s);
  const int64_t old_pk = exists ? find_doc_.Int(0) : 0;
  const int64_t old_hash = exists ? find_doc_.Int(1) : 0;
  const bool legacy = exists && find_doc_.Int(2) < 2;
  find_doc_.Reset();
  if (!s.ok()) return s;
  if (exists && !force && old_hash == (legacy ? LegacyContentHash(d) : coded.hash)) {
    if (legacy) DYAD_RETURN_IF_ERROR(UpgradeHash(d.id, coded.hash));
    return WriteOutcome::kUnchanged;
  }

  nlohmann::json meta = nlohmann::json::object();
  for (const auto& [k, v] : d.meta) meta[k] = v;
  const std::string meta_text = meta.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string source = MetaValue(d, "source");
  if (source.empty()) source = MetaValue(d, "publication");
  std::string title = MetaValue(d, "title");
  if (title.empty()) title = MetaValue(d, "headline");

  int64_t doc_pk = old_pk;
  Stmt& st = exists ? update_doc_ : insert_doc_;
  int i = 1;
  if (!exists) st.Bind(i++, d.id);
  st.Bind(i++, coded.hash);
  st.BindOrNull(i++, d.date);
  st.BindOrNull(i++, source);
  st.BindOrNull(i++, MetaValue(d, "url"));
  st.BindOrNull(i++, title);
  st.Bind(i++, meta_text);
  st.BindOrNull(i++, d.origin);
  st.Bind(i++, static_cast<int64_t>(coded.sentences));
  st.Bind(i++, static_cast<int64_t>(coded.events.size()));
  st.Bind(i++, UtcNow());
  if (exists) {
    st.Bind(i++, old_pk);
    DYAD_RETURN_IF_ERROR(FlushEvents());  // this document's events may still be in the COPY buffer
    delete_events_.Bind(1, old_pk);
    DYAD_RETURN_IF_ERROR(delete_events_.Run());
    delete_sentences_.Bind(1, old_pk);
    DYAD_RETURN_IF_ERROR(delete_sentences_.Run());
  }
  if (exists) {
    DYAD_RETURN_IF_ERROR(st.Run());
  } else {
    Status ins;
    const bool row = st.Step(&ins);
    doc_pk = row ? st.Int(0) : 0;
    st.Reset();
    if (!ins.ok()) return ins;
    if (!row) return WriteOutcome::kUnchanged;  // another writer stored this id meanwhile
  }

  std::unordered_map<int, int64_t> sentence_pk;
  int64_t seq = 0;
  for (const Event& e : coded.events) {
    auto sit = sentence_pk.find(e.sentence);
    if (sit == sentence_pk.end()) {
      insert_sentence_.Bind(1, doc_pk);
      insert_sentence_.Bind(2, e.sentence);
      insert_sentence_.Bind(3, static_cast<int64_t>(e.sentence_start));
      insert_sentence_.Bind(4, static_cast<int64_t>(e.sentence_end));
      insert_sentence_.Bind(5, e.sentence_text);
      insert_sentence_.BindOrNull(6, e.citation);
      DYAD_ASSIGN_OR_RETURN(int64_t pk, StepId(insert_sentence_));
      sit = sentence_pk.emplace(e.sentence, pk).first;
    }
    int64_t src = 0, tgt = 0, place = 0;
    if (e.source) { DYAD_ASSIGN_OR_RETURN(src, ActorId(*e.source)); }
    if (e.target) { DYAD_ASSIGN_OR_RETURN(tgt, ActorId(*e.target)); }
    if (e.location) { DYAD_ASSIGN_OR_RETURN(place, PlaceId(*e.location)); }
    DYAD_ASSIGN_OR_RETURN(int64_t cluster, ClusterId(src, tgt, e.code, e.date));

    if (event_copy_) {
      BindEvent(*event_copy_, doc_pk, seq++, sit->second, e, src, tgt, place, cluster);
      event_copy_->EndRow();
    } else {
      BindEvent(insert_event_, doc_pk, seq++, sit->second, e, src, tgt, place, cluster);
      DYAD_RETURN_IF_ERROR(insert_event_.Run());
    }
  }
  return exists ? WriteOutcome::kReplaced : WriteOutcome::kInserted;
}

}  // namespace dyad::store
