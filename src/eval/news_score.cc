// eval/news_score.cc: matching coded events to newsgold events (definitions: news_score.h).
//
// The matcher. For one tier and one document, every (gold, coded) pair whose gold event
// is a positive (not negated), whose coded event is a claim (not flagged negated) and
// which agrees by the tier's rules is a candidate. Candidates are taken greedily in the
// order of (1) sentence distance: |gold sentence - gold sentence holding the coded
// event's verb|, so that an event is matched to the one in its own sentence before one
// elsewhere in the article; (2) required gold events before `linked` ones, so an optional
// reverse never takes a claim a required event could have; (3) gold order; (4) coded
// order. A pair is kept when neither side is matched yet. The result is one to one and
// deterministic; it is maximal (no unmatched pair that agrees is left) though not always
// maximum. Each tier is matched on its own, so a pair of tier 2 need not be a pair of
// tier 1's matching (it always agrees by tier 1's rules).
//
// Cost: O(G * C log(G * C)) per document and tier for G gold and C coded events, trivial
// for articles (tens of events).
#include "eval/news_score.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <tuple>

#include "ontology/cameo.h"

namespace dyad::eval {
namespace {

bool Empty(const std::optional<ActorRef>& a) { return !a || a->code.empty(); }

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// The gold sentence of a coded event: where its verb is, or its sentence when the
// evidence has no span.
int CodedSentence(const NewsDoc& doc, const Event& e) {
  return doc.SentenceAt(e.evidence.end > e.evidence.start ? e.evidence.start
                                                          : e.sentence_start);
}

// The greedy one-to-one matching described at the top, between the gold events whose
// indices are `gold_ids` and the coded events whose indices are `coded_ids`.
std::vector<NewsPair> Match(const NewsDoc& doc, const std::vector<size_t>& gold_ids,
                            const std::vector<Event>& events,
                            const std::vector<size_t>& coded_ids,
                            const std::function<bool(const NewsEvent&, const Event&)>& agree) {
  struct Candidate {
    int distance;
    bool linked;
    size_t gold, coded;
  };
  std::vector<Candidate> cands;
  for (size_t g : gold_ids) {
    const NewsEvent& ge = doc.events[g];
    for (size_t c : coded_ids) {
      if (!agree(ge, events[c])) continue;
      int d = std::abs(ge.sentence - CodedSentence(doc, events[c]));
      cands.push_back({d, ge.linked, g, c});
    }
  }
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(a.distance, a.linked, a.gold, a.coded) <
           std::tie(b.distance, b.linked, b.gold, b.coded);
  });
  std::vector<bool> gold_used(doc.events.size()), coded_used(events.size());
  std::vector<NewsPair> pairs;
  for (const Candidate& c : cands) {
    if (gold_used[c.gold] || coded_used[c.coded]) continue;
    gold_used[c.gold] = coded_used[c.coded] = true;
    pairs.push_back({c.gold, c.coded});
  }
  std::sort(pairs.begin(), pairs.end(),
            [](const NewsPair& a, const NewsPair& b) { return a.gold < b.gold; });
  return pairs;
}

void CountFlag(bool gold, bool coded, FlagAgreement* f) {
  ++f->pairs;
  if (gold == coded) ++f->agree;
  if (gold) ++f->gold_yes;
  if (coded) ++f->coded_yes;
  if (gold && coded) ++f->both_yes;
}

PairFigures Figures(const NewsDoc& doc, const std::vector<Event>& events,
                    const std::vector<NewsPair>& pairs) {
  PairFigures f;
  for (const NewsPair& p : pairs) {
    const NewsEvent& g = doc.events[p.gold];
    const Event& e = events[p.coded];
    ++f.pairs;
    if (!g.date.empty()) {
      ++f.date.total;
      if (e.date == g.date) ++f.date.right;
    }
    if (!g.location.empty()) {
      ++f.location.total;
      if (e.location && LocationAgrees(g.location, e.location->name)) ++f.location.right;
    } else if (e.location && !e.location->name.empty()) {
      ++f.location_extra;
    }
    CountFlag(g.hypothetical, e.modality.hypothetical, &f.hypothetical);
    CountFlag(g.reported, e.modality.reported, &f.reported);
  }
  return f;
}

