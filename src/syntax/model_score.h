// syntax/model_score.h: a small internal scorer for training and model figures: tag and
// attachment accuracy of a model on a gold treebank with gold tokenization. The figures
// follow CoNLL 2018's definitions on gold tokens (punctuation included; LAS compares only
// the universal part of the relation, "nmod" for "nmod:poss"). The full CoNLL 2018 scorer
// with per-relation tables is syntax/ud_eval.h.
#pragma once

#include <cstddef>

#include "syntax/conllu.h"
#include "syntax/model.h"

namespace dyad::syntax {

struct SyntaxScores {
  size_t words = 0;
  double upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;  // percentages
  double las_full = 0;  // LAS with the full relation, subtypes included
};

// Adds one sentence's comparison. REQUIRES: gold.size() == predicted.size().
class ScoreCounter {
 public:
  void Add(const Tree& gold, const Tree& predicted);
  SyntaxScores Scores() const;

 private:
  size_t words_ = 0, upos_ = 0, xpos_ = 0, lemma_ = 0, uas_ = 0, las_ = 0, las_full_ = 0;
};

// Tags and parses every sentence of `gold` from its forms with `model` (predicted tags)
// and scores the result. With `gold_tags`, parses from the gold tags instead.
SyntaxScores ScoreModel(const Model& model, const Treebank& gold, bool gold_tags = false);

}  // namespace dyad::syntax
