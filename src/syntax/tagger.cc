// syntax/tagger.cc: a greedy left-to-right averaged-perceptron tagger.
//
// Idea (Collins 2002; the feature set follows Ratnaparkhi 1996 and Honnibal's 2013 "A good
// part-of-speech tagger in about 200 lines"): each word gets the class with the highest
// perceptron score, from features of the word (lower-cased form, exact form, prefixes of
// 1-4 bytes, suffixes of 1-5 bytes, shape such as "Xx" or "d.d"), its neighbours two either side, and
// the two tags already predicted to its left. A class is a joint (XPOS, UPOS) pair seen in
// training, so the two tag sets always agree. Frequent words (>= 20 times) seen with one
// class in >= 97% of cases take it from a tag dictionary without scoring.
//
// Training runs the tagger over the shuffled training set and updates on every mistake,
// with its own predicted previous tags as features (so training sees what tagging sees).
// The averaged weights of the best pass on dev are kept.
// Cost: O(words x features); no allocation per word after the first.
#include "syntax/tagger.h"

#include <algorithm>
#include <iostream>
#include <map>
#include <random>

#include "syntax/features.h"

namespace dyad::syntax {
namespace {

constexpr uint64_t kPad = 0x5eed5eed5eedULL;  // a missing neighbour

std::string Lower(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// "Xx" for "Paris", "d.d" for "3.5", "x-x" for "well-known"; non-ASCII bytes give 'u'.
std::string Shape(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    char m = (c >= 'A' && c <= 'Z') ? 'X' : (c >= 'a' && c <= 'z') ? 'x' : (c >= '0' && c <= '9') ? 'd'
             : c >= 0x80 ? 'u' : static_cast<char>(c);
    if (out.empty() || out.back() != m) out.push_back(m);
  }
  return out;
}

uint64_t Suffix(const std::string& s, size_t n) {
  return s.size() >= n ? HashString(std::string_view(s).substr(s.size() - n)) : kPad;
}

uint64_t Prefix(const std::string& s, size_t n) {
  return s.size() >= n ? HashString(std::string_view(s).substr(0, n)) : kPad;
}

}  // namespace

std::vector<Tagger::WordKeys> Tagger::Keys(const Tree& tree) {
  std::vector<WordKeys> keys(tree.size());
  for (size_t i = 0; i < tree.size(); ++i) {
    const std::string& f = tree.words[i].form;
    std::string l = Lower(f);
    keys[i] = {HashString(l), HashString(f), HashString(Shape(f)),
               f.empty() ? kPad : HashString(std::string_view(f).substr(0, 1)),
               Suffix(l, 1), Suffix(l, 2), Suffix(l, 3), Suffix(l, 4),
               Prefix(l, 2), Prefix(l, 3), Prefix(l, 4), Suffix(l, 5)};
  }
  return keys;
}

void Tagger::Features(const std::vector<WordKeys>& k, size_t i, int prev, int prev2,
                      std::vector<uint64_t>* out) {
  const WordKeys pad{kPad, kPad, kPad, kPad, kPad, kPad, kPad, kPad, kPad, kPad, kPad, kPad};
  auto at = [&](long j) -> const WordKeys& {
    return j < 0 || j >= static_cast<long>(k.size()) ? pad : k[j];
  };
  const long n = static_cast<long>(i);
  const WordKeys &w = k[i], &p1 = at(n - 1), &p2 = at(n - 2), &n1 = at(n + 1), &n2 = at(n + 2);
  const uint64_t t1 = static_cast<uint64_t>(prev + 2), t2 = static_cast<uint64_t>(prev2 + 2);
  out->clear();
  out->insert(out->end(), {
      Feature(0, 0), Feature(1, w.lower), Feature(2, w.form), Feature(3, w.shape),
      Feature(4, w.pre1), Feature(5, w.suf1), Feature(6, w.suf2), Feature(7, w.suf3),
      Feature(8, w.suf4), Feature(9, t1), Feature(10, t1, t2), Feature(11, t1, w.lower),
      Feature(12, p1.lower), Feature(13, p1.suf3), Feature(14, p2.lower), Feature(15, n1.lower),
      Feature(16, n1.suf3), Feature(17, n2.lower), Feature(18, n1.shape), Feature(19, p1.shape),
      Feature(20, i == 0, w.shape), Feature(21, p1.lower, w.lower), Feature(22, w.lower, n1.lower),
      Feature(23, t1, w.suf3), Feature(24, t1, n1.lower), Feature(25, n1.suf2), Feature(26, p1.suf2),
      Feature(27, w.pre2), Feature(28, w.pre3), Feature(29, w.pre4), Feature(30, w.suf5),
  });
}

int Tagger::TagDictLookup(const std::string& form) const {
  auto it = tag_dict_.find(form);
  return it == tag_dict_.end() ? -1 : it->second;
}

void Tagger::SetTag(Word& w, int cls) const {
  w.xpos = xpos_[cls];
  w.upos = upos_[cls];
}

void Tagger::Tag(Tree& tree) const {
  std::vector<WordKeys> keys = Keys(tree);
  thread_local std::vector<uint64_t> feats;  // reused by the sentences a thread tags
  thread_local std::vector<int32_t> scores;
  scores.resize(xpos_.size());
  int prev = -1, prev2 = -1;
  for (size_t i = 0; i < tree.size(); ++i) {
    int best = TagDictLookup(tree.words[i].form);
    if (best < 0) {
      Features(keys, i, prev, prev2, &feats);
      std::fill(scores.begin(), scores.end(), 0);
      weights_.Score(feats, scores);
      best = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    }
    SetTag(tree.words[i], best);
    prev2 = prev;
    prev = best;
  }
}

void Tagger::BuildClasses(const std::vector<const Tree*>& train) {
  std::map<std::string, int> class_of;  // "XPOS\tUPOS", sorted for determinism
  for (const Tree* tree : train)
    for (const Word& w : tree->words) class_of.emplace(w.xpos + "\t" + w.upos, 0);
  for (auto& [key, id] : class_of) {
    id = static_cast<int>(xpos_.size());
    size_t tab = key.find('\t');
    xpos_.push_back(key.substr(0, tab));
    upos_.push_back(key.substr(tab + 1));
  }
  std::map<std::string, std::map<int, int>> counts;
  for (const Tree* tree : train)
    for (const Word& w : tree->words) ++counts[w.form][class_of[w.xpos + "\t" + w.upos]];
  for (const auto& [form, by_class] : counts) {
    int total = 0, best = 0, best_cls = 0;
    for (auto [cls, n] : by_class) {
      total += n;
      if (n > best) best = n, best_cls = cls;
    }
    if (total >= 20 && best >= 0.97 * total) tag_dict_[form] = best_cls;
  }
}

int Tagger::ClassOf(const Word& w) const {
  for (size_t c = 0; c < xpos_.size(); ++c)
    if (xpos_[c] == w.xpos && upos_[c] == w.upos) return static_cast<int>(c);
  return -1;
}

// One pass over `order`; returns the share of training words tagged right before the update.
double Tagger::TrainPass(const std::vector<const Tree*>& train, const std::vector<size_t>& order,
                         AveragedPerceptron& model) const {
  std::vector<uint64_t> feats;
  std::vector<float> scores(xpos_.size());
  size_t right = 0, total = 0;
  for (size_t s : order) {
    const Tree& tree = *train[s];
    std::vector<WordKeys> keys = Keys(tree);
    int prev = -1, prev2 = -1;
    for (size_t i = 0; i < tree.size(); ++i) {
      const Word& w = tree.words[i];
      int gold = ClassOf(w);
      int guess = TagDictLookup(w.form);
      if (guess < 0) {
        Features(keys, i, prev, prev2, &feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        model.Score(feats, scores);
        guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        model.Update(feats, gold, guess);
      }
      right += guess == gold;
      ++total;
      prev2 = prev;
      prev = guess;
    }
  }
  return 100.0 * static_cast<double>(right) / static_cast<double>(std::max<size_t>(total, 1));
}

// Words of `dev` with both XPOS and UPOS right, and with UPOS right, in percent; -1 without dev.
std::pair<double, double> Tagger::DevAccuracy(const std::vector<const Tree*>& dev) const {
  size_t right = 0, upos = 0, total = 0;
  for (const Tree* gold : dev) {
    Tree tree = *gold;
    Tag(tree);
    for (size_t i = 0; i < tree.size(); ++i, ++total) {
      upos += tree.words[i].upos == gold->words[i].upos;
      right += tree.words[i].xpos == gold->words[i].xpos && tree.words[i].upos == gold->words[i].upos;
    }
  }
  if (total == 0) return {-1, -1};
  const double n = static_cast<double>(total);
  return {100.0 * static_cast<double>(right) / n, 100.0 * static_cast<double>(upos) / n};
}

Tagger Tagger::Train(const std::vector<const Tree*>& train, const std::vector<const Tree*>& dev,
                     const TaggerTrainOptions& options) {
  Tagger t;
  t.BuildClasses(train);
  AveragedPerceptron model(static_cast<int>(t.xpos_.size()));
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  double best_acc = -2;
  WeightTable best_weights;
  for (int it = 1; it <= options.iterations; ++it) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    double train_acc = t.TrainPass(train, order, model);
    t.weights_ = model.Freeze(0.0f);
    auto [joint, upos] = t.DevAccuracy(dev);
    double acc = dev.empty() ? train_acc : joint;
    if (options.verbose)
      std::cerr << "tagger pass " << it << ": train " << train_acc << "%; dev UPOS " << upos
                << "% XPOS+UPOS " << joint << "%; features " << t.weights_.num_features() << "\n";
    if (acc > best_acc) best_acc = acc, best_weights = t.weights_;
  }
  t.weights_ = std::move(best_weights);
  return t;
}

void Tagger::Save(BinaryWriter& out) const {
  out.Put<uint32_t>(static_cast<uint32_t>(xpos_.size()));
  for (size_t i = 0; i < xpos_.size(); ++i) {
    out.PutString(xpos_[i]);
    out.PutString(upos_[i]);
  }
  std::map<std::string, int> sorted(tag_dict_.begin(), tag_dict_.end());
  out.Put<uint32_t>(static_cast<uint32_t>(sorted.size()));
  for (const auto& [form, cls] : sorted) {
    out.PutString(form);
    out.Put<uint16_t>(static_cast<uint16_t>(cls));
  }
  weights_.Save(out);
}

bool Tagger::Load(BinaryReader& in) {
  uint32_t n;
  if (!in.Get(&n) || n == 0 || n > 65535) return false;
  xpos_.resize(n);
  upos_.resize(n);
  for (uint32_t i = 0; i < n; ++i)
    if (!in.GetString(&xpos_[i]) || !in.GetString(&upos_[i])) return false;
  uint32_t d;
  if (!in.Get(&d)) return false;
  tag_dict_.clear();
  tag_dict_.reserve(d);
  for (uint32_t i = 0; i < d; ++i) {
    std::string form;
    uint16_t cls;
    if (!in.GetString(&form) || !in.Get(&cls) || cls >= n) return false;
    tag_dict_[form] = cls;
  }
  return weights_.Load(in) && weights_.num_classes() == static_cast<int>(n);
}

}  // namespace dyad::syntax
