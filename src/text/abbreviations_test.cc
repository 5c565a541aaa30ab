#include "text/abbreviations.h"

#include <gtest/gtest.h>

namespace dyad::text {
namespace {

TEST(SentencesAbbreviations, ListsAreSorted) { EXPECT_TRUE(AbbreviationListsSortedForTest()); }

TEST(SentencesAbbreviations, Classify) {
  EXPECT_EQ(ClassifyAbbreviation("Gen."), AbbrevKind::kBeforeName);
  EXPECT_EQ(ClassifyAbbreviation("Mrs."), AbbrevKind::kBeforeName);
  EXPECT_EQ(ClassifyAbbreviation("vs."), AbbrevKind::kBeforeName);
  EXPECT_EQ(ClassifyAbbreviation("U.S."), AbbrevKind::kBeforeName);
  EXPECT_EQ(ClassifyAbbreviation("U.S.A."), AbbrevKind::kBeforeName);
  EXPECT_EQ(ClassifyAbbreviation("a.m."), AbbrevKind::kBeforeName);
  EXPECT_EQ(ClassifyAbbreviation("J."), AbbrevKind::kBeforeName);
  EXPECT_EQ(ClassifyAbbreviation("Jan."), AbbrevKind::kBeforeNumber);
  EXPECT_EQ(ClassifyAbbreviation("Sept."), AbbrevKind::kBeforeNumber);
  EXPECT_EQ(ClassifyAbbreviation("No."), AbbrevKind::kBeforeNumber);
  EXPECT_EQ(ClassifyAbbreviation("etc."), AbbrevKind::kBeforeNumber);
  EXPECT_EQ(ClassifyAbbreviation("a."), AbbrevKind::kNone);  // lone lower-case letter
  EXPECT_EQ(ClassifyAbbreviation("GEN."), AbbrevKind::kNone);
  EXPECT_EQ(ClassifyAbbreviation("said."), AbbrevKind::kNone);
  EXPECT_EQ(ClassifyAbbreviation("U.S"), AbbrevKind::kNone);  // no final period
  EXPECT_EQ(ClassifyAbbreviation(""), AbbrevKind::kNone);
  EXPECT_EQ(ClassifyAbbreviation("."), AbbrevKind::kNone);
}

TEST(SentencesAbbreviations, Starters) {
  EXPECT_TRUE(IsSentenceStarter("The"));
  EXPECT_TRUE(IsSentenceStarter("However"));
  EXPECT_TRUE(IsSentenceStarter("I"));
  EXPECT_FALSE(IsSentenceStarter("the"));
  EXPECT_FALSE(IsSentenceStarter("President"));
  EXPECT_FALSE(IsSentenceStarter("Smith"));
}

}  // namespace
}  // namespace dyad::text
