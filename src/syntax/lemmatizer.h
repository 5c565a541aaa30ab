// syntax/lemmatizer.h: UD lemmas from the form and the Penn tag, learned from a treebank.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "syntax/binary_io.h"
#include "syntax/tree.h"

namespace dyad::syntax {

class Lemmatizer {
 public:
  // The lemma of `form` tagged `xpos`: lower case, except proper nouns (NNP, NNPS) which
  // keep their case. Thread-safe.
  std::string Lemma(const std::string& form, const std::string& xpos) const;
  static Lemmatizer Train(const std::vector<const Tree*>& train);
  void Save(BinaryWriter& out) const;
  bool Load(BinaryReader& in);
  size_t num_rules() const { return rules_.size(); }
  size_t num_exceptions() const { return exceptions_.size(); }

 private:
  struct Rule {
    uint8_t strip = 0;   // bytes removed from the end
    std::string append;  // then appended
  };
  std::string ByRules(const std::string& base, const std::string& xpos) const;
  std::unordered_map<std::string, Rule> rules_;              // "XPOS\tsuffix" -> rule
  std::unordered_map<std::string, std::string> exceptions_;  // "XPOS\tbase" -> lemma
};

}  // namespace dyad::syntax
