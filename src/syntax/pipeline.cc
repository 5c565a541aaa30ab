// syntax/pipeline.cc: tokens -> UD words -> tagged and parsed Tree.
#include "syntax/pipeline.h"

#include <cstdlib>

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

std::string DefaultModelPath() {
  const char* env = std::getenv("DYAD_MODEL");
  if (env != nullptr && *env != '\0') return env;
  // The dictionaries' source folder is <source tree>/dictionaries; the model sits beside it.
  return std::string(DYAD_DICT_SOURCE_DIR) + "/../models/en-ud.bin";
}

}  // namespace dyad::syntax
