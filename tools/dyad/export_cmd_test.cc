// Integration tests of `dyad export`: each format through the real binary, read back.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli_test_util.h"

namespace dyad::testing {
namespace {

std::vector<std::vector<std::string>> ReadTsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> f;
    size_t from = 0;
    while (true) {
      const size_t tab = line.find('\t', from);
      f.push_back(line.substr(from, tab == std::string::npos ? std::string::npos : tab - from));
      if (tab == std::string::npos) break;
      from = tab + 1;
    }
    rows.push_back(std::move(f));
  }
  return rows;
}

std::string MiniStore() {
  auto dir = ScratchDir("export-cmd");
  auto in = WriteFile(dir / "in.jsonl",
                      "{\"id\":\"a1\",\"date\":\"2019-04-10\",\"url\":\"https://example.org/a1\",\"source\":\"Guardian\","
                      "\"text\":\"Iran visited Germany. Tokayev criticized Iran.\"}\n"
                      "{\"id\":\"a2\",\"date\":\"2019-04-10\",\"source\":\"Times\",\"text\":\"Iran visited Germany.\"}\n");
  const std::string db = (dir / "e.db").string();
  auto r = RunDyad("ingest " + MiniDictArgs() + " --progress none --db " + db + " " + in);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return db;
}

TEST(ExportCommand, PhoenixReadsBackWith26ColumnsAndAKnownRow) {
  const std::string db = MiniStore();
  auto r = RunDyad("export --db " + db + " --format phoenix");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto rows = ReadTsv(r.out);
  ASSERT_EQ(rows.size(), 3u);  // no header by default
  for (const auto& row : rows) EXPECT_EQ(row.size(), 26u);
  const std::vector<std::string> want = {"1_dyad", "20190410", "2019", "4", "10", "IRN", "IRN", "", "", "DEU", "DEU", "", "",
                                         "042", "04", "1", "1.9", "", "", "", "", "", "", "a1_0",
                                         "https://example.org/a1", "Guardian"};
  EXPECT_EQ(rows[0], want);
  r = RunDyad("export --db " + db + " --format phoenix --header");
  rows = ReadTsv(r.out);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0][0], "EventID");
  EXPECT_EQ(rows[0][25], "NewsSources");
}

TEST(ExportCommand, GdeltReadsBackWith61ColumnsAndAKnownRow) {
  const std::string db = MiniStore();
  auto r = RunDyad("export --db " + db + " --format gdelt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto rows = ReadTsv(r.out);
  ASSERT_EQ(rows.size(), 3u);
  for (const auto& row : rows) EXPECT_EQ(row.size(), 61u);
  const auto& g = rows[0];
  EXPECT_EQ(g[0], "1");          // GLOBALEVENTID
  EXPECT_EQ(g[1], "20190410");   // SQLDATE
  EXPECT_EQ(g[2], "201904");     // MonthYear
  EXPECT_EQ(g[3], "2019");       // Year
  EXPECT_EQ(g[5], "IRN");        // Actor1Code
  EXPECT_EQ(g[6], "IRAN");       // Actor1Name
  EXPECT_EQ(g[15], "DEU");       // Actor2Code
  EXPECT_EQ(g[25], "1");         // IsRootEvent
  EXPECT_EQ(g[26], "042");       // EventCode
  EXPECT_EQ(g[28], "04");        // EventRootCode
  EXPECT_EQ(g[29], "1");         // QuadClass
  EXPECT_EQ(g[30], "1.9");       // GoldsteinScale
  EXPECT_EQ(g[31], "2");         // NumMentions: a1 and a2 report the same event
  EXPECT_EQ(g[32], "2");         // NumSources: Guardian and Times
  EXPECT_EQ(g[33], "2");         // NumArticles
  EXPECT_EQ(g[59].size(), 14u);  // DATEADDED YYYYMMDDHHMMSS
  EXPECT_EQ(g[60], "https://example.org/a1");
  EXPECT_EQ(rows[2][60], "a2");  // no URL: the document id
  // --dedup: one event per dyad, code and day.
  r = RunDyad("export --db " + db + " --format gdelt --dedup");
  EXPECT_EQ(ReadTsv(r.out).size(), 2u);
}

TEST(ExportCommand, JsonlTabariPloverAndErrors) {
  const std::string db = MiniStore();
  auto r = RunDyad("export --db " + db);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream in(r.out);
  std::string line;
  std::getline(in, line);
  auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["doc_id"], "a1");
  EXPECT_EQ(j["source"]["code"], "IRN");
  EXPECT_EQ(j["sentence_text"], "Iran visited Germany.");
  r = RunDyad("export --db " + db + " --format tabari --code 111");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "20190410\tKAZGOV\tIRN\t111\t(CRITICIZE OR DENOUNCE) CRITICIZED\ta1\t1\n");
  r = RunDyad("export --db " + db + " --format plover");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  j = nlohmann::json::parse(r.out.substr(0, r.out.find('\n')));
  EXPECT_EQ(j["event"][0], "CONSULT");
  r = RunDyad("export --db " + db + " --format csv");
  EXPECT_EQ(r.exit_code, 2);
  r = RunDyad("export --db " + db + " --code 999");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("not a CAMEO event code"), std::string::npos) << r.err;
  r = RunDyad("export --db " + db + " --actor ZZZ");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
}

TEST(ExportCommand, GuardianExportsHaveTheReferenceColumnCounts) {
  const std::string sample = std::string(DYAD_SHARED_DIR) + "/data/corpus/guardian-2019-sample.jsonl";
  if (!std::filesystem::exists(sample)) GTEST_SKIP() << sample << " not found (needs ../shared)";
  auto dir = ScratchDir("export-guardian");
  const std::string db = (dir / "g.db").string();
  auto r = RunDyad("ingest --progress none --db " + db + " " + sample);
  if (r.exit_code == 2 && r.err.find("dictionaries") != std::string::npos) GTEST_SKIP() << r.err;
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const auto& [format, columns] : std::vector<std::pair<std::string, size_t>>{{"phoenix", 26}, {"gdelt", 61}, {"tabari", 7}}) {
    r = RunDyad("export --db " + db + " --format " + format);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto rows = ReadTsv(r.out);
    EXPECT_GT(rows.size(), 100u);
    for (const auto& row : rows) ASSERT_EQ(row.size(), columns) << format;
  }
}

}  // namespace
}  // namespace dyad::testing
