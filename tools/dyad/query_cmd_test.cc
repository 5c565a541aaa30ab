// Integration tests of `dyad query`: filters, aggregations and formats through the real
// binary, and hostile or malformed values, each of which must give a clear error (exit 2)
// or a correct empty result (exit 1), and leave the store as it was.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli_test_util.h"
#include "store/store.h"

namespace dyad::testing {
namespace {

class QueryCommand : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto dir = ScratchDir("query-cmd");
    std::ofstream in(dir / "in.jsonl");
    for (int i = 0; i < 20; ++i) {
      in << "{\"id\":\"d" << i << "\",\"date\":\"2019-0" << (4 + i % 3) << "-1" << (i % 10)
         << "\",\"text\":\"Iran visited Germany. Tokayev criticized Iran. The U.S. attacked Arnor.\"}\n";
    }
    in.close();
    db_ = new std::string((dir / "q.db").string());
    auto r = RunDyad("ingest " + MiniDictArgs() + " --progress none --db " + *db_ + " " + (dir / "in.jsonl").string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete db_; }
  static RunResult Query(const std::string& args) { return RunDyad("query --db " + *db_ + " " + args); }
  static int64_t Events() { return store::Store::Open(*db_).value()->Counts().value().events; }
  static std::string* db_;
};
std::string* QueryCommand::db_ = nullptr;

int Lines(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

TEST_F(QueryCommand, EventsAsCsvByDefaultWhenPiped) {
  auto r = Query("--dyad IRN,DEU");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
            "event_id,date,source,target,code,root,quad,goldstein,plover,negated,hypothetical,reported,place,doc_id,"
            "sentence,cluster_id,cluster_events,verb,sentence_text");
  EXPECT_EQ(Lines(r.out), 21);
  EXPECT_NE(r.out.find(",IRN,DEU,042,04,1,"), std::string::npos) << r.out;
}

TEST_F(QueryCommand, FiltersCombine) {
  auto r = Query("--actor KAZ* --from 2019-05-01 --to 2019-05-31 --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream in(r.out);
  int n = 0;
  for (std::string line; std::getline(in, line); ++n) {
    auto j = nlohmann::json::parse(line);
    EXPECT_EQ(j["source"], "KAZGOV");
    EXPECT_EQ(j["code"], "111");
    EXPECT_TRUE(j["code"].is_string());
    EXPECT_GE(j["date"].get<std::string>(), "2019-05-01");
  }
  EXPECT_EQ(n, 7);
  EXPECT_EQ(Query("--root 18 --quad 4 --text attacked --facts-only").exit_code, 0);
  EXPECT_EQ(Lines(Query("--code 180 --limit 3").out), 4);
}

TEST_F(QueryCommand, Aggregations) {
  auto r = Query("--by dyad --format csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("source,target,events,goldstein_sum,goldstein_mean\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("IRN,DEU,20,38,1.9\n"), std::string::npos) << r.out;
  r = Query("--by month --by quad");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("month,quad,events"), std::string::npos) << r.out;
  r = Query("--by actor --top 2 --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(r.out), 2);
  EXPECT_EQ(nlohmann::json::parse(r.out.substr(0, r.out.find('\n')))["actor"], "IRN");
  r = Query("--by dyad,day --dedup");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find(",2,"), std::string::npos);  // one event per dyad, code and day
}

TEST_F(QueryCommand, HostileAndMalformedValues) {
  const int64_t before = Events();
  struct Case {
    std::string args;
    int exit_code;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"--actor \"USA'; DROP TABLE events; --\"", 2, "--actor 'USA'; DROP TABLE events; --' is not an actor code"},
      {"--source '\" OR \"1\"=\"1'", 2, "is not an actor code"},
      {"--dyad 'IRN;DEU'", 2, "is not SOURCE,TARGET"},
      {"--code 42", 2, "--code '42' is not a CAMEO event code"},
      {"--code \"042' OR '1'='1\"", 2, "is not a CAMEO event code"},
      {"--root 99", 2, "--root '99' is not a CAMEO root"},
      {"--quad 0", 2, "--quad 0 is not a QuadClass"},
      {"--quad x", 2, "--quad"},
      {"--from 2019-13-01", 2, "--from '2019-13-01' is not a date (want YYYY-MM-DD"},
      {"--to 'last week'", 2, "--to 'last week' is not a date"},
      {"--from 2019-06-01 --to 2019-01-01", 2, "--from 2019-06-01 is after --to 2019-01-01"},
      {"--text '\"unbalanced'", 2, "is not a valid full-text query"},
      {"--text \"'; DROP TABLE events; --\"", 2, "is not a valid full-text query"},
      {"--by 'dyad; DROP TABLE events'", 2, "is not a grouping"},
      {"--top 5", 2, "--top needs --by"},
      {"--limit -5", 2, "--limit -5 is negative"},
      {"--limit 99999999999999999999", 2, "--limit 99999999999999999999 is too large"},
      {"--limit 5x", 2, "--limit '5x' is not a count of events"},
      {"--text '*'", 2, "--text '*' is not a valid full-text query (SQLite says: unknown special query). Give words"},
      {"--text '*' --by dyad", 2, "is not a valid full-text query"},
      {"--from 0001-01-01 --to 9999-12-31 --code 042", 0, ""},  // a huge range is fine
      {"--actor ZZZ", 1, ""},                                      // correct and empty
      {"--place \"'; DROP TABLE places; --\"", 1, ""},             // free text, bound: no match
      {"--text '\"DROP TABLE events\"'", 1, ""},                   // a quoted phrase: no match
      {"--from 2030-01-01", 1, ""},
  };
  for (const Case& c : cases) {
    auto r = Query(c.args);
    EXPECT_EQ(r.exit_code, c.exit_code) << c.args << "\n" << r.err;
    if (!c.message.empty()) {
      EXPECT_NE(r.err.find(c.message), std::string::npos) << c.args << "\n" << r.err;
    }
    if (c.exit_code == 1) {
      EXPECT_EQ(Lines(r.out), 1) << c.args;  // just the header
    }
  }
  EXPECT_EQ(Events(), before);
}

TEST_F(QueryCommand, ADirectoryAsTheStoreIsNamedAsOne) {
  auto dir = ScratchDir("query-dir-db");
  auto r = RunDyad("query --db " + dir.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(dir.string() + ": is a directory, not a store file"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

// Rows are streamed (no table is built in memory); every row still comes out, once, in
// every format.
TEST_F(QueryCommand, EveryRowComesOutInEveryFormat) {
  for (const char* format : {"csv", "json", "table"}) {
    auto r = Query(std::string("--limit 0 --format ") + format);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const int header = std::string(format) == "csv" ? 1 : std::string(format) == "table" ? 2 : 0;
    EXPECT_EQ(Lines(r.out), 60 + header) << format;  // 20 documents x 3 sentences, one event each
  }
}

TEST_F(QueryCommand, MissingOrForeignStore) {
  auto r = RunDyad("query --db /nonexistent/x.db");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/nonexistent/x.db"), std::string::npos) << r.err;
  auto dir = ScratchDir("query-foreign");
  auto f = WriteFile(dir / "not.db", "this is not sqlite at all, just text");
  r = RunDyad("query --db " + f);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("not.db"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dyad::testing
