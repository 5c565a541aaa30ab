// eval/news_score.h: scoring dyad's events against newsgold documents (the rules in full:
// docs/eval.md, "newsgold"; the gold format: eval/news_gold.h).
//
// Within each document, gold events and coded events are matched one to one, greedily,
// separately for each of three tiers:
//   tier 1: source country + target country + root code;
//   tier 2: tier 1 + the full code;
//   tier 3: tier 2 + the full actor codes.
// Gold events marked negated are not positives and coded events flagged negated are not
// claims. `linked` gold events are optional: a match is a TP, no match is not a FN.
// Precision = TP / claims, recall = TP / (TP + FN), micro-averaged over documents.
// On each tier's matched pairs: date, location and modality agreement.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "dyad/event.h"
#include "eval/evaluate.h"
#include "eval/news_gold.h"
#include "eval/score.h"

namespace dyad::eval {

constexpr int kTierCount = 3;  // tiers 1..3 are indices 0..2

// --- The agreement rules (each used by the matcher; public for tests) -------------------

// Source/target country: both "no actor" (gold code "" / coded actor absent or without
// code), or the coded code's first three letters equal those of the gold code or of one
// of its `alt` codes.
bool CountryAgrees(const NewsActor& gold, const std::optional<ActorRef>& coded);
// Full actor code: both "no actor", or the coded code equals the gold code or an `alt`.
bool ActorAgrees(const NewsActor& gold, const std::optional<ActorRef>& coded);
// The coded code's root is the root of the gold code or of an `acceptable` code.
bool RootAgrees(const NewsEvent& gold, const std::string& code);
// The coded code is the gold code or an `acceptable` code.
bool CodeAgrees(const NewsEvent& gold, const std::string& code);
// `tier` 0..2: the rules of that tier (each includes the ones before).
bool TierAgrees(int tier, const NewsEvent& gold, const Event& coded);
// Locations agree when the names are equal ignoring ASCII case, or the coded name
// contains the gold name (ignoring ASCII case). A gold name "" never agrees.
bool LocationAgrees(const std::string& gold, const std::string& coded);

// --- Figures ----------------------------------------------------------------------------

// Agreement of one modality flag over matched pairs.
struct FlagAgreement {
  size_t pairs = 0, agree = 0;
  size_t gold_yes = 0, coded_yes = 0, both_yes = 0;
  double Value() const { return pairs == 0 ? 0.0 : static_cast<double>(agree) / pairs; }
};

// What the matched pairs of one tier agree on.
struct PairFigures {
  size_t pairs = 0;
  Accuracy date;            // over pairs whose gold event has a date: coded date equal
  Accuracy location;        // over pairs whose gold event has a location
  size_t location_extra = 0;  // pairs with a coded location where the gold gives none
  FlagAgreement hypothetical;
  FlagAgreement reported;
};

// Negated gold events (never positives) and how dyad coded them, by the tier-1 rules.
struct NegationFigures {
  size_t gold = 0;     // negated gold events
  size_t coded = 0;    // coded events flagged negated
  size_t found = 0;    // negated gold events matched one to one by negated coded events
  size_t claimed = 0;  // negated gold events matched by an unmatched (FP) positive claim
};

struct NewsCounts {
  size_t docs = 0;
  size_t gold_events = 0;   // every gold event
  size_t gold_linked = 0;   // of which linked (and not negated)
  size_t coded_events = 0;  // every coded event
  size_t claims = 0;        // coded events not flagged negated
  std::array<Counts, kTierCount> tiers{};  // gold = TP + FN, predicted = claims
  std::array<PairFigures, kTierCount> pairs{};
  NegationFigures negation;
  void Add(const NewsCounts& other);
};

struct NewsPair {
  size_t gold = 0;   // index into NewsDoc::events
  size_t coded = 0;  // index into NewsDocResult::events
};

struct NewsDocResult {
  const NewsDoc* gold = nullptr;
  std::vector<Event> events;                            // what dyad coded, in output order
  std::array<std::vector<NewsPair>, kTierCount> pairs;  // the matching of each tier
  NewsCounts counts;
};

struct NewsRun {
  NewsCounts total;
  std::vector<NewsDocResult> docs;  // in gold order
};

// Matches `events` (dyad's output for `gold`'s text) against `gold`'s events and counts.
// `gold` must outlive the result.
NewsDocResult ScoreNewsDoc(const NewsDoc& gold, std::vector<Event> events);

struct NewsOptions {
  // Code each gold sentence as its own Document (for coders that read one sentence per
  // record, such as TABARI's) instead of the whole article. The events' offsets are moved
  // to the article's text and their sentence set to the gold sentence. Default: false.
  bool per_sentence = false;
};

// Codes each gold document as one Document (id = doc_id, text = the docs/ text, date =
// doc_date) with `code` and scores it. `gold` must outlive the result.
NewsRun EvaluateNews(const NewsGold& gold, const CodeFn& code, const NewsOptions& options = {});

}  // namespace dyad::eval
