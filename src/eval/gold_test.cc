// Tests of the gold readers on the fixtures in tests/data/eval/.
#include "eval/gold.h"

#include <gtest/gtest.h>

namespace dyad::eval {
namespace {

const std::string kDir = std::string(DYAD_TEST_DATA_DIR) + "/eval/";

TEST(CameoGold, ReadsExamplesSkipsEmptyAndNa) {
  auto g = ReadGold(GoldFormat::kCameo, kDir + "cameo-mini.csv");
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_TRUE(g->has_codes);
  EXPECT_FALSE(g->has_actors);
  EXPECT_EQ(g->skipped, 2u);  // 01 (NA) and 010 (empty)
  ASSERT_EQ(g->examples.size(), 3u);
  EXPECT_EQ(g->examples[0].code, "042");
  EXPECT_EQ(g->examples[0].id, "cameo-042");
  EXPECT_EQ(g->examples[0].text,
            "Kazakh Foreign Minister Tokayev visited Iran on Tuesday, officials said.");
  EXPECT_EQ(g->examples[1].code, "111");  // its description spans two lines
  EXPECT_EQ(g->examples[1].where, kDir + "cameo-mini.csv:5");
  EXPECT_EQ(g->examples[2].text, "Iran\u2019s president hosted the \"German\" minister.");
}

TEST(CameoGold, RejectsBadHeaderAndCodes) {
  EXPECT_FALSE(ParseCameoGold("x.csv", "a,b\n1,2\n").ok());
  auto bad = ParseCameoGold("x.csv", "code,example\n999,Some text.\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("x.csv:2"), std::string::npos);
  EXPECT_FALSE(ReadGold(GoldFormat::kCameo, kDir + "no-such-file.csv").ok());
}

TEST(PloverGold, ReadsRecordsActorsAndSkips) {
  auto g = ReadGold(GoldFormat::kPlover, kDir + "plover-mini.json");
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_TRUE(g->has_actors);
  EXPECT_TRUE(g->has_categories);
  EXPECT_EQ(g->skipped, 2u);  // the DOCUMENT record and the record without text
  ASSERT_EQ(g->examples.size(), 3u);
  const GoldExample& a = g->examples[0];
  EXPECT_EQ(a.id, "MINI-CONSULT-0001");
  EXPECT_EQ(a.category, "CONSULT");
  EXPECT_EQ(a.date, "2000-01-01");
  ASSERT_EQ(a.sources.size(), 1u);
  EXPECT_EQ(a.sources[0].code, "KAZ");
  EXPECT_EQ(a.sources[0].sector, "GOV");
  ASSERT_EQ(a.targets.size(), 1u);
  EXPECT_EQ(a.targets[0].code, "IRN");
  EXPECT_EQ(a.targets[0].sector, "");
  const GoldExample& b = g->examples[1];
  ASSERT_EQ(b.sources.size(), 2u);
  EXPECT_EQ(b.sources[1].sector, "");  // "***" is unknown
  EXPECT_TRUE(b.targets.empty());      // "target": ""
  EXPECT_TRUE(g->examples[2].sources.empty());  // "source": null
  ASSERT_EQ(g->examples[2].targets.size(), 1u);
  EXPECT_EQ(g->examples[2].targets[0].code, "JPN");  // the GSR's "JAP", read as ISO
}

TEST(PloverGold, RejectsBadJson) {
  EXPECT_FALSE(ParsePloverGold("x.json", "[{").ok());
  EXPECT_FALSE(ParsePloverGold("x.json", "{}").ok());
}

}  // namespace
}  // namespace dyad::eval
