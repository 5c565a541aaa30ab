// syntax/chain_model_test_util.h: a stand-in Model for tests of the code around the model.
//
// Every word's head is the word before it (the first word is the root), its relation "dep"
// ("root" for the first), its UPOS "PUNCT" when the form has no letter or digit and "X"
// otherwise, its XPOS the form's length, its lemma the form in ASCII lower case. Pure, so
// results are predictable by hand.
#pragma once

#include <cctype>
#include <string>

#include "syntax/model.h"

namespace dyad::syntax::testing {

class ChainModel : public Model {
 public:
  Status Save(const std::string&) const override { return Status::Ok(); }
  void Annotate(Tree& tree) const override {
    Tag(tree);
    Parse(tree);
  }
  void Tag(Tree& tree) const override {
    for (Word& w : tree.words) {
      bool alnum = false;
      w.lemma.clear();
      for (char c : w.form) {
        alnum |= std::isalnum(static_cast<unsigned char>(c)) != 0 || (c & 0x80) != 0;
        w.lemma += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
      w.upos = alnum ? "X" : "PUNCT";
      w.xpos = std::to_string(w.form.size());
    }
  }
  void Parse(Tree& tree) const override {
    for (size_t i = 0; i < tree.words.size(); ++i) {
      tree.words[i].head = static_cast<int>(i) - 1;
      tree.words[i].deprel = i == 0 ? "root" : "dep";
    }
  }
};

}  // namespace dyad::syntax::testing
