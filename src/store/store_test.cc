// Tests of the store: schema and versions, idempotent writes, replacement, clusters.
#include "store/store.h"

#include <gtest/gtest.h>

#include "store/schema.h"
#include "store/store_test_util.h"

namespace dyad::store {
namespace {

using testing::MakeDoc;
using testing::MakeEvent;
using testing::Backend;
using testing::TempDb;

// The tests that open a store run on both backends: /SQLite and /PostgreSQL.
class StoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  bool pg() const { return GetParam() == Backend::kPostgres; }
};
INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         testing::BackendParamName);

TEST_P(StoreTest, CreatesTheSchemaAtTheCurrentVersion) {
  DYAD_TEMP_STORE(db_create, "create");
  const std::string path = db_create;
  auto s = Store::Open(path);
  ASSERT_TRUE(s.ok()) << s.status().message();
  auto v = SchemaVersion(s.value()->db());
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v.value(), kSchemaVersion);
  auto c = s.value()->Counts();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c.value(), StoreCounts{});
  // Opening again does not re-run the migration.
  s.value().reset();
  auto again = Store::Open(path);
  ASSERT_TRUE(again.ok()) << again.status().message();
}

TEST_P(StoreTest, ReadOnlyOpenOfAMissingFileFails) {
  DYAD_TEMP_STORE(db_missing, "missing");
  StoreOptions ro;
  ro.read_only = true;
  ro.create = false;
  std::string missing = db_missing;
  std::string name = "missing.db";
  if (pg()) {  // a database that does not exist
    name = "missing_nowhere";
    missing = testing::PgTestServer::Get(nullptr)->Uri(name);
  }
  auto s = Store::Open(missing, ro);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find(name), std::string::npos) << s.status().message();
  // An existing database (or file) without dyad's tables is no store to read.
  if (pg()) {
    auto empty = Store::Open(db_missing, ro);
    ASSERT_FALSE(empty.ok());
    EXPECT_NE(empty.status().message().find("not a dyad store"), std::string::npos) << empty.status().message();
  }
}

TEST_P(StoreTest, RefusesANewerSchemaAndForeignDatabases) {
  DYAD_TEMP_STORE(db_newer, "newer");
  DYAD_TEMP_STORE(db_foreign, "foreign");
  const std::string path = db_newer;
  {
    auto s = Store::Open(path);
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE(s.value()->db().Exec("INSERT INTO schema_version VALUES (99, 'x')").ok());
  }
  auto s = Store::Open(path);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("newer"), std::string::npos) << s.status().message();

  const std::string other = db_foreign;
  {
    auto db = Db::Open(other, true, false);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db.value()->Exec("CREATE TABLE t(x integer)").ok());
  }
  auto f = Store::Open(other);
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().message().find("not a dyad store"), std::string::npos) << f.status().message();
}

TEST_P(StoreTest, WritingTheSameDocumentTwiceAddsNothing) {
  DYAD_TEMP_STORE(db_idem, "idem");
  auto s = Store::Open(db_idem);
  ASSERT_TRUE(s.ok());
  Store& st = *s.value();
  auto doc = MakeDoc("d1", "Iran visited Germany.", "2019-04-10",
                     {MakeEvent("d1", 0, "IRN", "DEU", "042", "2019-04-10", "Iran visited Germany."),
                      MakeEvent("d1", 1, "DEU", "IRN", "042", "2019-04-10", "Germany visited Iran.")});
  ASSERT_TRUE(st.Begin().ok());
  auto r = st.Write(doc);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r.value(), WriteOutcome::kInserted);
  ASSERT_TRUE(st.Commit().ok());
  const StoreCounts first = st.Counts().value();
  EXPECT_EQ(first.documents, 1);
  EXPECT_EQ(first.events, 2);
  EXPECT_EQ(first.sentences, 2);
  EXPECT_EQ(first.actors, 2);

  ASSERT_TRUE(st.Begin().ok());
  r = st.Write(doc);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), WriteOutcome::kUnchanged);
  ASSERT_TRUE(st.Commit().ok());
  EXPECT_EQ(st.Counts().value(), first);
  EXPECT_TRUE(st.HasUnchanged("d1", doc.hash).value());
  EXPECT_FALSE(st.HasUnchanged("d1", doc.hash + 1).value());
  EXPECT_FALSE(st.HasUnchanged("nope", doc.hash).value());
}

