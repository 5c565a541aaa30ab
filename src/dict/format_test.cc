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

}  // namespace
}  // namespace dyad::dict
