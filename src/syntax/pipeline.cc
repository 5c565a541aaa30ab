// syntax/pipeline.cc: tokens -> UD words -> tagged and parsed Tree.
#include "syntax/pipeline.h"

#include "syntax/ud_tokens.h"

namespace dyad::syntax {

Tree AnalyzeTokens(const Model& model, std::string_view doc_text,
                   const std::vector<text::Token>& tokens) {
  Tree tree;
  tree.words = UdWords(doc_text, tokens);
  if (!tree.words.empty()) model.Annotate(tree);
  return tree;
}

Tree AnalyzeSentence(const Model& model, std::string_view doc_text, text::Span span) {
  return AnalyzeTokens(model, doc_text, text::Tokenize(doc_text, span));
}

std::vector<Tree> AnalyzeDocument(const Model& model, std::string_view doc_text) {
  std::vector<Tree> out;
  for (const text::Span& s : text::SplitSentences(doc_text))
    out.push_back(AnalyzeSentence(model, doc_text, s));
  return out;
}

}  // namespace dyad::syntax