TEST_P(StoreTest, AChangedDocumentReplacesItsEvents) {
  DYAD_TEMP_STORE(db_replace, "replace");
  auto s = Store::Open(db_replace);
  ASSERT_TRUE(s.ok());
  Store& st = *s.value();
  auto v1 = MakeDoc("d1", "Iran visited Germany.", "2019-04-10",
                    {MakeEvent("d1", 0, "IRN", "DEU", "042", "2019-04-10", "Iran visited Germany."),
                     MakeEvent("d1", 1, "DEU", "IRN", "042", "2019-04-10", "Germany visited Iran.")});
  auto v2 = MakeDoc("d1", "Iran attacked Germany.", "2019-04-10",
                    {MakeEvent("d1", 0, "IRN", "DEU", "190", "2019-04-10", "Iran attacked Germany.")});
  ASSERT_TRUE(st.Begin().ok());
  ASSERT_TRUE(st.Write(v1).ok());
  ASSERT_TRUE(st.Commit().ok());
  ASSERT_TRUE(st.Begin().ok());
  auto r = st.Write(v2);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), WriteOutcome::kReplaced);
  ASSERT_TRUE(st.PruneClusters().ok());
  ASSERT_TRUE(st.Commit().ok());
  auto c = st.Counts().value();
  EXPECT_EQ(c.documents, 1);
  EXPECT_EQ(c.events, 1);
  EXPECT_EQ(c.sentences, 1);
  EXPECT_EQ(c.clusters, 1);
  auto q = Stmt::Prepare(st.db(), "SELECT code FROM events");
  ASSERT_TRUE(q.ok());
  Status ss;
  ASSERT_TRUE(q->Step(&ss));
  EXPECT_EQ(q->Text(0), "190");
  // The full-text index followed: the old sentence is gone, the new one is found.
  auto fts = Stmt::Prepare(st.db(), pg() ? "SELECT count(*) FROM sentences WHERE text_tsv @@ websearch_to_tsquery('simple', ?)"
                                         : "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?");
  ASSERT_TRUE(fts.ok());
  fts->Bind(1, std::string_view("visited"));
  ASSERT_TRUE(fts->Step(&ss));
  EXPECT_EQ(fts->Int(0), 0);
  fts->Reset();
  fts->Bind(1, std::string_view("attacked"));
  ASSERT_TRUE(fts->Step(&ss));
  EXPECT_EQ(fts->Int(0), 1);
}

TEST_P(StoreTest, SameDyadCodeAndDayInTwoDocumentsShareACluster) {
  DYAD_TEMP_STORE(db_cluster, "cluster");
  auto s = Store::Open(db_cluster);
  ASSERT_TRUE(s.ok());
  Store& st = *s.value();
  ASSERT_TRUE(st.Begin().ok());
  ASSERT_TRUE(st.Write(MakeDoc("a", "x", "2019-04-10", {MakeEvent("a", 0, "IRN", "DEU", "042", "2019-04-10", "x")})).ok());
  ASSERT_TRUE(st.Write(MakeDoc("b", "y", "2019-04-10", {MakeEvent("b", 0, "IRN", "DEU", "042", "2019-04-10", "y")})).ok());
  ASSERT_TRUE(st.Write(MakeDoc("c", "z", "2019-04-11", {MakeEvent("c", 0, "IRN", "DEU", "042", "2019-04-11", "z")})).ok());
  ASSERT_TRUE(st.Commit().ok());
  auto q = Stmt::Prepare(st.db(), "SELECT cluster_id FROM events ORDER BY event_id");
  ASSERT_TRUE(q.ok());
  Status ss;
  std::vector<int64_t> ids;
  while (q->Step(&ss)) ids.push_back(q->Int(0));
  ASSERT_EQ(ids.size(), 3u);
  EXPECT_EQ(ids[0], ids[1]);
  EXPECT_NE(ids[0], ids[2]);
}

// Text with the characters COPY's text format escapes (PostgreSQL sends events by COPY),
// and a Goldstein value without a short decimal form, come back exactly.
TEST_P(StoreTest, AwkwardTextAndFloatsComeBackExactly) {
  DYAD_TEMP_STORE(db_awkward, "awkward");
  auto s = Store::Open(db_awkward);
  ASSERT_TRUE(s.ok()) << s.status().message();
  const std::string text = "tab\there, a\\backslash\\N, line\nbreak\r\n and \\. end";
  auto doc = MakeDoc("d1", "x", "2019-04-10", {MakeEvent("d1", 0, "IRN", "DEU", "042", "2019-04-10", "s")});
  doc.events[0].evidence.verb = text;
  doc.events[0].goldstein = 0.1 + 0.2;  // 0.30000000000000004
  ASSERT_TRUE(s.value()->Begin().ok());
  ASSERT_TRUE(s.value()->Write(doc).ok());
  ASSERT_TRUE(s.value()->Commit().ok());
  auto q = Stmt::Prepare(s.value()->db(), "SELECT verb, goldstein, pattern_where FROM events");
  ASSERT_TRUE(q.ok());
  Status ss;
  ASSERT_TRUE(q->Step(&ss)) << ss.message();
  EXPECT_EQ(q->Text(0), text);
  EXPECT_EQ(q->Double(1), 0.1 + 0.2);
  EXPECT_EQ(q->Text(2), "test.dict:1");
}

