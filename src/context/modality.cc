// context/modality.cc: shallow cues for negation, hypotheticals and reported speech.
//
// TABARI and PETRARCH code "X denied attacking Y" and "X may attack Y" as attacks. dyad
// codes them too, but flags them, so a user can keep or drop them (--facts-only). The
// cues are closed-class words and a few verbs (and "to" before a bare infinitive), looked
// for in a window before the verb;
// lemmas make "denies", "denied" and "denying" one cue. This is a heuristic, tuned to
// fire rarely on plain assertions: a cue must stand before the verb, in the same
// sentence, and modals must be close to it.
#include "context/modality.h"

#include <algorithm>
#include <array>

namespace dyad::context {
namespace {

template <size_t N>
bool In(std::string_view w, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

constexpr std::array<std::string_view, 4> kNegators = {"not", "n't", "never", "nor"};
constexpr std::array<std::string_view, 8> kModals = {"will",   "would", "might", "may",
                                                     "could",  "should", "shall", "'ll"};
constexpr std::array<std::string_view, 9> kIntents = {"plan", "intend", "hope", "expect", "want",
                                                      "aim",  "seek",   "propose", "threaten"};
constexpr std::array<std::string_view, 6> kDenials = {"deny", "rumor", "rumour", "refute",
                                                      "dismiss", "reject"};
constexpr std::array<std::string_view, 3> kRefusals = {"refuse", "fail", "decline"};
constexpr std::array<std::string_view, 8> kReporting = {"say", "report", "claim", "tell",
                                                        "allege", "state", "add", "announce"};

constexpr size_t kWindow = 40;

bool IsClauseEnd(const code::Sentence& s, size_t i) { return s.boundary[i]; }

}  // namespace

Modality FindModality(const code::Sentence& s, size_t verb, size_t source) {
  Modality m;
  const size_t n = s.size();
  if (verb > n) verb = n;
  // Cues are looked for in the 40 words before the verb: enough for any real clause, and
  // it keeps a pathological 100,000-word "sentence" linear.
  for (size_t i = verb > kWindow ? verb - kWindow : 0; i < verb; ++i) {
    if (s.excluded[i]) continue;
    std::string_view w = s.words[i], l = s.lemmas[i];
    size_t dist = verb - i;
    bool nt = w.size() > 3 && w.substr(w.size() - 3) == "n't";  // "didn't", "won't"
    if (dist <= 3 && (In(w, kNegators) || nt)) m.negated = true;
    if (dist <= 3 && w == "no" && i + 1 < n && s.words[i + 1] == "longer") m.negated = true;
    if (dist <= 4 && In(l, kRefusals) && i + 1 < n && s.words[i + 1] == "to") m.negated = true;
    if (In(l, kDenials)) {
      // A denial governs what follows it: "denied that ...", "rumors that ...",
      // "rejected reports of ...".
      bool governs = false;
      for (size_t k = i + 1; k < verb && k <= i + 4; ++k)
        if (s.words[k] == "that" || s.words[k] == "of" || s.words[k] == "about" ||
            s.lemmas[k] == "rumor" || s.lemmas[k] == "report" || s.lemmas[k] == "claim")
          governs = true;
      if (governs || dist <= 2) m.negated = true;
    }
    // A capitalised modal inside a sentence is a name or a month ("Will Smith", "May 5");
    // after a determiner or "own" it is a noun ("of its own free will").
    bool noun_use = i > 0 && (s.words[i - 1] == "the" || s.words[i - 1] == "a" ||
                              s.words[i - 1] == "own" || s.words[i - 1] == "free" ||
                              s.words[i - 1] == "'s" || s.words[i - 1] == "good");
    if (dist <= 4 && In(w, kModals) && !(s.tokens[i].capitalized && i > 0) && !noun_use)
      m.hypothetical = true;
    if (dist <= 5 && In(l, kIntents) && i + 1 < n && s.words[i + 1] == "to") m.hypothetical = true;
    if (w == "if" || w == "unless") m.hypothetical = true;
    if (i == 0 && (w == "should" || w == "were")) m.hypothetical = true;
    if (i < source && In(l, kReporting) && !IsClauseEnd(s, i)) m.reported = true;
    // A bare infinitive is not asserted: "Europe needs to recognise ...", "it is possible
    // to disagree with ...", "a desire to protect ..." (frames such as "agreed to" are
    // composed before this and start the event at the frame).
    if (dist == 1 && w == "to" && verb < n && s.words[verb] == s.lemmas[verb]) m.hypothetical = true;
    if (i + 1 < source && w == "according" && s.words[i + 1] == "to") m.reported = true;
  }
  return m;
}

}  // namespace dyad::context
