#include "dict/format.h"

#include <gtest/gtest.h>

namespace dyad::dict {
namespace {

TEST(DictFormat, DyadSectionsAndArrows) {
  EXPECT_EQ(FormatName(DetectDictFormat("# mine\n[actors]\nOsterland => OST\n")), "dyad");
}

TEST(DictFormat, TabariActorsAgentsVerbs) {
  EXPECT_EQ(FormatName(DetectDictFormat("OSTERLAND_  [OST] ;ab 1 Jan 2001\n+OSTERLANDER_\n")),
            "tabari actors");
  EXPECT_EQ(FormatName(DetectDictFormat("BORDER_GUARD_  [ ~MIL] ;x\nTRADER_ [~BUS]\n")),
            "tabari agents");
  EXPECT_EQ(FormatName(DetectDictFormat("GREET  [040]\n- * WARMLY +  [042]\n")), "tabari verbs");
}

TEST(DictFormat, PetrarchByCommentsMacrosAndVerbRoots) {
  EXPECT_EQ(FormatName(DetectDictFormat("<!-- mine -->\nOSTERLAND [OST]\n")), "petrarch actors");
  EXPECT_EQ(FormatName(DetectDictFormat("!PERSON! = MAN, MEN\nSHEEP!PERSON! [~AGR]\n")),
            "petrarch agents");
  EXPECT_EQ(FormatName(DetectDictFormat("---  GREET   [040]  ---\n- * WARMLY [042]\n")),
            "petrarch verbs");
}

TEST(DictFormat, HintFixesTheFamilyOnly) {
  EXPECT_EQ(FormatName(DetectDictFormat("OSTERLAND [OST]\n", "petrarch")), "petrarch actors");
  EXPECT_EQ(FormatName(DetectDictFormat("OSTERLAND [OST]\n", "dyad")), "dyad");
  EXPECT_TRUE(IsDictFamilyName("tabari"));
  EXPECT_FALSE(IsDictFamilyName("cameo"));
}

// A file with dyad's own extension is never read as a list of uncoded lines: a bad line
// there stays a line the reader reports (by content, as before the lists existed, the TABARI
// actors reader, which names it file:line), not a discard entry loaded silently.
TEST(DictFormat, DyadExtensionIsNeverAnUncodedList) {
  EXPECT_EQ(FormatName(DetectDictFormat("this is not a dictionary line at all\n", "auto", "extra.dict")),
            "tabari actors");
  EXPECT_EQ(FormatName(DetectDictFormat("this is not a dictionary line at all\n", "auto", "extra.txt")),
            "petrarch discards");
}

TEST(DictFormat, PetrarchListsFromContent) {
  EXPECT_EQ(FormatName(DetectDictFormat("# + marks stories\n1931\nOSTERLAND CUP  # ab\n+VELLO OPEN\n")),
            "petrarch discards");
  EXPECT_EQ(FormatName(DetectDictFormat("<ISSUE CATEGORY=\"X\">\nn:school [SCHOOLS]\n</ISSUE>\n")),
            "petrarch issues");
  EXPECT_EQ(FormatName(DetectDictFormat("n:school [SCHOOLS]\n~a head start\n")), "petrarch issues");
  EXPECT_EQ(FormatName(DetectDictFormat("abaft\namid\nvis-\xC3\xA0-vis\n")),
            "petrarch prepositions (recognised, not used)");
  // Coded lines are never a phrase list: PETRARCH actors with uncoded synonym lines.
  EXPECT_EQ(FormatName(DetectDictFormat("<!-- x -->\nMARTA VELLO\nPRESIDENT VELLO\n\t[OSTGOV]\n")),
            "petrarch actors");
}

TEST(DictFormat, NameBreaksTiesAndTheHintStillOverrides) {
  EXPECT_EQ(FormatName(DetectDictFormat("# nothing but comments\n", "auto", "/d/X.discards.txt")),
            "petrarch discards");
  EXPECT_EQ(FormatName(DetectDictFormat("", "auto", "Phoenix.prepositions.txt")),
            "petrarch prepositions (recognised, not used)");
  // The content wins over the name.
  EXPECT_EQ(FormatName(DetectDictFormat("abaft\namid\n", "auto", "x.discards.txt")),
            "petrarch prepositions (recognised, not used)");
  EXPECT_EQ(FormatName(DetectDictFormat("1931\nOSTERLAND CUP\n", "dyad")), "dyad");
  EXPECT_EQ(FormatName(DetectDictFormat("1931\nOSTERLAND CUP\n", "tabari")), "tabari discards");
}

}  // namespace
}  // namespace dyad::dict
