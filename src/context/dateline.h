// context/dateline.h: the dateline that opens a news story ("BEIRUT —", "KYIV/MOSCOW –",
// "5th May 2024 – (Paris)").
#pragma once

#include "code/sentence.h"

namespace dyad::context {

// If `s` (the first sentence of a document) opens with a dateline, marks its tokens in
// `s->excluded` so that the place is never read as an actor (a capital stands for its
// government elsewhere, but "TEHRAN —" only says where the story was filed) and returns
// the number of tokens marked; else returns 0 and changes nothing.
// A dateline is at most 12 tokens before a dash with space on both sides ("—", "–", " - ")
// made only of upper-case words ("SANA'A", "TBILISI/BAKU"), numbers, month names,
// ordinals ("17th") and the punctuation , / . ( ), and it takes a parenthesised place
// right after the dash with it ("5th May 2024 – (Paris)").
size_t MarkDateline(code::Sentence* s);

}  // namespace dyad::context
