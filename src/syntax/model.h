// syntax/model.h: the trained tagger, lemmatizer and dependency parser as one model.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "syntax/conllu.h"
#include "syntax/tree.h"

namespace dyad::syntax {

struct TrainOptions {
  int tagger_iterations = 0;  // 0: the trainer's default
  int parser_iterations = 0;
  unsigned seed = 1;          // training is deterministic given the data and the seed
  int threads = 1;
  bool verbose = false;       // progress and dev scores per iteration on stderr
  // The parser trains on tags predicted by taggers trained on the other folds of the
  // training set (jackknifing), so its input in training is as noisy as in use. 0 or 1:
  // the training set is tagged by the final tagger instead (for tiny treebanks).
  int jackknife_folds = 4;
  // Averaged parser weights below this magnitude are dropped from the model (size).
  float prune = 0.0f;
};

class Model {
 public:
  // Loads a model written by Save. Fails with a message naming the file when it is
  // missing, truncated or of another version.
  static Result<std::shared_ptr<const Model>> Load(const std::string& path);
  // Trains on `train`, using `dev` to pick the best iteration (may be empty).
  static Result<std::shared_ptr<const Model>> Train(const Treebank& train, const Treebank& dev,
                                                    const TrainOptions& options);
  virtual ~Model() = default;
  virtual Status Save(const std::string& path) const = 0;

  // Fills upos, xpos, lemma, head and deprel of every word of `tree` from the words'
  // forms (offsets and source_token are left as they are). Pure and thread-safe: the
  // result depends only on the model and the forms.
  virtual void Annotate(Tree& tree) const = 0;
  // Only tags (upos, xpos, lemma), for scoring the tagger alone and for callers that do not
  // need the tree.
  virtual void Tag(Tree& tree) const = 0;
  // Only the tree, from the tags already in `tree` (gold tags in evaluation).
  virtual void Parse(Tree& tree) const = 0;
};

}  // namespace dyad::syntax
