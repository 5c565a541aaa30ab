// syntax/tagger.h: the part-of-speech tagger (Penn XPOS and UD UPOS as one joint tag).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "syntax/binary_io.h"
#include "syntax/perceptron.h"
#include "syntax/tree.h"

namespace dyad::syntax {

struct TaggerTrainOptions {
  int iterations = 10;  // passes over the training set; the best on dev is kept
  unsigned seed = 1;    // order of the sentences in each pass
  bool verbose = false; // one line per pass on stderr
};

class Tagger {
 public:
  // Fills upos and xpos of every word from the forms. Thread-safe.
  void Tag(Tree& tree) const;
  // Trains on the gold tags of `train`; `dev` (may be empty) picks the best pass.
  static Tagger Train(const std::vector<const Tree*>& train, const std::vector<const Tree*>& dev,
                      const TaggerTrainOptions& options);
  void Save(BinaryWriter& out) const;
  bool Load(BinaryReader& in);
  size_t num_features() const { return weights_.num_features(); }

 private:
  // Per-word hashes computed once per sentence.
  struct WordKeys {
    uint64_t lower, form, shape, pre1, suf1, suf2, suf3, suf4, pre2, pre3, pre4, suf5;
  };
  static std::vector<WordKeys> Keys(const Tree& tree);
  // The features of word i given the two previous predicted tags (-1: none).
  static void Features(const std::vector<WordKeys>& k, size_t i, int prev, int prev2,
                       std::vector<uint64_t>* out);
  int TagDictLookup(const std::string& form) const;
  // Training steps: the classes and the tag dictionary from the training set; the class of
  // a gold word (-1 if unseen); one pass; the dev accuracy.
  void BuildClasses(const std::vector<const Tree*>& train);
  int ClassOf(const Word& w) const;
  double TrainPass(const std::vector<const Tree*>& train, const std::vector<size_t>& order,
                   AveragedPerceptron& model) const;
  double DevAccuracy(const std::vector<const Tree*>& dev) const;
  void SetTag(Word& w, int cls) const;

  std::vector<std::string> xpos_, upos_;              // per class
  std::unordered_map<std::string, int> tag_dict_;     // unambiguous frequent forms -> class
  WeightTable weights_;
};

}  // namespace dyad::syntax
