// syntax/model_score.cc: see model_score.h.
#include "syntax/model_score.h"

#include <string_view>

namespace dyad::syntax {
namespace {

std::string_view Universal(std::string_view rel) { return rel.substr(0, rel.find(':')); }

}  // namespace

void ScoreCounter::Add(const Tree& gold, const Tree& predicted) {
  for (size_t i = 0; i < gold.size() && i < predicted.size(); ++i) {
    const Word &g = gold.words[i], &p = predicted.words[i];
    ++words_;
    upos_ += g.upos == p.upos;
    xpos_ += g.xpos == p.xpos;
    lemma_ += g.lemma == p.lemma;
    bool head = g.head == p.head;
    uas_ += head;
    las_ += head && Universal(g.deprel) == Universal(p.deprel);
    las_full_ += head && g.deprel == p.deprel;
  }
}

SyntaxScores ScoreCounter::Scores() const {
  SyntaxScores s;
  s.words = words_;
  if (words_ == 0) return s;
  auto pct = [&](size_t n) { return 100.0 * static_cast<double>(n) / static_cast<double>(words_); };
  s.upos = pct(upos_);
  s.xpos = pct(xpos_);
  s.lemma = pct(lemma_);
  s.uas = pct(uas_);
  s.las = pct(las_);
  s.las_full = pct(las_full_);
  return s;
}

SyntaxScores ScoreModel(const Model& model, const Treebank& gold, bool gold_tags) {
  ScoreCounter counter;
  for (const auto& s : gold.sentences) {
    Tree t;
    for (const Word& g : s.tree.words) {
      Word w;
      w.form = g.form;
      if (gold_tags) w.upos = g.upos, w.xpos = g.xpos, w.lemma = g.lemma;
      t.words.push_back(std::move(w));
    }
    if (gold_tags) model.Parse(t);
    else model.Annotate(t);
    counter.Add(s.tree, t);
  }
  return counter.Scores();
}

}  // namespace dyad::syntax
