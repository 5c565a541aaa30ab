// code/analyze.h: from a sentence span to the coder's Sentence (tokens, lemmas, flags).
#pragma once

#include <string_view>

#include "code/sentence.h"
#include "lex/lemmatizer.h"

namespace dyad::code {

// Tokenises `span` of `doc_text`, lemmatises its words and marks clause boundaries.
// Nothing is excluded yet (context/citations.h marks citations).
Sentence Analyze(std::string_view doc_text, text::Span span, const lex::Lemmatizer& lemmatizer);

}  // namespace dyad::code
