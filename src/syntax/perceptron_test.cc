// syntax/perceptron_test.cc: lazy averaging, pruning, quantisation and the frozen table.
#include "syntax/perceptron.h"

#include <gtest/gtest.h>

#include "syntax/features.h"

namespace dyad::syntax {
namespace {

TEST(SyntaxPerceptron, AveragesQuantisesAndPrunesAsComputedByHand) {
  const uint64_t f = Feature(1, 7), g = Feature(2, 9);
  AveragedPerceptron p(2);
  p.Update(std::vector<uint64_t>{f}, 0, 1);  // step 1: f: class 0 +1, class 1 -1
  p.Tick();                                  // steps 2, 3
  p.Tick();
  p.Update(std::vector<uint64_t>{g}, 1, 0);  // step 4: g: class 1 +1, class 0 -1
  for (int i = 0; i < 4; ++i) p.Tick();      // steps 5..8
  // Averages over 8 steps: f is +-1 for 7 steps -> 0.875; g is +-1 for 4 steps -> 0.5.
  // Scale 32767 / 0.875: f -> +-32767, g -> +-round(0.5 / 0.875 * 32767) = +-18724.
  WeightTable t = p.Freeze(0.0f);
  EXPECT_EQ(t.num_features(), 2u);
  EXPECT_EQ(t.num_weights(), 4u);
  std::vector<int32_t> s(2, 0);
  t.Score(std::vector<uint64_t>{f}, s);
  EXPECT_EQ(s[0], 32767);
  EXPECT_EQ(s[1], -32767);
  s.assign(2, 0);
  t.Score(std::vector<uint64_t>{g, Feature(3, 1)}, s);  // an unknown feature adds nothing
  EXPECT_EQ(s[0], -18724);
  EXPECT_EQ(s[1], 18724);
  // Pruning at 0.6 drops g.
  WeightTable pruned = p.Freeze(0.6f);
  EXPECT_EQ(pruned.num_features(), 1u);
  s.assign(2, 0);
  pruned.Score(std::vector<uint64_t>{g}, s);
  EXPECT_EQ(s[0], 0);
  EXPECT_EQ(s[1], 0);
}

TEST(SyntaxPerceptron, TableSurvivesSaveAndLoad) {
  AveragedPerceptron p(3);
  std::vector<uint64_t> feats;
  for (uint64_t i = 0; i < 1000; ++i) feats.push_back(Feature(5, i));
  for (int k = 0; k < 3000; ++k) p.Update(std::vector<uint64_t>{feats[k % 1000]}, k % 3, (k + 1) % 3);
  WeightTable t = p.Freeze(0.0f);
  BinaryWriter w;
  t.Save(w);
  BinaryReader r(w.data());
  WeightTable u;
  ASSERT_TRUE(u.Load(r));
  EXPECT_EQ(r.remaining(), 0u);
  EXPECT_EQ(u.num_features(), t.num_features());
  for (uint64_t f : feats) {
    std::vector<int32_t> a(3, 0), b(3, 0);
    t.Score(std::vector<uint64_t>{f}, a);
    u.Score(std::vector<uint64_t>{f}, b);
    EXPECT_EQ(a, b);
  }
  // A truncated table does not load.
  BinaryReader cut(std::string_view(w.data()).substr(0, w.data().size() - 5));
  WeightTable v;
  EXPECT_FALSE(v.Load(cut));
}

}  // namespace
}  // namespace dyad::syntax
