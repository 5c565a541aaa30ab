// syntax/perceptron.h: the multi-class averaged perceptron over hashed sparse features,
// in two forms: AveragedPerceptron for training and WeightTable, its frozen, quantised
// form, for tagging and parsing.
//
// Idea (Collins 2002; Freund & Schapire 1999): score(class) = sum of w[f][class] over the
// active features f; on a mistake add 1 to the gold class's weights and subtract 1 from
// the predicted class's. The final weights are the average over all steps, which
// generalises much better than the last ones. Averaging is lazy: each weight keeps its
// running total and the step of its last change, so an update costs O(features).
//
// Sparsity: a feature keeps weights only for the classes that were ever updated for it
// (a short list), not a dense row over all classes. Most features touch two or three
// classes out of ~100 parser transitions, so training memory and scoring time follow the
// number of updates, not features x classes.
//
// WeightTable: after training, averaged weights below `prune` in magnitude are dropped and
// the rest quantised to int16 with one scale per table; features are kept in an
// open-addressing hash table (linear probing, load 0.7) over flat arrays, so scoring
// does no allocation. Scores are int32 sums; only their argmax matters.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "syntax/binary_io.h"
#include "syntax/huge_page_allocator.h"

namespace dyad::syntax {

// Frozen weights: feature -> short list of (class, int16 weight). A feature is looked up
// by the high 32 bits of its 64-bit hash (about a hundred of a million features share a
// key; the first one kept wins), which halves the table against 64-bit keys.
class WeightTable {
 public:
#pragma pack(push, 1)
  struct Entry {
    uint8_t cls;
    int16_t weight;
  };
#pragma pack(pop)
  static constexpr int kMaxClasses = 256;
  static constexpr size_t kMaxEntries = size_t{1} << 23;

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return keys_.size(); }
  size_t num_weights() const { return entries_.size(); }
  // Adds each feature's weights to scores[class]. REQUIRES: scores.size() >= num_classes().
  void Score(std::span<const uint64_t> features, std::span<int32_t> scores) const;

  void Save(BinaryWriter& out) const;
  bool Load(BinaryReader& in);  // false on truncation or inconsistent sizes

  // Builds the table from 32-bit keys (non-zero), their entry counts (1..255) and the
  // entries grouped by key. REQUIRES: num_classes <= kMaxClasses, entries < kMaxEntries.
  void Build(int num_classes, std::vector<uint32_t> keys, std::vector<uint8_t> counts,
             std::vector<Entry> entries);

 private:
  template <typename K, typename C, typename E>
  void BuildFrom(int num_classes, K keys, C counts, E entries);

 public:
  static uint32_t Key(uint64_t feature) {
    uint32_t k = static_cast<uint32_t>(feature >> 32);
    return k ? k : 1;
  }

 private:
  struct Slot {
    uint32_t key;     // 0 = empty
    // A feature with one weight keeps it here: 1 << 31 | class << 16 | uint16 weight.
    // One with kDenseMin or more: dense row << 8 (low byte 0). Others: first entry << 8 |
    // number of entries (bit 31 clear).
    uint32_t packed;
  };
  // Features with this many weights or more (the frequent ones, such as tag pairs, which
  // weigh most transitions) get a dense row of num_classes weights, added in one loop
  // that the compiler vectorises instead of scattered adds. In memory only.
  static constexpr uint32_t kDenseMin = 24;
  int num_classes_ = 0;
  size_t stride_ = 16;  // dense row length: num_classes_ rounded up to a multiple of 16
  uint32_t cap_ = 0;  // slots: keys / 0.7, not a power of two (the table keeps its size)
  // A key's first slot: the key (uniform over 32 bits) scaled to [0, cap_), without a modulo.
  uint32_t Home(uint32_t key) const { return static_cast<uint32_t>((uint64_t{key} * cap_) >> 32); }
  uint32_t Next(uint32_t s) const { return s + 1 == cap_ ? 0 : s + 1; }
  template <typename T>
  using HugeVector = std::vector<T, HugePageAllocator<T>>;
  HugeVector<Slot> slots_;
  HugeVector<Entry> entries_;
  HugeVector<int16_t> dense_;  // rows of stride_ weights (zero past num_classes_)
  HugeVector<uint32_t> keys_;  // for Save, in build order
  HugeVector<uint8_t> counts_;
};

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int num_classes);
  int num_classes() const { return num_classes_; }
  // Current (not averaged) scores. REQUIRES: scores.size() >= num_classes().
  void Score(std::span<const uint64_t> features, std::span<float> scores) const;
  // One training step: +1 to `gold`, -1 to `predicted` (nothing when equal). Counts a step.
  void Update(std::span<const uint64_t> features, int gold, int predicted);
  // Counts a step without a change (a correct prediction), for the averaging.
  void Tick() { ++step_; }
  // The averaged weights so far, pruned (|w| < prune dropped) and quantised.
  WeightTable Freeze(float prune) const;
  size_t num_features() const { return rows_.size(); }

 private:
  struct Weight {
    uint16_t cls;
    float w;
    double total;   // sum of w over steps up to `stamp`
    int64_t stamp;  // step of the last change
  };
  int Find(uint64_t key) const;       // row index or -1
  int FindOrAdd(uint64_t key);
  void Change(std::vector<Weight>& row, int cls, float delta);

  int num_classes_;
  int64_t step_ = 0;
  uint64_t mask_ = 0;
  std::vector<uint64_t> slot_key_;
  std::vector<int32_t> slot_row_;
  std::vector<uint64_t> row_key_;
  std::vector<std::vector<Weight>> rows_;
};

}  // namespace dyad::syntax
