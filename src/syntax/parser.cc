// syntax/parser.cc: a greedy arc-hybrid transition parser with an averaged perceptron.
//
// Transition system (Kuhlmann, Gomez-Rodriguez & Satta 2011): a stack (ROOT at the
// bottom) and a buffer of the words left to right. SHIFT moves the first buffer word b0
// onto the stack; LEFT(l) makes b0 the head of the stack top s0 with relation l and pops
// s0; RIGHT(l) makes the word below, s1, the head of s0 and pops s0. RIGHT onto ROOT is
// allowed only when the buffer is empty and its relation is "root", so every parse is a
// tree with a single root. Each word is shifted once and popped once: 2n transitions, O(n)
// each for features, so parsing is linear in the sentence length.
//
// Model: one averaged perceptron over 2L+1 classes (SHIFT, LEFT(l), RIGHT(l)) with
// ~80 hashed feature templates after Zhang & Nivre (2011): words and Penn tags of s0..s2,
// b0..b2, the two leftmost and rightmost children of s0 and s1 and the leftmost of b0 with
// their relations, distances, valencies and label sets.
//
// Training uses Goldberg & Nivre's (2013) dynamic oracle: the cost of a transition is the
// number of gold arcs it makes unreachable (exact for projective trees, computed in O(n)),
// the update is towards the best-scoring zero-cost transition, and from pass
// `explore_from` the parser follows its own prediction with probability `explore_p`, so
// it learns to recover from its mistakes. Non-projective training trees are made
// projective first by lifting arcs (about 2% of EWT sentences are affected).
#include "syntax/parser.h"

#include <algorithm>
#include <iostream>
#include <map>
#include <random>

#include "syntax/features.h"
#include "syntax/model_score.h"

namespace dyad::syntax {
namespace {

constexpr uint64_t kNone = 0x6e6f6e65ULL;     // no word in this position
constexpr uint64_t kRootKey = 0x726f6f74ULL;  // the ROOT pseudo-word

struct WordKeys {
  uint64_t w, t;  // lower-cased form, Penn tag
};

// Fills `keys` (reused between sentences) with the words' hashes, ROOT last.
void FillKeys(const Tree& tree, std::vector<WordKeys>& keys) {
  keys.resize(tree.size() + 1);
  std::string l;
  for (size_t i = 0; i < tree.size(); ++i) {
    l = tree.words[i].form;
    for (char& c : l)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    keys[i] = {HashString(l), HashString(tree.words[i].xpos)};
  }
  keys[tree.size()] = {kRootKey, kRootKey};
}

std::vector<WordKeys> Keys(const Tree& tree) {
  std::vector<WordKeys> keys;
  FillKeys(tree, keys);
  return keys;
}

// The parser configuration. Word n is ROOT.
struct State {
  State() = default;
  explicit State(int n) { Reset(n); }
  // Back to the initial configuration for a sentence of n words, keeping the capacity.
  void Reset(int words) {
    n = words;
    b = 0;
    for (auto* v : {&head, &label, &lc1, &lc2, &rc1, &rc2}) v->assign(n + 1, -1);
    nl.assign(n + 1, 0);
    nr.assign(n + 1, 0);
    stack.clear();
    stack.push_back(n);
  }
  int n = 0, b = 0;
  std::vector<int> stack, head, label, lc1, lc2, rc1, rc2, nl, nr;

