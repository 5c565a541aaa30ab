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
std::vector<Token> Tokenize(std::string_view text, Span span);

}  // namespace dyad::text
