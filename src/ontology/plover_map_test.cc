// Tests of the CAMEO -> PLOVER 0.5b1 table. Expected values: CAMEO2PLOVER-2021 renamed
// by the rule in plover_map.h, checked by hand against PLOVER_GSR_CAMEO examples.
#include "ontology/plover_map.h"

#include <gtest/gtest.h>

#include <set>

#include "ontology/cameo.h"

namespace dyad::ontology {
namespace {

TEST(PloverMap, RootsAndRenames) {
  EXPECT_EQ(PloverCategory05("010"), "");      // statements dropped
  EXPECT_EQ(PloverCategory05("0211"), "");     // appeals dropped
  EXPECT_EQ(PloverCategory05("036"), "AGREE");
  EXPECT_EQ(PloverCategory05("042"), "CONSULT");
  EXPECT_EQ(PloverCategory05("057"), "SUPPORT");
  EXPECT_EQ(PloverCategory05("064"), "COOPERATE");
  EXPECT_EQ(PloverCategory05("075"), "AID");
  EXPECT_EQ(PloverCategory05("0811"), "CONCEDE");
  EXPECT_EQ(PloverCategory05("0833"), "CONCEDE");
  EXPECT_EQ(PloverCategory05("091"), "INVESTIGATE");
  EXPECT_EQ(PloverCategory05("1053"), "DEMAND");
  EXPECT_EQ(PloverCategory05("112"), "DISAPPROVE");
  EXPECT_EQ(PloverCategory05("1246"), "REJECT");
  EXPECT_EQ(PloverCategory05("138"), "THREATEN");
  EXPECT_EQ(PloverCategory05("1411"), "PROTEST");
  EXPECT_EQ(PloverCategory05("154"), "MOBILIZE");
  EXPECT_EQ(PloverCategory05("161"), "SANCTION");
  EXPECT_EQ(PloverCategory05("173"), "COERCE");
  EXPECT_EQ(PloverCategory05("186"), "ASSAULT");
  EXPECT_EQ(PloverCategory05("193"), "FIGHT");
  EXPECT_EQ(PloverCategory05("2042"), "FIGHT");
}

TEST(PloverMap, CodeLevelExceptions) {
  EXPECT_EQ(PloverCategory05("084"), "RETREAT");
  EXPECT_EQ(PloverCategory05("0841"), "RETREAT");  // inherits 084
  EXPECT_EQ(PloverCategory05("0874"), "RETREAT");
  EXPECT_EQ(PloverCategory05("0813"), "RETREAT");
  EXPECT_EQ(PloverCategory05("163"), "COERCE");
  EXPECT_EQ(PloverCategory05("1711"), "COERCE");
  EXPECT_EQ(PloverCategory05("1712"), "ASSAULT");
  EXPECT_EQ(PloverCategory05("175"), "ASSAULT");
  EXPECT_EQ(PloverCategory05("191"), "COERCE");
  EXPECT_EQ(PloverCategory05("192"), "COERCE");
}

TEST(PloverMap, EveryCodeFromRoot03HasOneOfThe18Categories) {
  const std::set<std::string_view> kCategories = {
      "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT",
      "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE",
      "SANCTION", "COERCE", "ASSAULT", "FIGHT"};
  std::set<std::string_view> used;
  for (const CameoCode& c : AllCameo()) {
    std::string_view cat = PloverCategory05(c.code);
    if (c.code.substr(0, 2) == "01" || c.code.substr(0, 2) == "02") {
      EXPECT_EQ(cat, "") << c.code;
    } else {
      EXPECT_TRUE(kCategories.count(cat)) << c.code << " -> " << cat;
      used.insert(cat);
    }
  }
  EXPECT_EQ(used.size(), kCategories.size());
}

TEST(PloverMap, NotACode) {
  EXPECT_EQ(PloverCategory05("42"), "");
  EXPECT_EQ(PloverCategory05(""), "");
  EXPECT_EQ(PloverCategory05("999"), "");
}

}  // namespace
}  // namespace dyad::ontology
