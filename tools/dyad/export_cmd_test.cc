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
  for (const auto& [format, columns] : std::vector<std::pair<std::string, size_t>>{
           {"phoenix", 26}, {"gdelt", 61}, {"tabari", 7}, {"icews", 20}, {"polecat", 40}}) {
    r = RunDyad("export --db " + db + " --format " + format);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto rows = ReadTsv(r.out);
    EXPECT_GT(rows.size(), 100u);
    for (const auto& row : rows) ASSERT_EQ(row.size(), columns) << format;
  }
}

// Invented wire story (a Friday, 2019-04-12) coded with the default dictionaries, then
// exported as GDELT, ICEWS, POLECAT and Phoenix and read back by the reference column
// names. Every expected value was checked by hand: the codes against the CAMEO 1.1b3
// codebook, Goldstein values against GDELT's and ICEWS's tables (180: -9 in both; 111: -2),
// the GDELT actor split and geography against the GDELT 2.0 codebook, FIPS 10-4 (Iran IR).
class DatasetExports : public ::testing::Test {
 protected:
  void SetUp() override {
    auto dir = ScratchDir("export-datasets");
    dir_ = dir.string();
    auto in = WriteFile(dir / "in.jsonl",
                        "{\"id\":\"w1\",\"date\":\"2019-04-12\",\"url\":\"https://example.org/w1\","
                        "\"source\":\"Example Wire\",\"text\":\"Turkish troops attacked Kurdish militants near "
                        "Qamishli on Thursday. The Iraqi foreign minister visited Tehran last Friday. Germany "
                        "criticized Russia in March. Germany criticized Russia in 2013.\"}\n");
    db_ = (dir / "w.db").string();
    auto r = RunDyad("ingest --progress none --db " + db_ + " " + in);
    if (r.exit_code == 2 && r.err.find("dictionaries") != std::string::npos) GTEST_SKIP() << r.err;
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  // The rows of `format` with a header line (forced for GDELT and Phoenix).
  std::vector<std::vector<std::string>> Export(const std::string& format) {
    auto r = RunDyad("export --db " + db_ + " --format " + format + " --header -o " + dir_ + "/" + format + ".h.tsv");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    r = RunDyad("export --db " + db_ + " --format " + format + " -o " + dir_ + "/" + format + ".tsv");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return ReadTsv(ReadAll(dir_ + "/" + format + ".h.tsv"));
  }
  static std::string Col(const std::vector<std::vector<std::string>>& rows, size_t row, const std::string& name) {
    for (size_t i = 0; i < rows[0].size(); ++i) {
      if (rows[0][i] == name) return rows.at(row).at(i);
    }
    ADD_FAILURE() << "no column " << name;
    return "";
  }
  std::string dir_, db_;
};

TEST_F(DatasetExports, GdeltHandCheckedRows) {
  const auto g = Export("gdelt");
  ASSERT_EQ(g.size(), 5u);  // header + 4 events
  for (const auto& row : g) ASSERT_EQ(row.size(), 61u);
  // 1: "Turkish troops attacked Kurdish militants ... on Thursday" (the day before the story)
  EXPECT_EQ(Col(g, 1, "SQLDATE"), "20190411");
  EXPECT_EQ(Col(g, 1, "Actor1Code"), "TURMIL");
  EXPECT_EQ(Col(g, 1, "Actor1Name"), "TURKISH TROOPS");
  EXPECT_EQ(Col(g, 1, "Actor1CountryCode"), "TUR");
  EXPECT_EQ(Col(g, 1, "Actor1Type1Code"), "MIL");
  EXPECT_EQ(Col(g, 1, "Actor2Code"), "TURREBKRD");
  EXPECT_EQ(Col(g, 1, "Actor2Type1Code"), "REB");
  EXPECT_EQ(Col(g, 1, "Actor2EthnicCode"), "KRD");
  EXPECT_EQ(Col(g, 1, "Actor2KnownGroupCode"), "");
  EXPECT_EQ(Col(g, 1, "EventCode"), "180");
  EXPECT_EQ(Col(g, 1, "QuadClass"), "4");
  EXPECT_EQ(Col(g, 1, "GoldsteinScale"), "-9");
  EXPECT_EQ(Col(g, 1, "IsRootEvent"), "1");
  EXPECT_EQ(Col(g, 1, "SOURCEURL"), "https://example.org/w1");
  // Actor geography: a country-level match (type 1) on each actor's country, FIPS 10-4
  // Turkey TU as CountryCode, ADM1Code and textual FeatureID; no centroid in dyad's data.
  EXPECT_EQ(Col(g, 1, "Actor1Geo_Type"), "1");
  EXPECT_EQ(Col(g, 1, "Actor1Geo_FullName"), "Turkey");
  EXPECT_EQ(Col(g, 1, "Actor1Geo_CountryCode"), "TU");
  EXPECT_EQ(Col(g, 1, "Actor1Geo_ADM1Code"), "TU");
  EXPECT_EQ(Col(g, 1, "Actor1Geo_ADM2Code"), "");
  EXPECT_EQ(Col(g, 1, "Actor1Geo_Lat"), "");
  EXPECT_EQ(Col(g, 1, "Actor1Geo_Long"), "");
  EXPECT_EQ(Col(g, 1, "Actor1Geo_FeatureID"), "TU");
  EXPECT_EQ(Col(g, 1, "Actor2Geo_Type"), "1");
  EXPECT_EQ(Col(g, 1, "Actor2Geo_CountryCode"), "TU");
  // 2: "The Iraqi foreign minister visited Tehran last Friday": a week before the story.
  EXPECT_EQ(Col(g, 2, "SQLDATE"), "20190405");
  EXPECT_EQ(Col(g, 2, "Actor1Code"), "IRQGOV");
  EXPECT_EQ(Col(g, 2, "Actor2Code"), "IRNGOV");
  EXPECT_EQ(Col(g, 2, "EventCode"), "042");
  EXPECT_EQ(Col(g, 2, "GoldsteinScale"), "1.9");
  EXPECT_EQ(Col(g, 2, "ActionGeo_Type"), "4");
  EXPECT_EQ(Col(g, 2, "ActionGeo_FullName"), "Tehran, Iran");
  EXPECT_EQ(Col(g, 2, "ActionGeo_CountryCode"), "IR");
  EXPECT_EQ(Col(g, 2, "ActionGeo_Lat"), "35.69439");
  EXPECT_EQ(Col(g, 2, "ActionGeo_Long"), "51.42151");
  EXPECT_EQ(Col(g, 2, "ActionGeo_FeatureID"), "112931");
  // Tehran: a world city; the gazetteer has no ADM1, so the country's FIPS code alone, as
  // GDELT writes for a country-level match (docs/export-formats.md); ADM2 empty.
  EXPECT_EQ(Col(g, 2, "ActionGeo_ADM1Code"), "IR");
  EXPECT_EQ(Col(g, 2, "ActionGeo_ADM2Code"), "");
  EXPECT_EQ(Col(g, 2, "Actor1Geo_Type"), "1");
  EXPECT_EQ(Col(g, 2, "Actor1Geo_FullName"), "Iraq");
  EXPECT_EQ(Col(g, 2, "Actor1Geo_CountryCode"), "IZ");  // FIPS 10-4 Iraq
  EXPECT_EQ(Col(g, 2, "Actor1Geo_ADM1Code"), "IZ");
  EXPECT_EQ(Col(g, 2, "Actor1Geo_FeatureID"), "IZ");
  EXPECT_EQ(Col(g, 2, "Actor2Geo_FullName"), "Iran");
  EXPECT_EQ(Col(g, 2, "Actor2Geo_CountryCode"), "IR");
  // 3: "Germany criticized Russia in March": 111, GDELT Goldstein -2, QuadClass 3; the
  // month of the story's year, written as its first day (date_precision month in dyad).
  EXPECT_EQ(Col(g, 3, "EventCode"), "111");
  EXPECT_EQ(Col(g, 3, "GoldsteinScale"), "-2");
  EXPECT_EQ(Col(g, 3, "QuadClass"), "3");
  EXPECT_EQ(Col(g, 3, "SQLDATE"), "20190301");
  EXPECT_EQ(Col(g, 3, "Year"), "2019");
  EXPECT_EQ(Col(g, 3, "Actor1Geo_FullName"), "Germany");
  EXPECT_EQ(Col(g, 3, "Actor1Geo_CountryCode"), "GM");  // FIPS 10-4 Germany
  EXPECT_EQ(Col(g, 3, "Actor2Geo_FullName"), "Russia");
  EXPECT_EQ(Col(g, 3, "Actor2Geo_CountryCode"), "RS");  // FIPS 10-4 Russia
  EXPECT_EQ(Col(g, 3, "Actor2Geo_ADM1Code"), "RS");
  EXPECT_EQ(Col(g, 3, "ActionGeo_Type"), "");  // no place in the sentence
  // 4: "Germany criticized Russia in 2013": history the story recalls, over a year before
  // it (docs/event-schema.md, "Dates"): GDELT's date is the story's, as GDELT dates events.
  EXPECT_EQ(Col(g, 4, "EventCode"), "111");
  EXPECT_EQ(Col(g, 4, "SQLDATE"), "20190412");
  EXPECT_EQ(Col(g, 4, "MonthYear"), "201904");
  EXPECT_EQ(Col(g, 4, "Year"), "2019");
  EXPECT_EQ(Col(g, 4, "FractionDate"), "2019.3616");  // 2019 + (4*30+12)/365
}

TEST_F(DatasetExports, IcewsPolecatPhoenixHandCheckedRows) {
  const auto ic = Export("icews");
  ASSERT_EQ(ic.size(), 5u);
  EXPECT_EQ(Col(ic, 1, "Source Name"), "Military (Turkey)");
  EXPECT_EQ(Col(ic, 1, "Source Country"), "Turkey");
  EXPECT_EQ(Col(ic, 1, "Target Sectors"), "Rebels,Ethnic");
  EXPECT_EQ(Col(ic, 1, "Event Text"), "Use unconventional violence");
  EXPECT_EQ(Col(ic, 1, "CAMEO Code"), "180");
  EXPECT_EQ(Col(ic, 1, "Intensity"), "-9");
  EXPECT_EQ(Col(ic, 1, "Publisher"), "Example Wire");
  EXPECT_EQ(Col(ic, 2, "Source Name"), "Government (Iraq)");
  EXPECT_EQ(Col(ic, 2, "City"), "Tehran");
  EXPECT_EQ(Col(ic, 2, "Country"), "Iran");
  EXPECT_EQ(Col(ic, 2, "Sentence Number"), "2");
  EXPECT_EQ(Col(ic, 3, "Event Date"), "2019-03-01");  // "in March": the month's first day
  EXPECT_EQ(Col(ic, 4, "Event Date"), "2019-04-12");  // "in 2013": history, the story's date
  const auto po = Export("polecat");
  ASSERT_EQ(po.size(), 5u);
  for (const auto& row : po) ASSERT_EQ(row.size(), 40u);
  EXPECT_EQ(Col(po, 1, "Event Type"), "ASSAULT");
  EXPECT_EQ(Col(po, 1, "Quad Code"), "MATERIAL CONFLICT");
  EXPECT_EQ(Col(po, 2, "Event Type"), "CONSULT");
  EXPECT_EQ(Col(po, 2, "Event Mode"), "visit");
  EXPECT_EQ(Col(po, 2, "GeoNames ID"), "112931");
  EXPECT_EQ(Col(po, 3, "Event Type"), "ACCUSE");
  EXPECT_EQ(Col(po, 3, "Event Mode"), "disapprove");
  EXPECT_EQ(Col(po, 3, "Quad Code"), "VERBAL CONFLICT");
  EXPECT_EQ(Col(po, 3, "Publication Date"), "2019-04-12");
  const auto ph = Export("phoenix");
  ASSERT_EQ(ph.size(), 5u);
  for (size_t i = 1; i < ph.size(); ++i) EXPECT_EQ(Col(ph, i, "Date"), "20190412");  // the story's date
  EXPECT_EQ(Col(ph, 1, "URLs"), "https://example.org/w1");
}

// The loaders a user of each dataset runs: pandas (sep="\t") and R (read.delim, the icews
// package's column names), when installed.
TEST_F(DatasetExports, PandasAndRLoadEveryExport) {
  for (const char* f : {"gdelt", "phoenix", "icews", "polecat"}) Export(f);
  const std::string loaders = std::string(DYAD_TEST_DATA_DIR) + "/../loaders/";
  int ran = 0;
  if (std::system("/usr/bin/python3 -c 'import pandas' >/dev/null 2>&1") == 0) {
    EXPECT_EQ(std::system(("/usr/bin/python3 " + loaders + "load_exports.py " + dir_ + " 4 >/dev/null").c_str()), 0);
    ++ran;
  }
  if (std::system("command -v Rscript >/dev/null 2>&1") == 0) {
    EXPECT_EQ(std::system(("Rscript " + loaders + "load_exports.R " + dir_ + " 4 >/dev/null").c_str()), 0);
    ++ran;
  }
  if (ran == 0) GTEST_SKIP() << "neither pandas (python3-pandas) nor R (r-base-core) installed";
}

}  // namespace
}  // namespace dyad::testing
