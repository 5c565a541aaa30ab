// Tests for ontology/mirror.h. Expected codes checked by hand against the CAMEO 1.1b3
// code names (cameo_table.inc).
#include "ontology/mirror.h"

#include <gtest/gtest.h>

#include "ontology/cameo.h"

namespace dyad::ontology {
namespace {

TEST(Mirror, EachFrameTakesTheParallelSubCode) {
  EXPECT_EQ(MirrorCode(Frame::kAppeal, "0841"), "0253");   // appeal for release of persons
  EXPECT_EQ(MirrorCode(Frame::kIntent, "062"), "0312");    // intent to cooperate militarily
  EXPECT_EQ(MirrorCode(Frame::kDemand, "085"), "1054");    // demand easing of economic sanctions
  EXPECT_EQ(MirrorCode(Frame::kReject, "0841"), "1243");   // refuse to release persons
  EXPECT_EQ(MirrorCode(Frame::kIntent, "0834"), "0344");   // intent to change institutions
  EXPECT_EQ(MirrorCode(Frame::kAppeal, "042"), "026");     // appeal to meet
  EXPECT_EQ(MirrorCode(Frame::kIntent, "045"), "039");     // intent to mediate
  EXPECT_EQ(MirrorCode(Frame::kThreaten, "1723"), "1323"); // threaten to impose curfew
  EXPECT_EQ(MirrorCode(Frame::kThreaten, "193"), "1384");  // threaten conventional attack
  EXPECT_EQ(MirrorCode(Frame::kThreaten, "191"), "1381");  // threaten blockade
}

TEST(Mirror, UnlistedCodesTakeTheirParentOrRoot) {
  EXPECT_EQ(MirrorCode(Frame::kIntent, "0812"), "0351");   // 081 ease administrative sanctions
  EXPECT_EQ(MirrorCode(Frame::kThreaten, "173"), "137");   // arrest -> threaten repression
  EXPECT_EQ(MirrorCode(Frame::kThreaten, "1831"), "1383"); // suicide bombing -> unconventional
}

TEST(Mirror, NoEventWhereTheCodebookHasNone) {
  EXPECT_EQ(MirrorCode(Frame::kAppeal, "190"), "");   // no "appeal to fight"
  EXPECT_EQ(MirrorCode(Frame::kIntent, "090"), "");   // no "intent to investigate"
  EXPECT_EQ(MirrorCode(Frame::kThreaten, "042"), ""); // no "threaten to visit"
  EXPECT_EQ(MirrorCode(Frame::kIntent, "010"), "");
  EXPECT_EQ(MirrorCode(Frame::kIntent, ""), "");
}

TEST(Mirror, IntentActionInvertsTheIntentColumn) {
  EXPECT_EQ(IntentAction("039"), "045");   // intent to mediate -> mediate
  EXPECT_EQ(IntentAction("0353"), "084");  // intent to release -> return, release
  EXPECT_EQ(IntentAction("0312"), "062");  // intent to cooperate militarily
  EXPECT_EQ(IntentAction("042"), "");
  EXPECT_EQ(MirrorCode(Frame::kDemand, IntentAction("039")), "108");  // demand mediation
}

TEST(Mirror, EveryResultIsACameoCode) {
  for (const auto& c : AllCameo()) {
    for (Frame f : {Frame::kIntent, Frame::kAppeal, Frame::kDemand, Frame::kReject, Frame::kThreaten}) {
      std::string_view m = MirrorCode(f, c.code);
      if (!m.empty()) {
        EXPECT_NE(FindCameo(m), nullptr) << c.code << " -> " << m;
      }
    }
  }
}

}  // namespace
}  // namespace dyad::ontology