TEST(Store, Fnv1a64MatchesThePublishedTestVectors) {
  // From the FNV reference test suite (Fowler, Noll, Vo; the IETF draft's appendix).
  EXPECT_EQ(Fnv1a64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(Fnv1a64("foobar"), 0x85944171f73967e8ull);
}

TEST(Store, ContentHashIsFnv1aOfDateSeparatorTextSeparator) {
  Document d;
  d.date = "2019-01-01";
  d.text = "abc";
  EXPECT_EQ(ContentHash(d), static_cast<int64_t>(Fnv1a64(std::string("2019-01-01\xff") + "abc\xff")));
  EXPECT_NE(ContentHash(d), LegacyContentHash(d));
}

// A version-2 store (no date_precision) is upgraded: its dated events become day-precise,
// as version-2 dyad wrote every date, and the view shows the column.
TEST_P(StoreTest, AVersionTwoStoreGetsDatePrecision) {
  DYAD_TEMP_STORE(db_v2, "v2");
  const std::string path = db_v2;
  auto doc = MakeDoc("d1", "Iran visited Germany.", "2019-04-10",
                     {MakeEvent("d1", 0, "IRN", "DEU", "042", "2019-04-10", "Iran visited Germany.")});
  {
    auto s = Store::Open(path);
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE(s.value()->Begin().ok());
    ASSERT_TRUE(s.value()->Write(doc).ok());
    ASSERT_TRUE(s.value()->Commit().ok());
    ASSERT_TRUE(s.value()->db().Exec("DROP VIEW events_v; ALTER TABLE events DROP COLUMN date_precision;"
                                     " DELETE FROM schema_version WHERE version=3").ok());
    EXPECT_EQ(SchemaVersion(s.value()->db()).value(), 2);
  }
  StoreOptions ro;
  ro.read_only = true;
  ro.create = false;
  auto refused = Store::Open(path, ro);  // a reader refuses the old store
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("dyad ingest"), std::string::npos);
  auto s = Store::Open(path);  // a writer migrates it
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(SchemaVersion(s.value()->db()).value(), 3);
  auto st = Stmt::Prepare(s.value()->db(), "SELECT date_precision FROM events_v");
  ASSERT_TRUE(st.ok());
  Status step;
  ASSERT_TRUE(st.value().Step(&step));
  EXPECT_EQ(st.value().Text(0), "day");
}

// A version-1 store (hashes from the mistyped basis) is upgraded: the migration marks its
// rows, and the next write of the same content recognises the old hash, codes nothing,
// and rewrites the hash.
TEST_P(StoreTest, AVersionOneHashIsRecognisedAndRewritten) {
  DYAD_TEMP_STORE(db_legacy, "legacy");
  const std::string path = db_legacy;
  auto doc = MakeDoc("d1", "Iran visited Germany.", "2019-04-10",
                     {MakeEvent("d1", 0, "IRN", "DEU", "042", "2019-04-10", "Iran visited Germany.")});
  {
    auto s = Store::Open(path);
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE(s.value()->Begin().ok());
    ASSERT_TRUE(s.value()->Write(doc).ok());
    ASSERT_TRUE(s.value()->Commit().ok());
    // Make it what a version-1 store holds: the old hash, no hash_version column.
    const std::string legacy = std::to_string(LegacyContentHash(doc.doc));
    ASSERT_TRUE(s.value()->db().Exec("UPDATE documents SET content_hash=" + legacy +
                                     "; ALTER TABLE documents DROP COLUMN hash_version;"
                                     " DROP VIEW events_v; ALTER TABLE events DROP COLUMN date_precision;"
                                     " DELETE FROM schema_version WHERE version>=2").ok());
  }
  auto s = Store::Open(path);  // migrates to version 2, then 3
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(SchemaVersion(s.value()->db()).value(), kSchemaVersion);
  ASSERT_TRUE(s.ok());
  Store& st = *s.value();
  EXPECT_EQ(st.Lookup(doc.doc, doc.hash).value(), StoredState::kUnchangedLegacy);
  EXPECT_FALSE(st.HasUnchanged("d1", doc.hash).value());
  CodedDocument uncoded = doc;
  uncoded.events.clear();  // what ingest sends for such a document
  ASSERT_TRUE(st.Begin().ok());
  EXPECT_EQ(st.Write(uncoded).value(), WriteOutcome::kUnchanged);
  ASSERT_TRUE(st.Commit().ok());
  EXPECT_EQ(st.Lookup(doc.doc, doc.hash).value(), StoredState::kUnchanged);
  EXPECT_EQ(st.Counts().value().events, 1);  // the stored events stay
  Document changed = doc.doc;
  changed.text = "Iran attacked Germany.";
  EXPECT_EQ(st.Lookup(changed, ContentHash(changed)).value(), StoredState::kChanged);
}

TEST(Store, ContentHashSeesTextAndDate) {
  Document a;
  a.id = "x";
  a.text = "abc";
  a.date = "2019-01-01";
  Document b = a;
  EXPECT_EQ(ContentHash(a), ContentHash(b));
  b.text = "abd";
  EXPECT_NE(ContentHash(a), ContentHash(b));
  b = a;
  b.date = "2019-01-02";
  EXPECT_NE(ContentHash(a), ContentHash(b));
  b = a;
  b.meta["url"] = "u";  // metadata is not content
  EXPECT_EQ(ContentHash(a), ContentHash(b));
}

}  // namespace
}  // namespace dyad::store
