// Tests of the newsgold scorer on an invented document and hand-made coded events (no
// coder runs here). Every expected figure is worked out by hand in the comments.
#include "eval/news_score.h"

#include <gtest/gtest.h>

namespace dyad::eval {
namespace {

NewsActor A(std::string code, std::vector<std::string> alt = {}) {
  NewsActor a;
  a.code = std::move(code);
  a.alt = std::move(alt);
  return a;
}

NewsEvent G(int sentence, NewsActor src, NewsActor tgt, std::string code,
            std::vector<std::string> acceptable = {}) {
  NewsEvent e;
  e.sentence = sentence;
  e.source = std::move(src);
  e.target = std::move(tgt);
  e.code = std::move(code);
  e.acceptable = std::move(acceptable);
  return e;
}

std::optional<ActorRef> R(std::string code) {
  if (code.empty()) return std::nullopt;
  ActorRef a;
  a.code = std::move(code);
  return a;
}

// A coded event whose verb starts at byte `at` of the document.
Event C(uint32_t at, std::string src, std::string tgt, std::string code) {
  Event e;
  e.source = R(std::move(src));
  e.target = R(std::move(tgt));
  e.code = std::move(code);
  e.evidence.start = at;
  e.evidence.end = at + 3;
  return e;
}

// Four invented sentences, 20 bytes apart: s0 [0,19), s1 [20,39), s2 [40,59), s3 [60,79).
NewsDoc Doc() {
  NewsDoc d;
  d.id = "arnor";
  d.date = "2024-05-03";
  d.text = std::string(80, 'x');
  for (uint32_t s = 0; s < 4; ++s) d.sentences.push_back({"", s * 20, s * 20 + 19});
  return d;
}

TEST(NewsAgreement, CountryActorRootCodeAndLocation) {
  EXPECT_TRUE(CountryAgrees(A("ARNMIL"), R("ARNGOV")));        // same first three letters
  EXPECT_TRUE(CountryAgrees(A("IGO", {"GONGOV"}), R("GON")));  // through an alt
  EXPECT_FALSE(CountryAgrees(A("ARN"), R("GON")));
  EXPECT_TRUE(CountryAgrees(A(""), R("")));       // both "no actor"
  EXPECT_FALSE(CountryAgrees(A(""), R("GON")));   // gold: no actor; dyad named one
  EXPECT_FALSE(CountryAgrees(A("GON"), R("")));   // gold names one; dyad has none
  ActorRef no_code;                               // an actor without a code is "no actor"
  EXPECT_TRUE(CountryAgrees(A(""), no_code));

  EXPECT_TRUE(ActorAgrees(A("ARN", {"ARNGOV"}), R("ARNGOV")));
  EXPECT_FALSE(ActorAgrees(A("ARN"), R("ARNGOV")));
  EXPECT_TRUE(ActorAgrees(A(""), R("")));

  NewsEvent g = G(0, A("ARN"), A("GON"), "190", {"1951"});
  EXPECT_TRUE(RootAgrees(g, "193"));    // root 19 of "190"
  EXPECT_TRUE(CodeAgrees(g, "1951"));   // an acceptable code
  EXPECT_FALSE(CodeAgrees(g, "193"));
  EXPECT_FALSE(RootAgrees(g, "180"));
  EXPECT_FALSE(RootAgrees(g, ""));

  EXPECT_TRUE(LocationAgrees("Minas Tirith", "minas tirith"));
  EXPECT_TRUE(LocationAgrees("Minas Tirith", "Minas Tirith Citadel"));  // contains
  EXPECT_FALSE(LocationAgrees("Minas Tirith Citadel", "Minas Tirith"));
  EXPECT_FALSE(LocationAgrees("", "Edoras"));
}

TEST(NewsScore, TiersNegationLinkedAndPairFigures) {
  NewsDoc d = Doc();
  d.events.push_back(G(0, A("ARNMIL"), A("GON"), "190", {"195"}));        // g0
  d.events[0].date = "2024-05-01";
  d.events[0].location = "Minas Tirith";
  d.events.push_back(G(1, A("GONGOV"), A("ARN"), "040"));                 // g1
  d.events[1].date = "2024-05-02";
  d.events.push_back(G(1, A("ARN", {"ARNGOV"}), A("GONGOV"), "040"));     // g2, linked
  d.events[2].linked = true;
  d.events.push_back(G(2, A("ROH"), A("GON"), "190"));                    // g3, negated
  d.events[3].negated = true;
  d.events.push_back(G(3, A("ARNGOV"), A("ROH", {"ROHGOV"}), "042"));     // g4, hypothetical
  d.events[4].hypothetical = true;
  d.events.push_back(G(3, A("ARN"), A("ROH"), "036"));                    // g5

  std::vector<Event> ev;
  ev.push_back(C(2, "ARNMIL", "GONGOV", "195"));   // c0 -> g0 (tiers 1, 2; target not tier 3)
  ev[0].date = "2024-05-01";
  ev[0].location = Location{"Minas Tirith Citadel", "GON", 0, 0, 0};
  ev.push_back(C(22, "GONGOV", "ARNGOV", "043"));  // c1 -> g1 (tier 1 only: 043 is not 040)
  ev[1].date = "2024-05-03";
  ev[1].modality.reported = true;
  ev.push_back(C(30, "ARNGOV", "GONGOV", "040"));  // c2 -> g2, the linked one (all tiers)
  ev.push_back(C(42, "ROH", "GON", "190"));        // c3, flagged negated: not a claim
  ev[3].modality.negated = true;
  ev.push_back(C(62, "ARNGOV", "ROHGOV", "042"));  // c4 -> g4 (all tiers)
  ev[4].location = Location{"Edoras", "ROH", 0, 0, 0};
  ev.push_back(C(70, "ARN", "", "010"));           // c5: no gold event (no target)

  NewsDocResult r = ScoreNewsDoc(d, ev);
  const NewsCounts& n = r.counts;
  // Positives: g0 g1 g2 g4 g5 (g3 negated); required: g0 g1 g4 g5 = 4 (g2 linked).
  // Claims: c0 c1 c2 c4 c5 = 5 (c3 negated).
  EXPECT_EQ(n.gold_events, 6u);
  EXPECT_EQ(n.gold_linked, 1u);
  EXPECT_EQ(n.coded_events, 6u);
  EXPECT_EQ(n.claims, 5u);
  // Tier 1: g0-c0, g1-c1, g2-c2, g4-c4: TP 4 (one linked), FN = 4 required - 3 = 1 (g5),
  // FP = 5 - 4 = 1 (c5). P = 4/5, R = 4/(4+1), F1 = 0.8.
  const Counts& t1 = n.tiers[0];
  EXPECT_EQ(t1.tp, 4u);
  EXPECT_EQ(t1.fn, 1u);
  EXPECT_EQ(t1.fp, 1u);
  EXPECT_EQ(t1.gold, 5u);
  EXPECT_DOUBLE_EQ(t1.Precision(), 0.8);
  EXPECT_DOUBLE_EQ(t1.Recall(), 0.8);
  EXPECT_NEAR(t1.F1(), 0.8, 1e-12);
  // Tier 2: c1 drops (043): TP 3 (g0 g2 g4), FN = 4 - 2 = 2 (g1 g5), FP = 2. 0.6 each.
  const Counts& t2 = n.tiers[1];
  EXPECT_EQ(t2.tp, 3u);
  EXPECT_EQ(t2.fn, 2u);
  EXPECT_EQ(t2.fp, 2u);
  EXPECT_DOUBLE_EQ(t2.Precision(), 0.6);
  EXPECT_DOUBLE_EQ(t2.Recall(), 0.6);
  // Tier 3: c0 drops too (target GONGOV, gold GON without alt): TP 2 (g2 g4), FN = 4 - 1 =
  // 3, FP = 3. P = 2/5, R = 2/5.
  const Counts& t3 = n.tiers[2];
  EXPECT_EQ(t3.tp, 2u);
  EXPECT_EQ(t3.fn, 3u);
  EXPECT_EQ(t3.fp, 3u);
  EXPECT_DOUBLE_EQ(t3.Recall(), 0.4);
  ASSERT_EQ(r.pairs[2].size(), 2u);
  EXPECT_EQ(r.pairs[2][0].gold, 2u);
  EXPECT_EQ(r.pairs[2][0].coded, 2u);

  // Tier-1 pairs: dates known for g0 (right) and g1 (2024-05-02 vs 2024-05-03: wrong);
  // place known for g0 ("Minas Tirith" inside "Minas Tirith Citadel": right); c4 has a
  // place where g4 has none: one extra. Hypothetical: g4 yes, c4 no -> 3 of 4 agree.
  // Reported: c1 yes, g1 no -> 3 of 4 agree.
  const PairFigures& p = n.pairs[0];
  EXPECT_EQ(p.pairs, 4u);
  EXPECT_EQ(p.date.right, 1u);
  EXPECT_EQ(p.date.total, 2u);
  EXPECT_EQ(p.location.right, 1u);
  EXPECT_EQ(p.location.total, 1u);
  EXPECT_EQ(p.location_extra, 1u);
  EXPECT_EQ(p.hypothetical.agree, 3u);
  EXPECT_EQ(p.hypothetical.gold_yes, 1u);
  EXPECT_EQ(p.hypothetical.coded_yes, 0u);
  EXPECT_EQ(p.reported.agree, 3u);
  EXPECT_EQ(p.reported.coded_yes, 1u);
  // Negation: g3 is matched by the negated c3.
  EXPECT_EQ(n.negation.gold, 1u);
  EXPECT_EQ(n.negation.coded, 1u);
  EXPECT_EQ(n.negation.found, 1u);
  EXPECT_EQ(n.negation.claimed, 0u);
}

TEST(NewsScore, NegatedGoldCodedAsAPositiveIsAFalsePositive) {
  NewsDoc d = Doc();
  d.events.push_back(G(0, A("ROH"), A("GON"), "190"));
  d.events[0].negated = true;
  NewsDocResult r = ScoreNewsDoc(d, {C(2, "ROH", "GON", "190")});
  // No positives, one claim: TP 0, FP 1, FN 0; the claim matches the negated event.
  EXPECT_EQ(r.counts.tiers[0].tp, 0u);
  EXPECT_EQ(r.counts.tiers[0].fp, 1u);
  EXPECT_EQ(r.counts.tiers[0].fn, 0u);
  EXPECT_EQ(r.counts.negation.claimed, 1u);
  EXPECT_EQ(r.counts.negation.found, 0u);
}

TEST(NewsScore, UnmatchedLinkedIsNotMissedAndNullTargetNeedsNoTarget) {
  NewsDoc d = Doc();
  d.events.push_back(G(1, A("ARN"), A("GON"), "040"));
  d.events.push_back(G(1, A("GON"), A("ARN"), "040"));  // linked reverse, not coded
  d.events[1].linked = true;
  d.events.push_back(G(2, A("ROHREB"), A(""), "190"));  // target: no actor
  std::vector<Event> ev = {C(22, "ARN", "GON", "040"), C(42, "ROH", "", "193"),
                           C(45, "ROH", "GON", "190")};
  NewsDocResult r = ScoreNewsDoc(d, ev);
  // g0-c0 and g2-c1 (both targets empty, root 19): TP 2; the linked g1 is not a FN;
  // c2 names a target where the gold has none: FP 1. P = 2/3, R = 2/2.
  EXPECT_EQ(r.counts.tiers[0].tp, 2u);
  EXPECT_EQ(r.counts.tiers[0].fn, 0u);
  EXPECT_EQ(r.counts.tiers[0].fp, 1u);
  EXPECT_DOUBLE_EQ(r.counts.tiers[0].Recall(), 1.0);
  ASSERT_EQ(r.pairs[0].size(), 2u);
  EXPECT_EQ(r.pairs[0][1].gold, 2u);
  EXPECT_EQ(r.pairs[0][1].coded, 1u);
}

TEST(NewsScore, GreedyPrefersTheSameSentenceThenRequiredOverLinked) {
  NewsDoc d = Doc();
  d.events.push_back(G(0, A("ARN"), A("GON"), "190"));  // g0 in s0
  d.events.push_back(G(2, A("ARN"), A("GON"), "190"));  // g1 in s2, same dyad and code
  // One coded event in s2: it goes to g1 (distance 0), not to the earlier g0 (distance 2).
  NewsDocResult r = ScoreNewsDoc(d, {C(41, "ARN", "GON", "190")});
  ASSERT_EQ(r.pairs[0].size(), 1u);
  EXPECT_EQ(r.pairs[0][0].gold, 1u);

  NewsDoc e = Doc();
  e.events.push_back(G(1, A("ARN"), A("GON"), "040"));  // linked, listed first
  e.events[0].linked = true;
  e.events.push_back(G(1, A("ARN"), A("GON"), "040"));  // required
  NewsDocResult s = ScoreNewsDoc(e, {C(21, "ARN", "GON", "040")});
  ASSERT_EQ(s.pairs[0].size(), 1u);
  EXPECT_EQ(s.pairs[0][0].gold, 1u);  // the required event takes the claim
  EXPECT_EQ(s.counts.tiers[0].fn, 0u);
}

TEST(NewsScore, EvaluateCodesEachDocumentWithItsDateAndSums) {
  NewsGold gold;
  gold.docs = {Doc(), Doc()};
  gold.docs[1].id = "gondor";
  gold.docs[1].date = "2024-06-01";
  gold.docs[0].events.push_back(G(0, A("ARN"), A("GON"), "190"));
  std::vector<std::string> seen;
  CodeFn code = [&seen](const Document& doc) {
    seen.push_back(doc.id + "@" + doc.date);
    return std::vector<Event>{C(1, "ARN", "GON", "190")};
  };
  NewsRun run = EvaluateNews(gold, code);
  EXPECT_EQ(seen, (std::vector<std::string>{"arnor@2024-05-03", "gondor@2024-06-01"}));
  ASSERT_EQ(run.docs.size(), 2u);
  // Doc 1: TP 1. Doc 2: no gold, one claim: FP 1. Total: TP 1, FP 1, FN 0.
  EXPECT_EQ(run.total.docs, 2u);
  EXPECT_EQ(run.total.tiers[0].tp, 1u);
  EXPECT_EQ(run.total.tiers[0].fp, 1u);
  EXPECT_EQ(run.total.tiers[0].fn, 0u);
  EXPECT_EQ(run.total.claims, 2u);
}

TEST(NewsScore, PerSentenceCodesEachSentenceAndMovesOffsets) {
  NewsGold gold;
  gold.docs = {Doc()};
  NewsDoc& d = gold.docs[0];
  for (auto& s : d.sentences) s.text = "sentence";
  d.events.push_back(G(2, A("ARN"), A("GON"), "190"));
  std::vector<std::string> texts;
  CodeFn code = [&texts](const Document& doc) {
    texts.push_back(doc.text);
    if (texts.size() != 3) return std::vector<Event>{};
    return std::vector<Event>{C(1, "ARN", "GON", "190")};  // offset 1 of sentence 2
  };
  NewsOptions opt;
  opt.per_sentence = true;
  NewsRun run = EvaluateNews(gold, code, opt);
  EXPECT_EQ(texts.size(), 4u);  // four sentences, four documents
  ASSERT_EQ(run.docs[0].events.size(), 1u);
  const Event& e = run.docs[0].events[0];
  EXPECT_EQ(e.sentence, 2);
  EXPECT_EQ(e.evidence.start, 41u);  // sentence 2 starts at byte 40
  EXPECT_EQ(e.sentence_start, 40u);
  EXPECT_EQ(run.total.tiers[0].tp, 1u);
}

}  // namespace
}  // namespace dyad::eval
