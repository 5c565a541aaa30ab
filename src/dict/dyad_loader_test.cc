#include "dict/dyad_loader.h"

#include <gtest/gtest.h>

namespace dyad::dict {
namespace {

struct Parsed {
  Entries entries;
  std::vector<std::string> warnings;
};

Parsed Parse(std::string_view text) {
  Parsed p;
  ParseDyadDictionary("t.dict", text, &p.entries, &p.warnings);
  return p;
}

TEST(DyadLoader, ActorsSplitIntoPhrasesOfNormalisedWords) {
  auto p = Parse("[actors]\nKazakhstan; Republic of Kazakhstan => KAZ\n");
  ASSERT_TRUE(p.warnings.empty());
  ASSERT_EQ(p.entries.actors.size(), 2u);
  EXPECT_EQ(p.entries.actors[0].words, std::vector<std::string>{"kazakhstan"});
  EXPECT_EQ(p.entries.actors[1].words, (std::vector<std::string>{"republic", "of", "kazakhstan"}));
  EXPECT_EQ(p.entries.actors[1].codes.at(0).code, "KAZ");
  EXPECT_EQ(p.entries.actors[1].src.Where(), "t.dict:2");
}

TEST(DyadLoader, PeopleCarryDatedCodesAndTheirName) {
  auto p = Parse("[people]\nKasymzhomart Tokayev; Tokayev => KAZGOV 1999-10-13..2007-01-10, KAZGOV 2019-03-20..\n");
  ASSERT_TRUE(p.warnings.empty()) << p.warnings[0];
  ASSERT_EQ(p.entries.actors.size(), 2u);
  const auto& a = p.entries.actors[1];
  EXPECT_EQ(a.kind, ActorKind::kPerson);
  EXPECT_EQ(a.name, "Kasymzhomart Tokayev");
  ASSERT_EQ(a.codes.size(), 2u);
  EXPECT_EQ(a.codes[0].from, 19991013);
  EXPECT_EQ(a.codes[0].to, 20070110);
  EXPECT_EQ(a.codes[1].from, 20190320);
  EXPECT_EQ(a.codes[1].to, kMaxDate);
  EXPECT_TRUE(a.codes[0].Holds(20060606));
  EXPECT_FALSE(a.codes[0].Holds(20100101));
}

TEST(DyadLoader, VerbPatternsKnowTheirSlots) {
  auto p = Parse("[verbs]\n$ make trip to + => 042\n");
  ASSERT_TRUE(p.warnings.empty());
  ASSERT_EQ(p.entries.verbs.size(), 1u);
  const auto& v = p.entries.verbs[0];
  EXPECT_EQ(v.code, "042");
  ASSERT_EQ(v.elems.size(), 5u);
  EXPECT_EQ(v.elems[0].kind, PatternElem::Kind::kSource);
  EXPECT_EQ(v.elems[1].word, "make");
  EXPECT_EQ(v.elems[4].kind, PatternElem::Kind::kTarget);
}

TEST(DyadLoader, EachBadLineIsReportedWithFileAndLineAndSkipped) {
  auto p = Parse(
      "Iran => IRN\n"                 // 1: before any section
      "[actors]\n"                    // 2
      "Iran IRN\n"                    // 3: no arrow
      "Iran => irn\n"                 // 4: bad code
      "Iran => IRN 2006-13-01..\n"    // 5: bad date
      "Iran => IRN 2007-01-01..2006-01-01\n"  // 6: range backwards
      "Iran => IRN\n"                 // 7: fine
      "[verbs]\n"                     // 8
      "$ visit + => 999\n"            // 9: unknown CAMEO code
      "$ + => 042\n"                  // 10: no word
      "[bogus]\n"                     // 11
      "Caf\xC3 => CAF\n");            // 12: invalid UTF-8
  ASSERT_EQ(p.warnings.size(), 9u);
  EXPECT_NE(p.warnings[0].find("t.dict:1:"), std::string::npos);
  EXPECT_NE(p.warnings[1].find("t.dict:3:"), std::string::npos);
  EXPECT_NE(p.warnings[2].find("t.dict:4: bad actor code"), std::string::npos);
  EXPECT_NE(p.warnings[3].find("t.dict:5: bad date"), std::string::npos);
  EXPECT_NE(p.warnings[4].find("t.dict:6:"), std::string::npos);
  EXPECT_NE(p.warnings[5].find("t.dict:9: unknown CAMEO event code '999'"), std::string::npos);
  EXPECT_NE(p.warnings[6].find("t.dict:10:"), std::string::npos);
  EXPECT_NE(p.warnings[7].find("t.dict:11: unknown section"), std::string::npos);
  EXPECT_NE(p.warnings[8].find("t.dict:12: not valid UTF-8"), std::string::npos);
  EXPECT_EQ(p.entries.actors.size(), 1u);
  EXPECT_TRUE(p.entries.verbs.empty());
}

TEST(DyadLoader, MissingPathIsAnError) {
  Entries e;
  std::vector<std::string> w;
  Status st = LoadDyadDictionary("/nonexistent/x.dict", &e, &w);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("/nonexistent/x.dict"), std::string::npos);
}

TEST(DyadLoader, IsoDates) {
  EXPECT_EQ(ParseIsoDate("2006-06-16"), 20060616);
  EXPECT_EQ(ParseIsoDate("2004-02-29"), 20040229);
  EXPECT_EQ(ParseIsoDate("2006-02-29"), -1);
  EXPECT_EQ(ParseIsoDate("2006-6-16"), -1);
  EXPECT_EQ(ParseIsoDate("20060616"), -1);
}

}  // namespace
}  // namespace dyad::dict
