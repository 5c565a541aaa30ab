// Tests of the CAMEO table. Expected values were read by hand from the ICEWS
// cameo-codes.csv, the CAMEO 1.1b3 manual (chapter 6) and CAMEO2PLOVER-2021.
#include "ontology/cameo.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace dyad::ontology {
namespace {

TEST(CameoTable, HasEveryCode) {
  // 312 codes in the ICEWS table plus 155, 176, 1834, 1951, 1952 from the 1.1b3 manual.
  EXPECT_EQ(AllCameo().size(), 317u);
  int roots = 0;
  for (const CameoCode& c : AllCameo()) {
    if (c.code.size() == 2) ++roots;
  }
  EXPECT_EQ(roots, 20);
}

TEST(CameoTable, SortedUniqueAndWellFormed) {
  std::set<std::string_view> seen;
  std::string_view previous;
  for (const CameoCode& c : AllCameo()) {
    EXPECT_TRUE(c.code.size() >= 2 && c.code.size() <= 4) << c.code;
    for (char ch : c.code) EXPECT_TRUE(ch >= '0' && ch <= '9') << c.code;
    EXPECT_LT(previous, c.code);
    previous = c.code;
    EXPECT_TRUE(seen.insert(c.code).second) << c.code;
    EXPECT_FALSE(c.name.empty()) << c.code;
    EXPECT_GE(c.goldstein, -10.0) << c.code;
    EXPECT_LE(c.goldstein, 10.0) << c.code;
    // Every sub-code's parent (its code minus the last digit) is in the table.
    if (c.code.size() > 2) {
      EXPECT_NE(FindCameo(c.code.substr(0, c.code.size() - 1)), nullptr) << c.code;
    }
    // FindCameo finds each entry itself.
    const CameoCode* found = FindCameo(c.code);
    ASSERT_NE(found, nullptr) << c.code;
    EXPECT_EQ(found->name, c.name);
  }
}

TEST(CameoTable, QuadClassFollowsTheGdeltRule) {
  for (const CameoCode& c : AllCameo()) {
    int root = std::stoi(std::string(c.code.substr(0, 2)));
    int expected = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    EXPECT_EQ(c.quad, expected) << c.code;
  }
}

TEST(CameoLookup, MakeAVisit) {
  const CameoCode* c = FindCameo("042");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->code, "042");
  EXPECT_EQ(c->name, "Make a visit");
  EXPECT_DOUBLE_EQ(c->goldstein, 1.9);
  EXPECT_EQ(c->quad, 1);
  EXPECT_EQ(c->plover, "CONSULT");
  EXPECT_FALSE(c->goldstein_inherited);
}

TEST(CameoLookup, ConventionalMilitaryForce) {
  const CameoCode* c = FindCameo("190");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Use conventional military force");
  EXPECT_DOUBLE_EQ(c->goldstein, -10.0);
  EXPECT_EQ(c->quad, 4);
  EXPECT_EQ(c->plover, "ASSAULT");
}

TEST(CameoLookup, FourDigitCode) {
  const CameoCode* c = FindCameo("0211");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Appeal for economic cooperation");
  EXPECT_DOUBLE_EQ(c->goldstein, 3.4);
  EXPECT_EQ(c->quad, 1);
  EXPECT_EQ(c->plover, "");  // PLOVER dropped CAMEO 02
}

TEST(CameoLookup, GoldsteinValuesCheckedByHand) {
  struct Case {
    const char* code;
    double goldstein;
  };
  // From cameo-codes.csv (ICEWS). 016, 022, 163, 164, 165 are the ones where GDELT's
  // lookup disagrees (-2, 3.2, -8, -7, -6.5) or Phoenix does (016 +3.4, 163 -6.5).
  const Case cases[] = {
      {"016", -5.0}, {"022", 3.4}, {"163", -8.0}, {"164", -6.5}, {"165", -7.0},
      {"01", 0.0},   {"011", -0.1}, {"036", 4.0}, {"043", 2.8}, {"057", 8.0},
      {"0874", 10.0}, {"121", -4.0}, {"13", -6.0}, {"130", -4.4}, {"131", -5.8},
      {"1823", -10.0}, {"182", -9.5}, {"19", -10.0},
  };
  for (const Case& k : cases) {
    const CameoCode* c = FindCameo(k.code);
    ASSERT_NE(c, nullptr) << k.code;
    EXPECT_DOUBLE_EQ(c->goldstein, k.goldstein) << k.code;
  }
}

TEST(CameoLookup, PloverCategories) {
  EXPECT_EQ(FindCameo("010")->plover, "");        // "(dropped)"
  EXPECT_EQ(FindCameo("036")->plover, "AGREE");
  EXPECT_EQ(FindCameo("08")->plover, "CONCEDE");  // root takes its 080 residual's category
  EXPECT_EQ(FindCameo("0841")->plover, "RETREAT");
  EXPECT_EQ(FindCameo("163")->plover, "COERCE");  // PLOVER moves 163 out of SANCTION
  EXPECT_EQ(FindCameo("161")->plover, "SANCTION");
  EXPECT_EQ(FindCameo("1712")->plover, "ASSAULT");
  EXPECT_EQ(FindCameo("175")->plover, "ASSAULT");
  EXPECT_EQ(FindCameo("191")->plover, "COERCE");
}

TEST(CameoLookup, ManualOnlyCodesInheritTheirParentsGoldstein) {
  const CameoCode* c = FindCameo("1951");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Employ precision-guided aerial munitions");
  EXPECT_TRUE(c->goldstein_inherited);
  EXPECT_DOUBLE_EQ(c->goldstein, FindCameo("195")->goldstein);
  ASSERT_NE(FindCameo("155"), nullptr);
  EXPECT_DOUBLE_EQ(FindCameo("155")->goldstein, -7.2);
  ASSERT_NE(FindCameo("176"), nullptr);
  EXPECT_EQ(FindCameo("176")->quad, 4);
  int inherited = 0;
  for (const CameoCode& k : AllCameo()) inherited += k.goldstein_inherited;
  EXPECT_EQ(inherited, 5);
}

TEST(CameoLookup, NotCodes) {
  EXPECT_EQ(FindCameo("999"), nullptr);
  EXPECT_EQ(FindCameo("42"), nullptr);  // codes are strings: "042", not 42
  EXPECT_EQ(FindCameo(""), nullptr);
  EXPECT_EQ(FindCameo("0"), nullptr);
  EXPECT_EQ(FindCameo("21"), nullptr);
  EXPECT_EQ(FindCameo("00"), nullptr);
  EXPECT_EQ(FindCameo("0421"), nullptr);
  EXPECT_EQ(FindCameo("042 "), nullptr);
  EXPECT_EQ(FindCameo("1883"), nullptr);  // a typo in one transcription of the manual
}

TEST(CameoRoot, RootOf) {
  EXPECT_EQ(RootOf("0211"), "02");
  EXPECT_EQ(RootOf("042"), "04");
  EXPECT_EQ(RootOf("19"), "19");
  EXPECT_EQ(RootOf("2042"), "20");
  EXPECT_EQ(RootOf("42"), "");
  EXPECT_EQ(RootOf("999"), "");
  EXPECT_EQ(RootOf(""), "");
}

}  // namespace
}  // namespace dyad::ontology
