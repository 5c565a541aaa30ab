// Tests of the scoring arithmetic. Every expected figure was worked out by hand from the
// definitions in score.h (set-based TP/FP/FN per example, top event = first event).
#include "eval/score.h"

#include <gtest/gtest.h>

namespace dyad::eval {
namespace {

Event Ev(std::string code, std::string src = "", std::string tgt = "") {
  Event e;
  e.code = code;
  e.root = code.substr(0, 2);
  if (!src.empty()) e.source = ActorRef{src, src.substr(0, 3), "", 0, 0, ""};
  if (!tgt.empty()) e.target = ActorRef{tgt, tgt.substr(0, 3), "", 0, 0, ""};
  return e;
}

GoldExample Cameo(std::string code) {
  GoldExample g;
  g.id = "cameo-" + code;
  g.code = code;
  return g;
}

TEST(Score, CameoArithmetic) {
  GoldExample a = Cameo("042"), b = Cameo("111"), c = Cameo("190");
  Scorer s;
  // a: top event 043 (root right, code wrong); 042 also coded.
  ExampleResult ra = s.Add(a, {Ev("043", "KAZGOV"), Ev("042")});
  // b: nothing coded.
  ExampleResult rb = s.Add(b, {});
  // c: right.
  s.Add(c, {Ev("190")});
  const Scores& x = s.scores();
  EXPECT_EQ(x.examples, 3u);
  EXPECT_EQ(x.with_events, 2u);
  const Counts& ev = x.fields[static_cast<int>(Field::kEvent)];
  EXPECT_EQ(ev.tp, 2u);
  EXPECT_EQ(ev.fp, 0u);
  EXPECT_EQ(ev.fn, 1u);
  EXPECT_DOUBLE_EQ(ev.Precision(), 1.0);
  EXPECT_DOUBLE_EQ(ev.Recall(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(ev.F1(), 0.8);
  const Counts& root = x.fields[static_cast<int>(Field::kRoot)];
  EXPECT_EQ(root.tp, 2u);  // {04} vs {04}; {11} vs {}; {19} vs {19}
  EXPECT_EQ(root.fp, 0u);
  EXPECT_EQ(root.fn, 1u);
  const Counts& code = x.fields[static_cast<int>(Field::kCode)];
  EXPECT_EQ(code.tp, 2u);  // 042 in {043,042}; 190
  EXPECT_EQ(code.fp, 1u);  // 043
  EXPECT_EQ(code.fn, 1u);  // 111
  EXPECT_EQ(code.gold, 3u);
  EXPECT_EQ(code.predicted, 3u);
  EXPECT_DOUBLE_EQ(code.Precision(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(code.F1(), 2.0 / 3);
  // Actor fields do not apply to CAMEO examples.
  EXPECT_EQ(x.fields[static_cast<int>(Field::kSourceCountry)].examples, 0u);
  EXPECT_EQ(x.fields[static_cast<int>(Field::kCategory)].examples, 0u);
  const Accuracy& racc = x.headline[static_cast<int>(Headline::kRoot)];
  const Accuracy& cacc = x.headline[static_cast<int>(Headline::kCode)];
  EXPECT_EQ(racc.right, 2u);
  EXPECT_EQ(racc.total, 3u);
  EXPECT_EQ(cacc.right, 1u);
  EXPECT_EQ(cacc.total, 3u);
  EXPECT_EQ(x.headline[static_cast<int>(Headline::kSourceCountry)].total, 0u);
  EXPECT_TRUE(ra.Wrong());  // code wrong
  EXPECT_TRUE(rb.Wrong());
}

TEST(Score, PloverArithmetic) {
  GoldExample a;
  a.category = "CONSULT";
  a.sources = {{"Kazakh Foreign Minister", "KAZ", "GOV"}};
  a.targets = {{"Iran", "IRN", ""}};
  GoldExample b;
  b.category = "DISAPPROVE";
  b.sources = {{"Germany", "DEU", ""}, {"Kazakh", "KAZ", ""}};
  Scorer s;
  ExampleResult ra = s.Add(a, {Ev("042", "KAZGOV", "IRNGOV"), Ev("111", "IGOUNO")});
  ExampleResult rb = s.Add(b, {Ev("010", "KAZ")});
  const Scores& x = s.scores();
  const Counts& cat = x.fields[static_cast<int>(Field::kCategory)];
  EXPECT_EQ(cat.tp, 1u);  // CONSULT
  EXPECT_EQ(cat.fp, 1u);  // DISAPPROVE where CONSULT is gold
  EXPECT_EQ(cat.fn, 1u);  // DISAPPROVE missed (010 has no PLOVER category)
  const Counts& src = x.fields[static_cast<int>(Field::kSourceCountry)];
  EXPECT_EQ(src.tp, 2u);  // KAZ, KAZ
  EXPECT_EQ(src.fp, 1u);  // IGO
  EXPECT_EQ(src.fn, 1u);  // DEU
  const Counts& tgt = x.fields[static_cast<int>(Field::kTargetCountry)];
  EXPECT_EQ(tgt.tp, 1u);
  EXPECT_EQ(tgt.fp, 0u);
  EXPECT_EQ(tgt.fn, 0u);
  EXPECT_EQ(tgt.examples, 2u);
  const Counts& role = x.fields[static_cast<int>(Field::kSourceRole)];
  EXPECT_EQ(role.tp, 1u);  // GOV; IGOUNO and KAZ have no role
  EXPECT_EQ(role.fp, 0u);
  EXPECT_EQ(role.fn, 0u);
  EXPECT_EQ(x.fields[static_cast<int>(Field::kCode)].examples, 0u);
  const Accuracy& cacc = x.headline[static_cast<int>(Headline::kCategory)];
  EXPECT_EQ(cacc.right, 1u);
  EXPECT_EQ(cacc.total, 2u);
  const Accuracy& sacc = x.headline[static_cast<int>(Headline::kSourceCountry)];
  EXPECT_EQ(sacc.right, 2u);  // KAZ is one of b's two gold sources
  EXPECT_EQ(sacc.total, 2u);
  EXPECT_FALSE(ra.Wrong());
  EXPECT_TRUE(rb.Wrong());
}

TEST(Score, PrimaryAndRole) {
  EXPECT_EQ(PrimaryOf("KAZGOV"), "KAZ");
  EXPECT_EQ(PrimaryOf("US"), "");
  EXPECT_EQ(RoleOf("KAZGOV"), "GOV");
  EXPECT_EQ(RoleOf("KAZGOVMIL"), "GOV");
  EXPECT_EQ(RoleOf("KAZ"), "");
  EXPECT_EQ(RoleOf("IGOUNO"), "");
}

TEST(Score, EmptyCountsAreZero) {
  Counts c;
  EXPECT_EQ(c.Precision(), 0.0);
  EXPECT_EQ(c.Recall(), 0.0);
  EXPECT_EQ(c.F1(), 0.0);
}

}  // namespace
}  // namespace dyad::eval
