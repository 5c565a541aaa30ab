// text/tokens.h: words, numbers and punctuation with offsets into the original text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/sentences.h"

namespace dyad::text {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  uint32_t begin = 0;   // byte offsets into the ORIGINAL text (the whole document)
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;  // first letter is upper case
  bool all_caps = false;     // every letter is upper case (and there are at least two)
  // Normalised form: NFKC, lower case, curly quotes and apostrophes made ASCII ("’" -> "'"),
  // dashes made "-". Possessive "'s" and "’s" are their own token with norm "'s".
  std::string norm;
};

// Tokenises the sentence `span` of `text`. Words keep internal hyphens and periods of
// abbreviations ("U.S.", "Nur-Sultan", "anti-U.S." stays one token); "Tokayev’s" becomes
// "tokayev" + "'s"; numbers keep decimal points and commas ("1.5", "10,000").
// Every token's [begin, end) lies inside `span` and text.substr(begin, end-begin) is the
// exact source of the token. Thread-safe.
//
// Details (see tokens.cc for the full rules):
//   - A hyphen after an abbreviation's period splits: "U.S.-Iranian" is "u.s." "-"
//     "iranian", so that both countries are visible to the coder.
//   - A final period stays on dotted initialisms ("U.S.", "a.m."), on the abbreviations of
//     text/abbreviations.h ("Gen.", "Jan.", "etc."; "No." only before a number) and on a
//     capital initial before a capitalised word ("J. Smith"), also at a sentence end
//     ("blamed the U.S." ends with the token "u.s.").
//   - Tokens that start with a digit and contain letters are kWord ("10bn", "1990s");
//     kNumber has only digits, "." and ",". Numeric ranges split: "2019" "-" "20".
//   - Punctuation is one token per code point (with any combining marks after it), except
//     "..." which is one token; "…" has norm "...". Dashes have norm "-", curly quotes
//     '"', curly apostrophes "'". A plural possessive apostrophe ("officials'") is a
//     punctuation token "'".
//   - An invalid UTF-8 byte is a kPunct token of its own whose norm is U+FFFD; a span
//     that cuts a multi-byte character treats the cut bytes as invalid.
//   - A span reaching past the end of `text` is clamped to it.
std::vector<Token> Tokenize(std::string_view text, Span span);

}  // namespace dyad::text
