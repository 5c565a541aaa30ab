// code/analyze.cc: a sentence's tokens, words, lemmas and clause boundaries.
#include "code/analyze.h"

namespace dyad::code {

Sentence Analyze(std::string_view doc_text, text::Span span, const lex::Lemmatizer& lemmatizer) {
  Sentence s;
  s.span = span;
  s.tokens = text::Tokenize(doc_text, span);
  const size_t n = s.tokens.size();
  s.words.reserve(n);
  s.lemmas.reserve(n);
  s.boundary.assign(n, false);
  s.excluded.assign(n, false);
  for (size_t i = 0; i < n; ++i) {
    auto& t = s.tokens[i];
    // "US" in capitals is the country, never the pronoun "us".
    if (t.norm == "us" && t.all_caps) t.norm = "u.s.";
    s.words.push_back(t.norm);
    std::string lemma = t.kind == text::TokenKind::kWord ? lemmatizer.Lemma(t.norm) : t.norm;
    // "cease-fire", "re-opened", "peace-keeping": the lemma is the closed-up word's
    // ("ceasefire", "reopen", "peacekeeping"), so one pattern serves both spellings; the
    // word itself keeps its hyphen for actor names ("Saudi-led", "al-Qaeda").
    if (t.kind == text::TokenKind::kWord && t.norm.find('-') != std::string::npos &&
        lemma == t.norm) {
      std::string closed;
      for (char ch : t.norm)
        if (ch != '-') closed += ch;
      if (!closed.empty()) lemma = lemmatizer.Lemma(closed);
    }
    s.lemmas.push_back(std::move(lemma));
    std::string_view w = t.norm;
    s.boundary[i] = w == ";" || w == ":" || w == "\"" || w == "(" || w == ")" || w == "[" ||
                    w == "]" || w == "." || w == "?" || w == "!";
  }
  return s;
}

}  // namespace dyad::code
