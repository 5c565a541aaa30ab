// syntax/pipeline.h: a sentence of a document in, its parsed Tree out.
//
// This is what the coder calls: text::Tokenize, UdWords (ud_tokens.h), Model::Annotate.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "syntax/model.h"
#include "syntax/tree.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace dyad::syntax {

// The parsed sentence `span` of `doc_text`: UD words (UdWords) with byte offsets into
// `doc_text` and source_token indices into text::Tokenize(doc_text, span), filled by
// `model`. A span with no tokens gives an empty Tree (the model is not called).
// Pure and thread-safe: the result depends only on the model and the bytes.
Tree AnalyzeSentence(const Model& model, std::string_view doc_text, text::Span span);

// The same from the sentence's tokens when the caller has them already (the coder
// tokenizes each sentence once). REQUIRES: `tokens` came from text::Tokenize(doc_text, ...).
Tree AnalyzeTokens(const Model& model, std::string_view doc_text,
                   const std::vector<text::Token>& tokens);

// Every sentence of a document (text::SplitSentences), in order.
std::vector<Tree> AnalyzeDocument(const Model& model, std::string_view doc_text);

}  // namespace dyad::syntax
