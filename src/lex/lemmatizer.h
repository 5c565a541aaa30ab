// lex/lemmatizer.h: base forms of English words from WordNet's morphology.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::lex {

class Lemmatizer {
 public:
  // Opens WordNet's data in `dir` (Debian's wordnet-base: /usr/share/wordnet).
  // Fails with a message naming the directory when the data is missing.
  static Result<std::unique_ptr<Lemmatizer>> Open(const std::string& dir);
  virtual ~Lemmatizer() = default;

  // The base form of a lower-case word: the verb base if the word is an inflected verb
  // ("visited" -> "visit", "made" -> "make", "was" -> "be"), else the noun base
  // ("crises" -> "crisis", "talks" -> "talk"), else the adjective base, else the word.
  // Thread-safe; fast after the first call for a word.
  virtual std::string Lemma(std::string_view lower_word) const = 0;

  // The base form as the given part of speech only; "" when WordNet has none.
  enum class Pos { kNoun, kVerb, kAdj };
  virtual std::string LemmaAs(std::string_view lower_word, Pos pos) const = 0;
};

}  // namespace dyad::lex