  bool Terminal() const { return b == n && stack.size() == 1; }
  int S(size_t k) const { return stack.size() > k ? stack[stack.size() - 1 - k] : -1; }
  int B(int k) const { return b + k < n ? b + k : -1; }
  bool CanShift() const { return b < n; }
  bool CanLeft() const { return b < n && stack.size() > 1; }
  bool CanRight() const { return stack.size() > 2 || (stack.size() == 2 && b == n); }
  void Attach(int h, int d, int l) {
    head[d] = h;
    label[d] = l;
    if (d < h) lc2[h] = lc1[h], lc1[h] = d, ++nl[h];
    else rc2[h] = rc1[h], rc1[h] = d, ++nr[h];
  }
  // Class 0: SHIFT; 1..L: LEFT(l-1); L+1..2L: RIGHT(l-L-1).
  void Apply(int cls, int num_labels) {
    if (cls == 0) {
      stack.push_back(b++);
    } else if (cls <= num_labels) {
      Attach(b, stack.back(), cls - 1);
      stack.pop_back();
    } else {
      Attach(S(1), stack.back(), cls - 1 - num_labels);
      stack.pop_back();
    }
  }
};

// Whether class `cls` may be applied; label 0 ("root") only for the arc from ROOT.
bool Valid(const State& s, int cls, int num_labels) {
  if (cls == 0) return s.CanShift();
  if (cls <= num_labels) return s.CanLeft() && cls - 1 != 0;
  if (!s.CanRight()) return false;
  bool onto_root = s.S(1) == s.n;
  return onto_root == (cls - 1 - num_labels == 0);
}

// The features that depend only on the buffer (b0..b2) and the bias: the same for all the
// transitions between two SHIFTs, so parsing scores them once per buffer position.
void BufferFeatures(const State& s, const std::vector<WordKeys>& k, std::vector<uint64_t>* out) {
  auto W = [&](int i) { return i < 0 ? kNone : k[i].w; };
  auto T = [&](int i) { return i < 0 ? kNone : k[i].t; };
  const int b0 = s.B(0), b1 = s.B(1), b2 = s.B(2);
  const uint64_t b0w = W(b0), b0t = T(b0), b1w = W(b1), b1t = T(b1), b2t = T(b2);
  out->clear();
  out->insert(out->end(), {
      Feature(0, 0), Feature(7, b0w), Feature(8, b0t), Feature(9, Mix(b0w, b0t)), Feature(10, b1w),
      Feature(11, b1t), Feature(12, Mix(b1w, b1t)), Feature(13, W(b2)), Feature(14, b2t),
      Feature(27, b0t, b1t), Feature(35, b0w, b1w), Feature(40, b0t, b1t, b2t),
  });
}

// The other features: the stack, children, distances and valencies, with the buffer.
void StackFeatures(const State& s, const std::vector<WordKeys>& k, std::vector<uint64_t>* out) {
  auto W = [&](int i) { return i < 0 ? kNone : k[i].w; };
  auto T = [&](int i) { return i < 0 ? kNone : k[i].t; };
  auto L = [&](int i) { return i < 0 ? kNone : static_cast<uint64_t>(s.label[i] + 1); };
  auto at = [&](const std::vector<int>& v, int i) { return i < 0 ? -1 : v[i]; };
  const int s0 = s.S(0), s1 = s.S(1), s2 = s.S(2), b0 = s.B(0), b1 = s.B(1);
  const int s0l = at(s.lc1, s0), s0l2 = at(s.lc2, s0), s0r = at(s.rc1, s0), s0r2 = at(s.rc2, s0);
  const int s1l = at(s.lc1, s1), s1r = at(s.rc1, s1), s1r2 = at(s.rc2, s1);
  const int b0l = at(s.lc1, b0), b0l2 = at(s.lc2, b0);
  const uint64_t s0w = W(s0), s0t = T(s0), s1w = W(s1), s1t = T(s1), b0w = W(b0), b0t = T(b0);
  const uint64_t b1w = W(b1), b1t = T(b1);
  const uint64_t s0wt = Mix(s0w, s0t), s1wt = Mix(s1w, s1t), b0wt = Mix(b0w, b0t);
  auto dist = [&](int a, int c) -> uint64_t {
    if (a < 0 || c < 0 || a == s.n || c == s.n) return 0;
    return static_cast<uint64_t>(std::min(std::abs(c - a), 6));
  };
  const uint64_t d0 = dist(s0, b0), d1 = dist(s1, s0);
  const uint64_t vl0 = s0 < 0 ? 99 : s.nl[s0], vr0 = s0 < 0 ? 99 : s.nr[s0];
  const uint64_t vr1 = s1 < 0 ? 99 : s.nr[s1], vl1 = s1 < 0 ? 99 : s.nl[s1];
  const uint64_t vlb = b0 < 0 ? 99 : s.nl[b0];
  out->clear();
  out->insert(out->end(), {
      // single words
      Feature(1, s0w), Feature(2, s0t), Feature(3, s0wt), Feature(4, s1w), Feature(5, s1t),
      Feature(6, s1wt), Feature(15, W(s2)), Feature(16, T(s2)),
      // pairs
      Feature(20, s0wt, b0wt), Feature(21, s0wt, b0w), Feature(22, s0w, b0wt), Feature(23, s0wt, b0t),
      Feature(24, s0t, b0wt), Feature(25, s0w, b0w), Feature(26, s0t, b0t),
      Feature(28, s1wt, s0wt), Feature(29, s1t, s0t), Feature(30, s1w, s0w), Feature(31, s1t, s0w),
      Feature(32, s1w, s0t), Feature(33, s1wt, s0t), Feature(34, s1t, s0wt),
      Feature(36, s0w, b1w), Feature(37, s1t, b0t), Feature(38, s1w, b0w),
      // triples of tags
      Feature(41, s0t, b0t, b1t), Feature(42, s1t, s0t, b0t),
      Feature(43, s0t, T(s0l), b0t), Feature(44, s0t, T(s0r), b0t), Feature(45, s0t, b0t, T(b0l)),
      Feature(46, s1t, s0t, T(s0l)), Feature(47, s1t, s0t, T(s0r)), Feature(48, s1t, T(s1r), s0t),
      Feature(49, s1t, T(s1l), s0t), Feature(50, T(s2), s1t, s0t), Feature(51, s0w, b0t, b1t),
      Feature(52, s1t, s0w, b0t), Feature(53, s1t, s0t, b1t),
      // distance
      Feature(60, s0w, d0), Feature(61, s0t, d0), Feature(62, b0w, d0), Feature(63, b0t, d0),
      Feature(64, s0w, b0w, d0), Feature(65, s0t, b0t, d0), Feature(66, s1t, s0t, d1),
      Feature(67, s1w, s0w, d1), Feature(68, s1w, d1), Feature(69, s0w, d1),
      // valency
      Feature(70, s0w, vl0), Feature(71, s0t, vl0), Feature(72, s0w, vr0), Feature(73, s0t, vr0),
      Feature(74, s1w, vr1), Feature(75, s1t, vr1), Feature(76, s1t, vl1), Feature(77, b0w, vlb),
      Feature(78, b0t, vlb),
      // children
      Feature(80, W(s0l)), Feature(81, T(s0l)), Feature(82, L(s0l)), Feature(83, W(s0r)),
      Feature(84, T(s0r)), Feature(85, L(s0r)), Feature(86, W(s1l)), Feature(87, T(s1l)),
      Feature(88, L(s1l)), Feature(89, W(s1r)), Feature(90, T(s1r)), Feature(91, L(s1r)),
      Feature(92, W(b0l)), Feature(93, T(b0l)), Feature(94, L(b0l)), Feature(95, W(s0l2)),
      Feature(96, T(s0l2)), Feature(97, L(s0l2)), Feature(98, W(s0r2)), Feature(99, T(s0r2)),
      Feature(100, L(s0r2)), Feature(101, W(b0l2)), Feature(102, T(b0l2)), Feature(103, L(b0l2)),
      Feature(104, T(s1r2)), Feature(105, L(s1r2)),
      // child combinations and label sets
      Feature(110, s0t, T(s0l), T(s0l2)), Feature(111, s0t, T(s0r), T(s0r2)),
      Feature(112, s1t, T(s1r), T(s1r2)), Feature(113, b0t, T(b0l), T(b0l2)),
      Feature(114, s0t, L(s0l), L(s0l2)), Feature(115, s0t, L(s0r), L(s0r2)),
      Feature(116, s1t, L(s1r), L(s1r2)), Feature(117, b0t, L(b0l), L(b0l2)),
      Feature(118, s0w, L(s0l), L(s0r)), Feature(119, s1w, L(s1l), L(s1r)),
      Feature(120, s0t, s1t, L(s1r)), Feature(121, s0w, b0w, L(s0l)),
  });
}

// All the features of a configuration (training).
// The highest-scoring transition that Valid allows (the first one on ties), found by ranges
// instead of testing each class: SHIFT, LEFT(1..L-1), and RIGHT(root) or RIGHT(1..L-1).
int BestValid(const State& s, const int32_t* scores, int nl) {
  int best = -1;
  auto consider = [&](int from, int to) {
    for (int c = from; c < to; ++c)
      if (best < 0 || scores[c] > scores[best]) best = c;
  };
  if (s.CanShift()) consider(0, 1);
  if (s.CanLeft()) consider(2, nl + 1);
  if (s.CanRight()) {
    if (s.S(1) == s.n) consider(nl + 1, nl + 2);
    else consider(nl + 2, 2 * nl + 1);
  }
  return best;
}

void Features(const State& s, const std::vector<WordKeys>& k, std::vector<uint64_t>* out) {
  thread_local std::vector<uint64_t> rest;
  BufferFeatures(s, k, out);
  StackFeatures(s, k, &rest);
  out->insert(out->end(), rest.begin(), rest.end());
}

// Costs of the three unlabelled transitions under the dynamic oracle: the number of gold
// arcs each would make unreachable. `gh`: gold heads with n for ROOT.
struct Costs {
  int shift, left, right;
};

Costs OracleCosts(const State& s, const std::vector<int>& gh) {
  const int n = s.n, b = s.b, s0 = s.S(0), s1 = s.S(1);
  auto in_buffer = [&](int h) { return h >= b && h < n; };
  Costs c{0, 0, 0};
  if (s0 != n) {
    int kids = 0;
    for (int k = b; k < n; ++k) kids += gh[k] == s0;
    c.left = kids + (gh[s0] == s1) + (in_buffer(gh[s0]) && gh[s0] != b);
    c.right = kids + in_buffer(gh[s0]);
  }
  if (b < n)
    for (int k : s.stack) c.shift += (k != s0 && gh[b] == k) + (k != n && gh[k] == b);
  return c;
}

int LabelOf(const std::vector<std::string>& labels, const std::string& rel) {
  auto it = std::find(labels.begin(), labels.end(), rel);
  return it == labels.end() ? -1 : static_cast<int>(it - labels.begin());
}

}  // namespace

std::vector<int> Parser::Projectivize(std::vector<int> heads) {
  const int n = static_cast<int>(heads.size());
  auto dominates = [&](int h, int k) {  // h is an ancestor of k (or k itself)
    for (int steps = 0; k >= 0 && steps <= n; ++steps, k = heads[k])
      if (k == h) return true;
    return false;
  };
  while (true) {
    int lift = -1, best_span = n + 1;
    for (int d = 0; d < n; ++d) {
      int h = heads[d];
      if (h < 0) continue;
      bool projective = true;
      for (int k = std::min(h, d) + 1; k < std::max(h, d) && projective; ++k)
        projective = dominates(h, k);
      if (!projective && std::abs(h - d) < best_span) best_span = std::abs(h - d), lift = d;
    }
    if (lift < 0) return heads;
    heads[lift] = heads[heads[lift]];
  }
}

void Parser::Parse(Tree& tree) const {
  const int n = static_cast<int>(tree.size());
  if (n == 0) return;
  const int nl = static_cast<int>(labels_.size());
  // Buffers reused by the sentences a thread parses, so parsing allocates nothing once warm.
  thread_local std::vector<WordKeys> keys;
  thread_local State s;
  thread_local std::vector<uint64_t> feats;
  thread_local std::vector<int32_t> scores;
  FillKeys(tree, keys);
  s.Reset(n);
  thread_local std::vector<int32_t> buffer_scores;
  scores.resize(2 * nl + 1);
  buffer_scores.resize(2 * nl + 1);
  int scored_b = -1;  // the buffer position buffer_scores belong to
  while (!s.Terminal()) {
    if (s.b != scored_b) {
      BufferFeatures(s, keys, &feats);
      std::fill(buffer_scores.begin(), buffer_scores.end(), 0);
      weights_.Score(feats, buffer_scores);
      scored_b = s.b;
    }
    StackFeatures(s, keys, &feats);
    std::copy(buffer_scores.begin(), buffer_scores.end(), scores.begin());
    weights_.Score(feats, scores);
    s.Apply(BestValid(s, scores.data(), nl), nl);
  }
  for (int i = 0; i < n; ++i) {
    tree.words[i].head = s.head[i] == n ? -1 : s.head[i];
    tree.words[i].deprel = labels_[s.label[i]];
  }
}

namespace {

// The gold tree made projective, heads with n for ROOT, relations as label ids.
struct GoldTree {
  std::vector<int> heads, labels;
};

GoldTree MakeGold(const Tree& t, const std::vector<std::string>& labels) {
  const int n = static_cast<int>(t.size());
  std::vector<int> h(n);
  for (int k = 0; k < n; ++k) h[k] = t.words[k].head;
  h = Parser::Projectivize(std::move(h));
  GoldTree g;
  for (int k = 0; k < n; ++k) {
    g.heads.push_back(h[k] < 0 ? n : h[k]);
    g.labels.push_back(h[k] < 0 ? 0 : LabelOf(labels, t.words[k].deprel));
  }
  return g;
}

// "root" first, then the other relations of the training set in byte order; at most
// kMaxLabels (the most frequent), as a weight table has at most 256 classes.
std::vector<std::string> CollectLabels(const std::vector<const Tree*>& train) {
  constexpr size_t kMaxLabels = 127;
  std::map<std::string, int> count;
  for (const Tree* t : train)
    for (const Word& w : t->words)
      if (w.deprel != "root") ++count[w.deprel];
  std::vector<std::pair<int, std::string>> by_count;
  for (const auto& [rel, n] : count) by_count.emplace_back(-n, rel);
  std::sort(by_count.begin(), by_count.end());
  if (by_count.size() > kMaxLabels - 1) by_count.resize(kMaxLabels - 1);
  std::vector<std::string> labels;
  for (const auto& [n, rel] : by_count) labels.push_back(rel);
  std::sort(labels.begin(), labels.end());
  labels.insert(labels.begin(), "root");
  return labels;
}

// Reused buffers and the running counts of one training pass.
struct PassState {
  std::vector<uint64_t> feats;
  std::vector<float> scores;
  std::vector<int> cost;
  size_t errors = 0, steps = 0;
};

// One sentence of a training pass under the dynamic oracle (see the top of the file).
void TrainSentence(const Tree& t, const GoldTree& g, int nl, bool exploring, double explore_p,
                   std::mt19937_64& rng, std::uniform_real_distribution<double>& coin,
                   AveragedPerceptron& model, PassState& ps) {
  const int n = static_cast<int>(t.size());
  if (n == 0) return;
  std::vector<WordKeys> keys = Keys(t);
  State s(n);
  while (!s.Terminal()) {
    Features(s, keys, &ps.feats);
    std::fill(ps.scores.begin(), ps.scores.end(), 0.0f);
    model.Score(ps.feats, ps.scores);
    Costs c = OracleCosts(s, g.heads);
    const int s0 = s.S(0), s1 = s.S(1);
    int pred = -1, best_gold = -1, min_cost = 1 << 30;
    for (int k = 0; k <= 2 * nl; ++k) {
      if (!Valid(s, k, nl)) continue;
      int& ck = ps.cost[k];
      if (k == 0) ck = c.shift;
      else if (k <= nl) ck = c.left + (g.heads[s0] == s.b && g.labels[s0] != k - 1);
      else ck = c.right + (g.heads[s0] == s1 && g.labels[s0] != k - 1 - nl);
      if (pred < 0 || ps.scores[k] > ps.scores[pred]) pred = k;
      if (ck < min_cost || (ck == min_cost && ps.scores[k] > ps.scores[best_gold])) min_cost = ck, best_gold = k;
    }
    ++ps.steps;
    if (ps.cost[pred] > min_cost) {
      ++ps.errors;
      model.Update(ps.feats, best_gold, pred);
    } else {
      model.Tick();
    }
    bool explore = exploring && coin(rng) < explore_p;
    s.Apply(explore ? pred : best_gold, nl);
  }
}

// Scores of `p` on `dev` (gold trees with predicted tags): LAS with full relations (the
// selection criterion), and UAS and LAS on universal relations as CoNLL 2018 counts them.
struct DevScores {
  double las_full = -1, uas = -1, las = -1;
};

DevScores ScoreDev(const Parser& p, const std::vector<const Tree*>& dev) {
  ScoreCounter counter;
  for (const Tree* gt : dev) {
    Tree t = *gt;
    p.Parse(t);
    counter.Add(*gt, t);
  }
  SyntaxScores s = counter.Scores();
  if (s.words == 0) return {};
  return {s.las_full, s.uas, s.las};
}

}  // namespace

Parser Parser::Train(const std::vector<const Tree*>& train, const std::vector<const Tree*>& dev,
                     const ParserTrainOptions& options) {
  Parser p;
  p.labels_ = CollectLabels(train);
  const int nl = static_cast<int>(p.labels_.size());
  std::vector<GoldTree> gold;
  for (const Tree* t : train) gold.push_back(MakeGold(*t, p.labels_));

  AveragedPerceptron model(2 * nl + 1);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  double best_las = -2;
  WeightTable best_weights;
  for (int it = 1; it <= options.iterations; ++it) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    PassState ps;
    ps.scores.resize(2 * nl + 1);
    ps.cost.resize(2 * nl + 1);
    for (size_t si : order)
      TrainSentence(*train[si], gold[si], nl, it >= options.explore_from, options.explore_p, rng, coin,
                    model, ps);
    p.weights_ = model.Freeze(options.prune);
    const double err = 100.0 * static_cast<double>(ps.errors) / static_cast<double>(std::max<size_t>(ps.steps, 1));
    DevScores d = ScoreDev(p, dev);
    double las = dev.empty() ? 100.0 - err : d.las_full;
    if (options.verbose)
      std::cerr << "parser pass " << it << ": train transition errors " << err << "%; dev UAS " << d.uas
                << " LAS " << d.las << " LAS (full labels) " << d.las_full << "; features "
                << p.weights_.num_features() << " weights " << p.weights_.num_weights() << "\n";
    if (las > best_las) best_las = las, best_weights = p.weights_;
  }
  p.weights_ = std::move(best_weights);
  return p;
}

void Parser::Save(BinaryWriter& out) const {
  out.Put<uint32_t>(static_cast<uint32_t>(labels_.size()));
  for (const std::string& l : labels_) out.PutString(l);
  weights_.Save(out);
}

bool Parser::Load(BinaryReader& in) {
  uint32_t n;
  if (!in.Get(&n) || n == 0 || n > 30000) return false;
  labels_.resize(n);
  for (auto& l : labels_)
    if (!in.GetString(&l)) return false;
  return labels_[0] == "root" && weights_.Load(in) && weights_.num_classes() == static_cast<int>(2 * n + 1);
}

}  // namespace dyad::syntax
