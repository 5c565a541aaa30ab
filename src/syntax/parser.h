// syntax/parser.h: the labelled dependency parser (arc-hybrid, greedy, averaged perceptron).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "syntax/binary_io.h"
#include "syntax/perceptron.h"
#include "syntax/tree.h"

namespace dyad::syntax {

struct ParserTrainOptions {
  int iterations = 15;       // passes over the training set; the best on dev is kept
  unsigned seed = 1;         // sentence order and exploration draws
  int explore_from = 2;      // from this pass on, follow the model's own (possibly wrong)
  double explore_p = 0.9;    // transition with this probability (dynamic oracle)
  float prune = 0.0f;        // averaged weights below this magnitude are dropped
  bool verbose = false;      // one line per pass on stderr
};

class Parser {
 public:
  // Fills head and deprel of every word from form, upos and xpos. Always a tree with one
  // root ("root"). Thread-safe.
  void Parse(Tree& tree) const;
  // Trains on gold heads and relations of `train` with the tags in it (predicted tags,
  // so that training matches parsing); `dev` (gold trees with predicted tags, may be
  // empty) picks the best pass.
  static Parser Train(const std::vector<const Tree*>& train, const std::vector<const Tree*>& dev,
                      const ParserTrainOptions& options);
  void Save(BinaryWriter& out) const;
  bool Load(BinaryReader& in);
  size_t num_features() const { return weights_.num_features(); }
  size_t num_weights() const { return weights_.num_weights(); }

  // Makes a tree projective by lifting non-projective arcs (the shortest first) to the
  // head's head until none is left; heads are 0-based with -1 for the root. Exposed for tests.
  static std::vector<int> Projectivize(std::vector<int> heads);

 private:
  std::vector<std::string> labels_;  // labels_[0] is "root"
  WeightTable weights_;
};

}  // namespace dyad::syntax
