// text/sentences.h: where sentences begin and end.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad::text {

// A half-open byte range [begin, end) into the text it was computed from.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
};

// Splits `text` (UTF-8; invalid bytes are tolerated and never split a sentence in a way
// that loses bytes) into sentences with ICU's sentence break rules, then merges breaks
// that follow abbreviations ("U.S.", "U.N.", "Gen.", "Jan.", "p.m.", initials "J.") when
// the next word does not clearly start a new sentence. Leading/trailing whitespace is
// not part of a sentence; blank lines (paragraph breaks) always end one.
// Offsets are bytes into `text`. Sentences are in order and do not overlap.
// Thread-safe.
//
// Details (see sentences.cc): a single line break ends a sentence unless the next line
// starts in lower case or the line ends in an abbreviation that binds to what follows;
// no sentence starts with a lower-case letter (`"Why?" she asked.` is one sentence);
// a closing quote or bracket after the final punctuation stays with its sentence.
// REQUIRES: text.size() < 2^31 for exact results; longer texts are split in 1 GiB
// chunks, and bytes past 4 GiB are ignored.
// A sentence longer than kMaxSentenceBytes is cut into pieces of at most that size, at a
// space where there is one in the second half of the piece, so that one endless
// "sentence" cannot be copied into thousands of events.
inline constexpr uint32_t kMaxSentenceBytes = 4096;
std::vector<Span> SplitSentences(std::string_view text);

}  // namespace dyad::text
