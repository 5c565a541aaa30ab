#include "dict/tabari/actors_loader.h"

#include <gtest/gtest.h>

namespace dyad::tabari {
namespace {

ActorsFile Parse(const std::vector<std::string>& lines, LoadReport* report) {
  ActorsFile f;
  ParseActors("t.actors", lines, &f, report);
  return f;
}

TEST(ActorsLoader, PlainAndDateRestricted) {
  LoadReport r;
  ActorsFile f = Parse({"ARNOR  [ARN]", "AXNOR  [AR1 <911226] [AR2]", "ALBRIGHT  [USAGOV 991201-010114] [---] ;c",
                        "UNITED_STATES [USA]", "EAST_AND_WEST_GERMANY [GME/GMW]"},
                       &r);
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(f.actors.size(), 5u);
  EXPECT_EQ(f.actors[0].codes[0].code, "ARN");
  EXPECT_FALSE(f.actors[0].codes[0].restricted);
  ASSERT_EQ(f.actors[1].codes.size(), 2u);
  EXPECT_EQ(f.actors[1].codes[0].to, 19911226);
  EXPECT_EQ(f.actors[1].codes[1].code, "AR2");
  EXPECT_EQ(f.actors[2].codes[0].from, 19991201);
  EXPECT_EQ(f.actors[2].codes[0].to, 20010114);
  EXPECT_EQ(f.actors[2].codes[1].code, "---");
  ASSERT_EQ(f.actors[3].words.size(), 2u);
  EXPECT_TRUE(f.actors[3].words[0].exact);
  EXPECT_TRUE(f.actors[3].words[0].adjacent);
  EXPECT_EQ(f.actors[4].codes[0].code, "GME/GMW");
  EXPECT_EQ(f.actors[0].where.Str(), "t.actors:1");
}

TEST(ActorsLoader, SynonymGroupsAndIndentedCodes) {
  LoadReport r;
  ActorsFile f = Parse({"GOLLUM ; pas", "+SMEAGOL", "\t[HOB < 950601]", "\t[HOBGOV 950601 - 990815]",
                        "\t[HOBREB > 990816]", "", "ZIMBABWE", "\t[RHO <790606]", "\t[ZBW];jw"},
                       &r);
  EXPECT_TRUE(r.errors.empty()) << r.errors[0];
  ASSERT_EQ(f.actors.size(), 3u);
  EXPECT_EQ(f.actors[1].words[0].text, "SMEAGOL");
  ASSERT_EQ(f.actors[1].codes.size(), 4u);  // three restrictions + implicit null default
  EXPECT_EQ(f.actors[1].codes[2].from, 19990816);
  EXPECT_EQ(f.actors[1].codes[3].code, "---");
  EXPECT_EQ(f.actors[2].codes.back().code, "ZBW");
}

TEST(ActorsLoader, NounsAndAdjectives) {
  LoadReport r;
  ActorsFile f = Parse({"<NOUN>", "BEES ;x", "FORCES_", "</NOUN>", "<ADJECTIVE>", "AWFUL", "</ADJECTIVE>", "ARNOR [ARN]"}, &r);
  EXPECT_EQ(f.nouns.size(), 2u);
  EXPECT_EQ(f.adjectives.size(), 1u);
  EXPECT_EQ(f.actors.size(), 1u);
}

TEST(ActorsLoader, UnbalancedBracketsReportedAndSkipped) {
  LoadReport r;
  ActorsFile f = Parse({"ARNOR [ARN", "GONDOR ARN]", "BREE [BRE]"}, &r);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_NE(r.errors[0].find("t.actors:1:"), std::string::npos);
  EXPECT_NE(r.errors[0].find("right-bracket"), std::string::npos);
  EXPECT_NE(r.errors[1].find("t.actors:2:"), std::string::npos);
  ASSERT_EQ(f.actors.size(), 1u);
  EXPECT_EQ(f.actors[0].codes[0].code, "BRE");
}

TEST(ActorsLoader, BadDatesReported) {
  LoadReport r;
  ActorsFile f = Parse({"A1 [XXX 951301-960101]", "A2 [XXX <9501]", "A3 [950601-990815]", "A4 [AAA950601-990815]",
                        "A5 [YYY >950101]"},
                       &r);
  EXPECT_EQ(r.errors.size(), 4u);
  for (const std::string& e : r.errors) EXPECT_EQ(e.rfind("t.actors:", 0), 0u) << e;
  EXPECT_NE(r.errors[0].find("month"), std::string::npos);
  ASSERT_EQ(f.actors.size(), 1u);
  EXPECT_EQ(f.actors[0].words[0].text, "A5");
}

TEST(ActorsLoader, UnknownCodeCharactersReported) {
  LoadReport r;
  ActorsFile f = Parse({"A1 [X$Y]", "A2 [OK1]"}, &r);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("t.actors:1: invalid code"), std::string::npos);
  EXPECT_EQ(f.actors.size(), 1u);
}

TEST(ActorsLoader, NonUtf8Reported) {
  LoadReport r;
  ActorsFile f = Parse({"COTE_D\xffIVOIRE_ [CIV]", "MALI [MLI]"}, &r);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("t.actors:1: invalid UTF-8"), std::string::npos);
  EXPECT_EQ(f.actors.size(), 1u);
}

TEST(ActorsLoader, DuplicatesCountedNotWarned) {
  LoadReport r;
  ActorsFile f = Parse({"ARNOR [ARN]", "ARNOR [XXX]", "ARNOR [YYY]"}, &r);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.duplicates.size(), 2u);
  ASSERT_EQ(f.actors.size(), 1u);
  EXPECT_EQ(f.actors[0].codes[0].code, "ARN");
}

TEST(ActorsLoader, FinishEndsFile) {
  LoadReport r;
  ActorsFile f = Parse({"ARNOR [ARN]", "~~FINISH", "GONDOR [GON]"}, &r);
  EXPECT_EQ(f.actors.size(), 1u);
}

}  // namespace
}  // namespace dyad::tabari
