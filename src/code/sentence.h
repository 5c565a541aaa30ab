// code/sentence.h: one sentence as the coder sees it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/tokens.h"

namespace dyad::code {

// Tokens of one sentence with their lemmas. `words[i]` views tokens[i].norm;
// `lemmas[i]` is the WordNet base form of words[i] (the word itself for non-words).
// `boundary[i]` is true for tokens that end a clause for the matcher (; : " ( ) [ ]).
// `excluded[i]` is true for tokens inside a cited-source parenthesis, which are never
// actors, verbs or dates.
struct Sentence {
  text::Span span;
  std::vector<text::Token> tokens;
  std::vector<std::string_view> words;
  std::vector<std::string> lemmas;
  std::vector<bool> boundary;
  std::vector<bool> excluded;
  size_t size() const { return tokens.size(); }
};

}  // namespace dyad::code
