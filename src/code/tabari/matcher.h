// code/tabari/matcher.h: does a verb pattern match around a verb?
//
// A pattern (manual 5.5.3-5.7.4) is a list of elements before the verb '*' and a list
// after it. The elements after the verb are matched left to right from the end of the verb
// phrase, those before it right to left from its start, each at the nearest position that
// works; on failure the search backtracks to the next position (the patterns are short, so
// this is cheap). Between two elements any words may intervene, unless the first is joined
// to the second ('_'); no element is found past a comma or outside the verb's clause, and
// deleted (comma-delimited) words are invisible. '$', '+', '%' and '^' match an actor
// group (its whole span); '$' and '+' take the first actor met in their direction, '%' sets
// both source and target, '^' just skips one. Alternatives {a|b} and synsets &X try each
// member in turn. (A connector after a multi-word synset member is not enforced, as in
// TABARI: SYNSET-22h.)
//
// Prefilter: every plain word of a pattern must occur on its side of the verb, so the
// parser indexes, per record, the first and last position of each interned pattern word
// (and a 256-bit mask of the ids present); most of a verb's patterns are rejected with
// four ANDs of masks (Lexicon::pattern_masks) and the survivors with a few array lookups
// (MayMatch) before any backtracking. Matching allocates nothing: sequences live on the
// stack (at most 64 elements after expanding alternatives).
#pragma once

#include "code/tabari/parser.h"

namespace dyad::tabari {

struct PatternMatch {
  int source = -1;    // group index designated by '$', or -1
  int target = -1;    // group index designated by '+', or -1
  int compound = -1;  // group index designated by '%', or -1
  int first = 0;      // first token of the matched phrase
  int last = 0;       // last token of the matched phrase
  int chars = 0;      // TABARI length of what actually matched (alternatives resolved)
};

// True when the pattern holds alternatives or synsets (its matched length may be shorter
// than its nominal length).
bool HasAlternatives(const VerbPattern& pat);

// A necessary condition, checked fast with Parse::sorted: every plain word of the pattern
// occurs on its side of the verb within the clause.
bool MayMatch(const Parse& p, const VerbPattern& pat, int vstart, int vend, int cs, int ce);

// Matches `pat` for the verb occupying tokens [vstart, vend) of clause [cs, ce).
// `prefilter`: check MayMatch first (false: always run the full backtracking match).
bool MatchPattern(const Parse& p, const VerbPattern& pat, const std::vector<Synset>& synsets,
                  int vstart, int vend, int cs, int ce, PatternMatch* m, bool prefilter = true);

}  // namespace dyad::tabari
