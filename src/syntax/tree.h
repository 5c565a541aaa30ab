// syntax/tree.h: one sentence as the syntax stage gives it to the coder: UD tokens with
// byte offsets, tags, lemmas and a labelled dependency tree (UD v2 relations).
//
// This is the contract between the stages: syntax/ud_tokens.h makes the Words from dyad's
// tokens (forms only), syntax/model.h fills tags, lemmas, heads and relations, the coder
// reads them. Nothing here owns or points into a model, so a Tree outlives everything.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::syntax {

struct Word {
  uint32_t begin = 0;  // byte offsets into the ORIGINAL document text, [begin, end)
  uint32_t end = 0;
  std::string form;    // the word as UD writes it: the source bytes, except that curly
                       // quotes/apostrophes are ASCII ("n’t" -> "n't") and dashes "-"/"--"
  std::string lemma;   // UD lemma, lower case except for proper nouns ("be", "Iran")
  std::string upos;    // UD universal tag: "NOUN", "PROPN", "VERB", "AUX", "ADP", ...
  std::string xpos;    // Penn Treebank tag: "NN", "NNP", "VBD", "MD", "IN", ...
  int head = -1;       // index of the head word in Tree::words, -1 for the root
  std::string deprel;  // UD v2 relation with subtype: "nsubj", "nsubj:pass", "obl:agent",
                       // "acl:relcl", "nmod:poss", "compound:prt", ...; "root" for the root
  int source_token = -1;  // index of the dyad text::Token this word came from (a token
                          // such as "don't" gives two words, "do" and "n't", with the same
                          // source_token); -1 for words read from CoNLL-U
};

struct Tree {
  std::vector<Word> words;
  size_t size() const { return words.size(); }
  // The first dependent of `i` (in text order) whose relation is exactly `rel`, or -1:
  // "nsubj" does not find "nsubj:pass". O(n).
  int Child(int i, std::string_view rel) const;
};

}  // namespace dyad::syntax