bool AgreeTier1(const NewsEvent& g, const Event& e) { return TierAgrees(0, g, e); }

// Negated gold events against negated coded events, and against the positive claims left
// unmatched by tier 1 (`unmatched`).
NegationFigures Negation(const NewsDoc& doc, const std::vector<Event>& events,
                         const std::vector<size_t>& neg_gold,
                         const std::vector<size_t>& neg_coded,
                         const std::vector<size_t>& unmatched) {
  NegationFigures n;
  n.gold = neg_gold.size();
  n.coded = neg_coded.size();
  n.found = Match(doc, neg_gold, events, neg_coded, AgreeTier1).size();
  n.claimed = Match(doc, neg_gold, events, unmatched, AgreeTier1).size();
  return n;
}

}  // namespace

bool CountryAgrees(const NewsActor& gold, const std::optional<ActorRef>& coded) {
  if (gold.code.empty() || Empty(coded)) return gold.code.empty() && Empty(coded);
  std::string p = PrimaryOf(coded->code);
  if (p.empty()) return false;
  if (PrimaryOf(gold.code) == p) return true;
  for (const auto& a : gold.alt)
    if (PrimaryOf(a) == p) return true;
  return false;
}

bool ActorAgrees(const NewsActor& gold, const std::optional<ActorRef>& coded) {
  if (gold.code.empty() || Empty(coded)) return gold.code.empty() && Empty(coded);
  if (coded->code == gold.code) return true;
  return std::find(gold.alt.begin(), gold.alt.end(), coded->code) != gold.alt.end();
}

bool RootAgrees(const NewsEvent& gold, const std::string& code) {
  std::string root = ontology::RootOf(code);
  if (root.empty()) return false;
  if (ontology::RootOf(gold.code) == root) return true;
  for (const auto& a : gold.acceptable)
    if (ontology::RootOf(a) == root) return true;
  return false;
}

bool CodeAgrees(const NewsEvent& gold, const std::string& code) {
  if (code.empty()) return false;
  return code == gold.code ||
         std::find(gold.acceptable.begin(), gold.acceptable.end(), code) !=
             gold.acceptable.end();
}

bool TierAgrees(int tier, const NewsEvent& g, const Event& e) {
  if (!CountryAgrees(g.source, e.source) || !CountryAgrees(g.target, e.target) ||
      !RootAgrees(g, e.code))
    return false;
  if (tier >= 1 && !CodeAgrees(g, e.code)) return false;
  if (tier >= 2 && (!ActorAgrees(g.source, e.source) || !ActorAgrees(g.target, e.target)))
    return false;
  return true;
}

bool LocationAgrees(const std::string& gold, const std::string& coded) {
  if (gold.empty() || coded.empty()) return false;
  return Lower(coded).find(Lower(gold)) != std::string::npos;
}

void NewsCounts::Add(const NewsCounts& o) {
  docs += o.docs;
  gold_events += o.gold_events;
  gold_linked += o.gold_linked;
  coded_events += o.coded_events;
  claims += o.claims;
  for (int t = 0; t < kTierCount; ++t) {
    Counts& c = tiers[t];
    const Counts& d = o.tiers[t];
    c.examples += d.examples;
    c.gold += d.gold;
    c.predicted += d.predicted;
    c.tp += d.tp;
    c.fp += d.fp;
    c.fn += d.fn;
    PairFigures& p = pairs[t];
    const PairFigures& q = o.pairs[t];
    p.pairs += q.pairs;
    p.date.right += q.date.right;
    p.date.total += q.date.total;
    p.location.right += q.location.right;
    p.location.total += q.location.total;
    p.location_extra += q.location_extra;
    for (auto [a, b] : {std::pair{&p.hypothetical, &q.hypothetical},
                        std::pair{&p.reported, &q.reported}}) {
      a->pairs += b->pairs;
      a->agree += b->agree;
      a->gold_yes += b->gold_yes;
      a->coded_yes += b->coded_yes;
      a->both_yes += b->both_yes;
    }
  }
  negation.gold += o.negation.gold;
  negation.coded += o.negation.coded;
  negation.found += o.negation.found;
  negation.claimed += o.negation.claimed;
}

