// code/frames.h: statements about an action ("agreed to", "called on X to", "demanded
// that X") coded as CAMEO codes them.
#pragma once

#include <vector>

#include "code/matcher.h"
#include "code/mentions.h"
#include "code/sentence.h"

namespace dyad::code {

// Rewrites `matches` (MatchPatterns' output for `s` and `mentions`, in sentence order):
// an action match that follows a frame takes the frame's mirror code
// (ontology::MirrorCode), its first_word moves back to the frame's first word, and its
// source and target become the frame's: for an appeal or demand, the speaker and the
// addressee ("the US called on Israel to withdraw": USA -> ISR 0256); for an intent,
// rejection or threat, the action's own. A generic match lying wholly inside the frame's
// words ("$ call on + to" => 020) is removed. Matches without a frame, or whose code has
// no mirror under it, are left as they are. Pure; thread-safe.
void ComposeFrames(const Sentence& s, const std::vector<Mention>& mentions,
                   std::vector<PatternMatch>* matches);

}  // namespace dyad::code
