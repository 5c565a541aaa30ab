#include "dict/tabari/verbs_loader.h"

#include <gtest/gtest.h>

namespace dyad::tabari {
namespace {

VerbsFile Parse(const std::vector<std::string>& lines, LoadReport* r) {
  VerbsFile f;
  ParseVerbs("t.verbs", lines, &f, r);
  return f;
}

TEST(VerbsLoader, RootsFormsPatterns) {
  LoadReport r;
  VerbsFile f = Parse({"BREAK_ [1717]", "{ BROKE_ BROKEN_ BROKEN_DOWN_ }", "- + KNOWN_ * IN_ $  [076] ; c",
                       "- * TREATY [161]", "MEET  [031:031] ;-PAS", "- % HAVE POSTPONED *  [191]", "SAID  [023?]",
                       "ATTEND  [031!]", "ACCORD  [---]", "BURN DOWN  [222]"},
                      &r);
  EXPECT_TRUE(r.errors.empty()) << r.errors[0];
  ASSERT_EQ(f.verbs.size(), 6u);
  const VerbEntry& b = f.verbs[0];
  EXPECT_EQ(b.forms.size(), 3u);
  EXPECT_EQ(b.forms[2].size(), 2u);
  ASSERT_EQ(b.patterns.size(), 2u);
  const VerbPattern& p = b.patterns[0];
  ASSERT_EQ(p.before.size(), 2u);
  EXPECT_EQ(p.before[0].kind, PElem::Kind::kTarget);
  EXPECT_EQ(p.before[1].word.text, "KNOWN");
  EXPECT_TRUE(p.before[1].word.exact);
  ASSERT_EQ(p.after.size(), 2u);
  EXPECT_EQ(p.after[1].kind, PElem::Kind::kSource);
  EXPECT_EQ(p.code.code, "076");
  EXPECT_EQ(f.verbs[1].code.paired, "031");
  EXPECT_EQ(f.verbs[1].patterns[0].before[0].kind, PElem::Kind::kCompound);
  EXPECT_TRUE(f.verbs[2].code.subordinate);
  EXPECT_TRUE(f.verbs[3].code.dominant);
  EXPECT_EQ(f.verbs[3].code.code, "031");
  EXPECT_EQ(f.verbs[4].code.kind, VerbCode::Kind::kNull);
  EXPECT_EQ(f.verbs[5].root.size(), 2u);
}

TEST(VerbsLoader, ConnectorsAlternativesSynsets) {
  LoadReport r;
  VerbsFile f = Parse({"<SYNSETS>", "&CURRENCY", "+DOLLAR", "+SWISS_FRANC", "&NEG", "+WON'T", "+WILL_NOT", "</SYNSETS>",
                       "ALLOW [060]", "- * REAL~_PLEASANT  [024]", "- RECENT~_*  [025]",
                       "- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS  [111]",
                       "- &NEG EVER * OVER EFFORTS [905]", "- * MILLIONS_OF_&CURRENCY [905]"},
                      &r);
  EXPECT_TRUE(r.errors.empty()) << r.errors[0];
  ASSERT_EQ(f.synsets.size(), 2u);
  EXPECT_EQ(f.synsets[0].members.size(), 2u);
  const auto& pats = f.verbs[0].patterns;
  ASSERT_EQ(pats.size(), 5u);
  EXPECT_FALSE(pats[0].after[0].word.exact);
  EXPECT_TRUE(pats[0].after[0].word.adjacent);
  EXPECT_TRUE(pats[1].verb_adjacent_before);
  const VerbPattern& alt = pats[2];
  ASSERT_EQ(alt.after.size(), 3u);
  EXPECT_TRUE(alt.after[0].adjacent);
  EXPECT_EQ(alt.after[1].kind, PElem::Kind::kAlt);
  EXPECT_EQ(alt.after[1].alts.size(), 2u);
  EXPECT_TRUE(alt.after[1].adjacent);
  EXPECT_EQ(pats[3].before[0].kind, PElem::Kind::kSynset);
  EXPECT_EQ(pats[4].after[2].synset, 0);
}

TEST(VerbsLoader, TimeSection) {
  LoadReport r;
  VerbsFile f = Parse({"<TIME>", "LAST_WEEK [-7]", "TOMORROW [+1]", "- * AND A WEEK [+8]", "KAN_WA_MA_KAN [###]",
                       "</TIME>", "ARRIVE [032:033]"},
                      &r);
  EXPECT_TRUE(r.errors.empty()) << r.errors[0];
  ASSERT_EQ(f.time.size(), 3u);
  EXPECT_EQ(f.time[0].code.code, "-7");
  EXPECT_EQ(f.time[1].patterns[0].code.code, "+8");
  EXPECT_EQ(f.time[2].code.kind, VerbCode::Kind::kDiscard);
  EXPECT_EQ(f.verbs.size(), 1u);
}

TEST(VerbsLoader, BadLinesReportedWithFileLine) {
  LoadReport r;
  VerbsFile f = Parse({"- * ORPHAN [010]", "ARRIVE [032", "ACCEPT [030]", "- PROPOSAL WAS [081]", "- * &NOSUCH [081]",
                       "- * LOAN [07$1]", "- * AID [071]", "- * G\xe9NEVA [071]", "- * TREATY"},
                      &r);
  ASSERT_EQ(r.errors.size(), 7u);
  EXPECT_NE(r.errors[0].find("t.verbs:1: pattern before any verb"), std::string::npos);
  EXPECT_NE(r.errors[1].find("t.verbs:2: missing right-bracket"), std::string::npos);
  EXPECT_NE(r.errors[2].find("t.verbs:4: missing verb marker"), std::string::npos);
  EXPECT_NE(r.errors[3].find("t.verbs:5: undeclared synset"), std::string::npos);
  EXPECT_NE(r.errors[4].find("t.verbs:6: invalid event code"), std::string::npos);
  EXPECT_NE(r.errors[5].find("t.verbs:8: invalid UTF-8"), std::string::npos);
  EXPECT_NE(r.errors[6].find("t.verbs:9: no code"), std::string::npos);
  ASSERT_EQ(f.verbs.size(), 1u);
  EXPECT_EQ(f.verbs[0].patterns.size(), 1u);
}

TEST(VerbsLoader, DuplicateRootsMergedAndCounted) {
  LoadReport r;
  VerbsFile f = Parse({"ATTACK [223]", "- * BASE [190]", "ATTACK [222]", "- * CITY [190]"}, &r);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.duplicates.size(), 1u);
  ASSERT_EQ(f.verbs.size(), 1u);
  EXPECT_EQ(f.verbs[0].code.code, "223");
  EXPECT_EQ(f.verbs[0].patterns.size(), 2u);
}

TEST(VerbsLoader, PatternLengthCountsLiteralText) {
  std::vector<Synset> none;
  VerbPattern a, b;
  std::string err;
  ASSERT_TRUE(MakePattern("+ * TO THE NEXT DAY $", none, &a, &err));
  ASSERT_TRUE(MakePattern("* THEIR MEETINGS", none, &b, &err));
  EXPECT_LT(a.length, b.length);  // manual 5.7.1
}

}  // namespace
}  // namespace dyad::tabari
