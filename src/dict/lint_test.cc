// Tests of the dictionary linter on hand-written entries and on tests/data/lint/.
#include "dict/lint.h"

#include <gtest/gtest.h>

#include "dict/dyad_loader.h"

namespace dyad::dict {
namespace {

using Kind = LintFinding::Kind;
const std::string kDir = std::string(DYAD_TEST_DATA_DIR) + "/lint/";

std::vector<LintFinding> LintText(const std::string& text) {
  Entries e;
  std::vector<std::string> warnings;
  ParseDyadDictionary("t.dict", text, &e, &warnings);
  return LintEntries(e, warnings);
}

TEST(Lint, CleanFileHasNoFindings) {
  auto f = LintPaths({kDir + "clean.dict"});
  ASSERT_TRUE(f.ok()) << f.status().message();
  for (const auto& x : *f) ADD_FAILURE() << FormatFinding(x);
}

TEST(Lint, EveryKindOnTheDirtyFixture) {
  auto f = LintPaths({kDir + "dirty.dict"});
  ASSERT_TRUE(f.ok()) << f.status().message();
  std::string file = kDir + "dirty.dict";
  ASSERT_EQ(f->size(), 7u);
  const auto& v = *f;
  EXPECT_EQ(v[0].kind, Kind::kLoad);
  EXPECT_EQ(v[0].where, file + ":7");
  EXPECT_NE(v[0].message.find("2001-02-30"), std::string::npos);
  EXPECT_EQ(v[1].kind, Kind::kDuplicate);
  EXPECT_EQ(v[1].where, file + ":5");
  EXPECT_EQ(v[1].other, file + ":3");
  EXPECT_EQ(v[2].kind, Kind::kConflict);  // Iran IRN / IRQ
  EXPECT_EQ(v[2].where, file + ":6");
  EXPECT_EQ(v[2].other, file + ":4");
  EXPECT_EQ(v[3].kind, Kind::kConflict);  // army MIL / GOV
  EXPECT_EQ(v[3].where, file + ":12");
  EXPECT_EQ(v[4].kind, Kind::kPatternDuplicate);
  EXPECT_EQ(v[4].where, file + ":15");
  EXPECT_EQ(v[4].other, file + ":14");
  EXPECT_EQ(v[5].kind, Kind::kPatternShadowed);
  EXPECT_EQ(v[5].where, file + ":16");
  EXPECT_EQ(v[5].other, file + ":14");
  EXPECT_EQ(v[6].kind, Kind::kDateOverlap);
  EXPECT_EQ(v[6].where, file + ":9");
  EXPECT_EQ(v[6].other, "");
  EXPECT_NE(v[6].message.find("KAZELI"), std::string::npos);
  EXPECT_EQ(FormatFinding(v[1]).substr(0, file.size() + 14), file + ":5: duplicate:");
}

TEST(Lint, PhrasesOfOneLineAreNotDuplicatesOfEachOther) {
  EXPECT_TRUE(LintText("[actors]\nIran; IRAN; iran => IRN\n").empty());
}

TEST(Lint, PatternsWithOtherSlotsOrWordsAreFine) {
  EXPECT_TRUE(LintText("[verbs]\n$ visit + => 042\nvisit + => 042\n$ visit => 042\n"
                       "$ make visit to + => 042\n").empty());
}

TEST(Lint, OverlapAcrossLinesOfTheSamePerson) {
  auto f = LintText(
      "[people]\nJohn Doe => USAGOV 2001-01-01..2004-12-31\n"
      "John Doe; Doe => USALEG 2004-01-01..2008-12-31\n"
      "Jane Roe => USAGOV ..2001-01-01, USAGOV 2000-01-01..\n");  // same code: not reported
  // The two lines also repeat the phrase "john doe" with other codes: a conflict.
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].kind, Kind::kConflict);
  EXPECT_EQ(f[1].kind, Kind::kDateOverlap);
  EXPECT_EQ(f[1].where, "t.dict:3");
  EXPECT_EQ(f[1].other, "t.dict:2");
}

TEST(Lint, PersonWithoutAnyDateIsReported) {
  auto f = LintText("[people]\nAnna Vello; Vello => OSTGOV\nPer Lund => OSTGOV 2001-01-01..\n");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].kind, Kind::kPersonUndated);
  EXPECT_EQ(f[0].where, "t.dict:2");
  EXPECT_EQ(FormatFinding(f[0]), "t.dict:2: person-undated: person 'Anna Vello' has no dated role (OSTGOV)");
}

TEST(Lint, UnreadablePathFails) {
  EXPECT_FALSE(LintPaths({kDir + "no-such.dict"}).ok());
}

}  // namespace
}  // namespace dyad::dict
