// context/modality.h: is an event asserted, denied, hypothetical, or someone's claim?
#pragma once

#include <cstddef>

#include "code/sentence.h"
#include "dyad/event.h"

namespace dyad::context {

// The modality of the event whose verb pattern starts at token `verb` of `s` and whose
// source mention starts at token `source` (== verb when the source is not before it).
// Cues are read from the start of the sentence (at most 40 words back) to the verb:
//   negated:      "not", "n't", "never", "no longer" right before the verb (3 words);
//                 "refused to", "failed to" before it; the verb inside the complement of
//                 a denial: "denied that", "brushed off rumors that", "rejected reports".
//   hypothetical: a modal ("will", "would", "might", "may", "could", "should", "shall")
//                 within 4 words before the verb; "plans to", "intends to", "hopes to",
//                 "expects to", "wants to" within 4 words; "if"/"unless" or a
//                 sentence-initial "Should"/"Were" earlier in the sentence.
//   reported:     a reporting verb ("said", "reported", "claimed", "told", "according to")
//                 before the source, so the event is that speaker's claim.
// Words inside the pattern itself are not cues ("announced his intention to meet").
Modality FindModality(const code::Sentence& s, size_t verb, size_t source);

}  // namespace dyad::context
