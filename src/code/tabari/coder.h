// code/tabari/coder.h: TABARI's coding algorithm over a parsed record.
//
// Given the parse (parser.h), the record is coded clause by clause (manual 7.6, 5.8, 6.6):
//   - a record that is too short is not coded; a discard code (###) anywhere discards it;
//     a complex code (+++) or a COMPLEX: condition (VERBS[n], CONJ[n], ACTORS[n],
//     NOACTPRIOR, NOVERB, ...) marks it complex, and it is not coded;
//   - in each clause the verbs are tried left to right; a verb's patterns are tried longest
//     first and the first that matches gives the code, else the root's code; a null code
//     moves on to the next verb;
//   - the source and target come from the pattern's $ + % when it has them, else from the
//     default search (manual 5.8, 7.6): source = the first actor of the text before the
//     verb; in a later clause, an actor opening the clause, else the source of the last
//     event (or of the first clause's first actor when that clause had a verb but no
//     event), else the clause's first actor; failing all, the first actor after the verb.
//     Target = the first actor after the verb in the clause with a different code, else
//     the nearest one before it in the clause; a compound source with no target is its own
//     target (its first member acting on the others). Passive voice (WAS/WERE/BEEN one or
//     two words before the verb, BY within two words after it) swaps them. DEFAULT: codes
//     fill what is missing; with PRIOR/AFTER they replace the search when no actor (no
//     pronoun) stands on that side of the verb;
//   - a pattern matched through alternatives { | } counts only the length it matched, so
//     longer patterns are tried before it is accepted (manual 5.7.1);
//   - CODE BY CLAUSE (default) keeps the first event of each clause, SENTENCE the first of
//     the record, ALL every one; subordinate codes (023?) survive only when nothing else is
//     coded, dominant codes (111!) override the others;
//   - compounds expand to every source x target pair with different codes; paired codes
//     (032:033) add the reversed event.
// Thread-safe: Code() is const; per-call scratch lives in the caller's Scratch.
#pragma once

#include <string>
#include <vector>

#include "code/tabari/parser.h"

namespace dyad::tabari {

struct TabariEvent {
  std::string source;
  std::string target;
  std::string code;
  int32_t date = 0;        // YYYYMMDD, after any time shift
  int verb_token = -1;     // head token of the verb
  int source_group = -1;   // group indices into the parse (-1: a DEFAULT code)
  int target_group = -1;
  bool subordinate = false;
  bool dominant = false;
  const VerbPattern* pattern = nullptr;  // the pattern that fired, or null for the root
  const VerbEntry* verb = nullptr;
};

struct CodeResult {
  std::vector<TabariEvent> events;
  bool discard = false;
  bool complex = false;
  bool too_short = false;
  std::string why;
};

class TabariCoder {
 public:
  explicit TabariCoder(const Lexicon& lex) : lex_(lex) {}

  // Codes one record. `date` is YYYYMMDD. `parse` is scratch the caller may reuse (and
  // read afterwards, e.g. to show which words made an event).
  // `forward`: see ParseText (FORWARD: pronoun forwarding); may be null.
  void Code(std::string_view text, int32_t date, const TabariOptions& opts,
            const std::vector<std::string>* forward, Parse* parse, CodeResult* out) const;

  const Lexicon& lexicon() const { return lex_; }

 private:
  const Lexicon& lex_;
};

// Adds `days` to a YYYYMMDD date.
int32_t ShiftDate(int32_t date, int days);

}  // namespace dyad::tabari
