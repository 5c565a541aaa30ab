// Tests of the ingest pipeline with the test dictionary: idempotency, replacement,
// determinism across thread counts.
#include "store/ingest.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "dyad/dictionary.h"
#include "store/query.h"
#include "store/store.h"
#include "store/store_test_util.h"

namespace dyad::store {
namespace {
namespace fs = std::filesystem;

std::unique_ptr<Coder> MiniCoder() {
  DictionaryOptions o;
  o.load_defaults = false;
  o.extra_paths = {std::string(DYAD_TEST_DATA_DIR) + "/mini.dict"};
  auto d = Dictionary::Load(o);
  EXPECT_TRUE(d.ok()) << d.status().message();
  auto c = Coder::Create(d.value());
  EXPECT_TRUE(c.ok());
  return std::move(c).value();
}

std::string Corpus(const std::string& name, int n, const std::string& verb = "visited") {
  auto dir = fs::temp_directory_path() / ("dyad-ingest-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto p = dir / (name + ".jsonl");
  std::ofstream out(p);
  for (int i = 0; i < n; ++i) {
    out << "{\"id\":\"doc" << i << "\",\"date\":\"2019-04-" << (10 + i % 5) << "\",\"text\":\"Iran " << verb
        << " Germany. Tokayev criticized Iran on Tuesday. Story " << i << ".\"}\n";
  }
  return p.string();
}

StoreCounts Counts(const std::string& db) { return Store::Open(db).value()->Counts().value(); }

// Every test runs on both backends: /SQLite and /PostgreSQL.
class IngestTest : public ::testing::TestWithParam<testing::Backend> {};
INSTANTIATE_TEST_SUITE_P(Backends, IngestTest,
                         ::testing::Values(testing::Backend::kSqlite, testing::Backend::kPostgres),
                         testing::BackendParamName);

TEST_P(IngestTest, ARepeatedRunAddsNothingAndChangedTextReplaces) {
  DYAD_TEMP_STORE(db, "ingest_idem");
  auto coder = MiniCoder();
  const std::string input = Corpus("idem", 300);
  IngestOptions opt;
  opt.threads = 2;
  opt.batch_documents = 37;
  IngestStats st;
  ASSERT_TRUE(Ingest({input}, db, *coder, opt, nullptr, nullptr, &st).ok());
  EXPECT_EQ(st.documents_inserted, 300);
  EXPECT_GT(st.events, 300);
  const StoreCounts first = Counts(db);
  EXPECT_EQ(first.documents, 300);
  EXPECT_EQ(first.events, st.events);

  ASSERT_TRUE(Ingest({input}, db, *coder, opt, nullptr, nullptr, &st).ok());
  EXPECT_EQ(st.documents_unchanged, 300);
  EXPECT_EQ(st.documents_inserted + st.documents_replaced, 0);
  EXPECT_EQ(Counts(db), first);

  // The same ids with new text: replaced, not added.
  const std::string changed = Corpus("changed", 300, "attacked");
  ASSERT_TRUE(Ingest({changed}, db, *coder, opt, nullptr, nullptr, &st).ok());
  EXPECT_EQ(st.documents_replaced, 300);
  const StoreCounts after = Counts(db);
  EXPECT_EQ(after.documents, 300);
  EXPECT_EQ(after.events, first.events);
  auto s = Store::Open(db);
  EventFilter f;
  f.codes = {"042"};
  int n = 0;
  ASSERT_TRUE(ForEachEvent(*s.value(), f, 0, [&](const out::ExportRecord&) { ++n; return true; }).ok());
  EXPECT_EQ(n, 0);
  f.codes = {"180"};
  ASSERT_TRUE(ForEachEvent(*s.value(), f, 0, [&](const out::ExportRecord&) { ++n; return true; }).ok());
  EXPECT_EQ(n, 300);
}

TEST_P(IngestTest, EventIdsFollowInputOrderWhateverTheThreads) {
  DYAD_TEMP_STORE(db1, "ingest_order_1");
  DYAD_TEMP_STORE(db3, "ingest_order_3");
  auto coder = MiniCoder();
  const std::string input = Corpus("order", 400);
  std::vector<std::vector<std::string>> runs;
  for (int threads : {1, 3}) {
    const std::string db = threads == 1 ? db1 : db3;
    IngestOptions opt;
    opt.threads = threads;
    opt.batch_documents = 50;
    ASSERT_TRUE(Ingest({input}, db, *coder, opt, nullptr, nullptr, nullptr).ok());
    auto s = Store::Open(db);
    std::vector<std::string> rows;
    ASSERT_TRUE(ForEachEvent(*s.value(), EventFilter{}, 0, [&](const out::ExportRecord& r) {
      rows.push_back(std::to_string(r.event_id) + " " + r.event.doc_id + " " + r.event.code);
      return true;
    }).ok());
    runs.push_back(rows);
  }
  EXPECT_EQ(runs[0], runs[1]);
  ASSERT_FALSE(runs[0].empty());
  EXPECT_EQ(runs[0][0].substr(0, 7), "1 doc0 ");
}

TEST_P(IngestTest, BadDocumentsAreReportedAndTheRestStored) {
  DYAD_TEMP_STORE(db, "ingest_bad");
  auto coder = MiniCoder();
  auto dir = fs::temp_directory_path() / ("dyad-ingest-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto p = dir / "bad.jsonl";
  std::ofstream(p) << "{\"id\":\"ok\",\"text\":\"Iran visited Germany.\",\"date\":\"2019-04-10\"}\n{broken\n";
  std::vector<std::string> errors;
  IngestStats st;
  ASSERT_TRUE(Ingest({p.string()}, db, *coder, IngestOptions{}, [&](const Status& s) { errors.push_back(s.message()); },
                     nullptr, &st).ok());
  EXPECT_EQ(st.documents_inserted, 1);
  EXPECT_EQ(st.documents_bad, 1);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("bad.jsonl:2"), std::string::npos) << errors[0];
}

}  // namespace
}  // namespace dyad::store