NewsDocResult ScoreNewsDoc(const NewsDoc& gold, std::vector<Event> events) {
  NewsDocResult r;
  r.gold = &gold;
  r.events = std::move(events);
  NewsCounts& n = r.counts;
  n.docs = 1;
  n.gold_events = gold.events.size();
  n.coded_events = r.events.size();
  std::vector<size_t> positives, neg_gold, claims, neg_coded;
  size_t required = 0;
  for (size_t i = 0; i < gold.events.size(); ++i) {
    const NewsEvent& g = gold.events[i];
    (g.negated ? neg_gold : positives).push_back(i);
    if (!g.negated && g.linked) ++n.gold_linked;
    if (!g.negated && !g.linked) ++required;
  }
  for (size_t i = 0; i < r.events.size(); ++i)
    (r.events[i].modality.negated ? neg_coded : claims).push_back(i);
  n.claims = claims.size();
  for (int t = 0; t < kTierCount; ++t) {
    auto agree = [t](const NewsEvent& g, const Event& e) { return TierAgrees(t, g, e); };
    r.pairs[t] = Match(gold, positives, r.events, claims, agree);
    Counts& c = n.tiers[t];
    c.examples = 1;
    c.tp = r.pairs[t].size();
    size_t linked_tp = 0;
    for (const NewsPair& p : r.pairs[t])
      if (gold.events[p.gold].linked) ++linked_tp;
    c.fn = required - (c.tp - linked_tp);
    c.fp = claims.size() - c.tp;
    c.gold = c.tp + c.fn;
    c.predicted = claims.size();
    n.pairs[t] = Figures(gold, r.events, r.pairs[t]);
  }
  std::vector<bool> used(r.events.size());
  for (const NewsPair& p : r.pairs[0]) used[p.coded] = true;
  std::vector<size_t> unmatched;
  for (size_t c : claims)
    if (!used[c]) unmatched.push_back(c);
  n.negation = Negation(gold, r.events, neg_gold, neg_coded, unmatched);
  return r;
}

namespace {

// NewsOptions::per_sentence: each gold sentence coded alone, offsets moved to the article.
std::vector<Event> CodeSentences(const NewsDoc& g, const CodeFn& code) {
  std::vector<Event> out;
  for (size_t i = 0; i < g.sentences.size(); ++i) {
    const NewsSentence& s = g.sentences[i];
    Document doc;
    doc.id = g.id;
    doc.text = s.text;
    doc.date = g.date;
    doc.origin = g.where + " s" + std::to_string(i);
    for (Event& e : code(doc)) {
      e.sentence = static_cast<int>(i);
      e.sentence_start = s.start;
      e.sentence_end = s.end;
      if (e.evidence.end > e.evidence.start) {
        e.evidence.start += s.start;
        e.evidence.end += s.start;
      }
      out.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace

NewsRun EvaluateNews(const NewsGold& gold, const CodeFn& code, const NewsOptions& options) {
  NewsRun run;
  run.docs.reserve(gold.docs.size());
  for (const NewsDoc& g : gold.docs) {
    Document doc;
    doc.id = g.id;
    doc.text = g.text;
    doc.date = g.date;
    doc.origin = g.where;
    std::vector<Event> events = options.per_sentence ? CodeSentences(g, code) : code(doc);
    run.docs.push_back(ScoreNewsDoc(g, std::move(events)));
    run.total.Add(run.docs.back().counts);
  }
  return run;
}

}  // namespace dyad::eval
