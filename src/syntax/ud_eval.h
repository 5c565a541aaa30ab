// syntax/ud_eval.h: scoring a tagger and parser on gold tokenization, as CoNLL 2018 does.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "syntax/conllu.h"
#include "syntax/model.h"
#include "syntax/tree.h"

namespace dyad::syntax {

// Counts for one metric. On gold tokenization gold == system == words for the totals, so
// precision, recall and F1 are one figure; they differ per relation.
struct UdScore {
  size_t gold = 0;     // gold words the metric counts
  size_t system = 0;   // system words the metric counts
  size_t correct = 0;  // words scored right
  double Precision() const { return system ? 100.0 * correct / system : 0.0; }
  double Recall() const { return gold ? 100.0 * correct / gold : 0.0; }
  double F1() const {
    return gold + system ? 200.0 * correct / static_cast<double>(gold + system) : 0.0;
  }
};

struct UdEvaluation {
  size_t sentences = 0;
  size_t words = 0;
  UdScore upos, xpos, lemmas, uas, las;
  // LAS over content words (CoNLL 2018's CLAS: the relations of its CONTENT_DEPRELS, i.e.
  // not aux, cop, mark, det, clf, case, cc, punct): gold counts gold content words, system system content words,
  // correct the gold content words whose head and relation are right.
  UdScore clas;
  // Per universal relation ("nsubj", "obl", "punct", ...): gold = words with that gold
  // relation, system = words with that predicted relation, correct = words with that gold
  // relation whose head and relation are both right (LAS-correct).
  std::map<std::string, UdScore> relations;
};

// The universal part of a relation: "nsubj:pass" -> "nsubj", "root" -> "root".
std::string_view UniversalRelation(std::string_view deprel);

// Scores `system` against `gold`, sentence by sentence and word by word, the way
// conll18_ud_eval.py scores a system that kept the gold tokenization:
//   UPOS, XPOS: the tag is equal; Lemmas: equal, or the gold lemma is "_" (or empty);
//   UAS: the head is the same word; LAS: head and universal relation (subtypes ignored:
//   "nsubj:pass" and "nsubj" match); punctuation counts like any word.
// Fails (a message naming the 1-based sentence, and word) when the sentence counts, a
// sentence's word counts, or a word's form differ: that is not gold tokenization.
Result<UdEvaluation> EvaluateTrees(const std::vector<Tree>& gold, const std::vector<Tree>& system);

// The trees `model` gives for the gold words of `gold` (forms only; tags, lemmas and the
// tree predicted), with up to `threads` threads (0: all cores). Output in input order.
std::vector<Tree> ReparseGold(const Model& model, const Treebank& gold, int threads);

// A table in the layout of conll18_ud_eval.py --verbose (Metric | Precision | Recall |
// F1 Score), then one row per relation (gold, system, correct, P, R, F1), most frequent
// gold relation first.
void WriteUdTable(const UdEvaluation& e, std::ostream& out);
// The same as one JSON object and a newline: {"sentences", "words", "upos", "xpos",
// "lemmas", "uas", "las", "clas": F1 figures in percent, "relations": {rel: {"gold",
// "system", "correct", "precision", "recall", "f1"}}}.
void WriteUdJson(const UdEvaluation& e, std::ostream& out);

}  // namespace dyad::syntax
