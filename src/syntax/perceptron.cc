// syntax/perceptron.cc: see perceptron.h for the idea.
#include "syntax/perceptron.h"

#include <algorithm>
#include <cmath>

namespace dyad::syntax {

// ---- WeightTable ----

void WeightTable::Build(int num_classes, std::vector<uint32_t> keys, std::vector<uint8_t> counts,
                        std::vector<Entry> entries) {
  BuildFrom(num_classes, HugeVector<uint32_t>(keys.begin(), keys.end()),
            HugeVector<uint8_t>(counts.begin(), counts.end()), HugeVector<Entry>(entries.begin(), entries.end()));
}

template <typename K, typename C, typename E>
void WeightTable::BuildFrom(int num_classes, K keys, C counts, E entries) {
  num_classes_ = num_classes;
  stride_ = (static_cast<size_t>(num_classes) + 15) / 16 * 16;
  const size_t cap = std::max<size_t>(16, keys.size() * 10 / 7 + 1);  // load factor <= 0.7
  cap_ = static_cast<uint32_t>(cap);
  slots_.assign(cap, Slot{0, 0});
  dense_.clear();
  uint32_t begin = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    uint32_t s = Home(keys[i]);
    while (slots_[s].key != 0 && slots_[s].key != keys[i]) s = Next(s);
    if (slots_[s].key == 0) {  // a repeated key: the first one wins
      uint32_t packed = begin << 8 | counts[i];
      if (counts[i] == 1) {
        packed = 1u << 31 | uint32_t{entries[begin].cls} << 16 | static_cast<uint16_t>(entries[begin].weight);
      } else if (counts[i] >= kDenseMin) {
        const size_t row = dense_.size() / stride_;
        dense_.resize(dense_.size() + stride_, 0);
        for (uint32_t k = begin; k < begin + counts[i]; ++k) dense_[row * stride_ + entries[k].cls] = entries[k].weight;
        packed = static_cast<uint32_t>(row) << 8;
      }
      slots_[s] = Slot{keys[i], packed};
    }
    begin += counts[i];
  }
  entries_ = std::move(entries);
  keys_ = std::move(keys);
  counts_ = std::move(counts);
}

namespace {

// out[c] += rows[r][c] for each row r and c < stride: the dense rows of one Score call.
// Compiled twice, for AVX2 and for the baseline x86-64 (SSE2), the AVX2 one chosen at load
// time on CPUs that have it; `stride` is a multiple of 16 so both vectorise without a tail.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
void AddRows(const int16_t* dense, const uint32_t* rows, size_t n, size_t stride, int32_t* out) {
  for (size_t h = 0; h < n; ++h) {
    const int16_t* row = dense + rows[h] * stride;
    for (size_t c = 0; c < stride; ++c) out[c] += row[c];
  }
}

}  // namespace

void WeightTable::Score(std::span<const uint64_t> features, std::span<int32_t> scores) const {
  if (slots_.empty()) return;
  alignas(64) int32_t acc[kMaxClasses];  // the dense rows' sums, padded to stride_
  bool any_dense = false;
  // Three passes so that the cache misses of the table and of the entries overlap.
  constexpr size_t kBatch = 256;
  uint32_t found[kBatch], dense[kBatch];
  const size_t nc = static_cast<size_t>(num_classes_);
  for (size_t first = 0; first < features.size(); first += kBatch) {
    const size_t n = std::min(kBatch, features.size() - first);
    const uint64_t* f = features.data() + first;
    for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[Home(Key(f[i]))]);
    size_t hits = 0, dense_hits = 0;
    for (size_t i = 0; i < n; ++i) {
      const uint32_t key = Key(f[i]);
      for (uint32_t s = Home(key);; s = Next(s)) {
        const Slot& slot = slots_[s];
        if (slot.key == key) {
          if (slot.packed >> 31) {
            scores[(slot.packed >> 16) & 0x7fff] += static_cast<int16_t>(slot.packed & 0xffff);
          } else if ((slot.packed & 0xff) == 0) {
            dense[dense_hits++] = slot.packed >> 8;
            __builtin_prefetch(&dense_[(slot.packed >> 8) * stride_]);
          } else {
            found[hits++] = slot.packed;
            __builtin_prefetch(&entries_[slot.packed >> 8]);
          }
          break;
        }
        if (slot.key == 0) break;
      }
    }
    for (size_t h = 0; h < hits; ++h) {
      const Entry* e = &entries_[found[h] >> 8];
      for (uint32_t k = 0, c = found[h] & 0xff; k < c; ++k) scores[e[k].cls] += e[k].weight;
    }
    if (dense_hits > 0) {
      if (!any_dense) std::fill(acc, acc + stride_, 0), any_dense = true;
      AddRows(dense_.data(), dense, dense_hits, stride_, acc);
    }
  }
  if (any_dense)
    for (size_t c = 0; c < nc; ++c) scores[c] += acc[c];
}

void WeightTable::Save(BinaryWriter& out) const {
  // Keys in ascending order (a stable sort: of two equal keys the one kept stays first), so
  // that the file does not depend on the order in which training first met the features.
  std::vector<uint32_t> begin(keys_.size() + 1, 0), order(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) begin[i + 1] = begin[i] + counts_[i], order[i] = static_cast<uint32_t>(i);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys_[a] < keys_[b]; });
  std::vector<uint32_t> keys;
  std::vector<uint8_t> counts;
  std::vector<Entry> entries;
  for (uint32_t i : order) {
    keys.push_back(keys_[i]);
    counts.push_back(counts_[i]);
    entries.insert(entries.end(), entries_.begin() + begin[i], entries_.begin() + begin[i + 1]);
  }
  out.Put<uint32_t>(static_cast<uint32_t>(num_classes_));
  out.PutArray(keys);
  out.PutArray(counts);
  out.PutArray(entries);
}

bool WeightTable::Load(BinaryReader& in) {
  uint32_t nc;
  HugeVector<uint32_t> keys;
  HugeVector<uint8_t> counts;
  HugeVector<Entry> entries;
  if (!in.Get(&nc) || !in.GetArray(&keys) || !in.GetArray(&counts) || !in.GetArray(&entries))
    return false;
  if (nc > kMaxClasses || keys.size() != counts.size() || entries.size() >= kMaxEntries) return false;
  uint64_t total = 0;
  for (uint8_t c : counts) total += c;
  if (total != entries.size()) return false;
  for (const Entry& e : entries)
    if (e.cls >= nc) return false;
  for (uint32_t k : keys)
    if (k == 0) return false;
  BuildFrom(static_cast<int>(nc), std::move(keys), std::move(counts), std::move(entries));
  return true;
}

// ---- AveragedPerceptron ----

AveragedPerceptron::AveragedPerceptron(int num_classes) : num_classes_(num_classes) {
  slot_key_.assign(1 << 16, 0);
  slot_row_.assign(1 << 16, -1);
  mask_ = (1 << 16) - 1;
}

int AveragedPerceptron::Find(uint64_t key) const {
  uint64_t s = key & mask_;
  while (slot_key_[s] != 0) {
    if (slot_key_[s] == key) return slot_row_[s];
    s = (s + 1) & mask_;
  }
  return -1;
}

int AveragedPerceptron::FindOrAdd(uint64_t key) {
  int r = Find(key);
  if (r >= 0) return r;
  if (2 * (rows_.size() + 1) > slot_key_.size()) {  // grow and rehash
    size_t cap = slot_key_.size() * 2;
    slot_key_.assign(cap, 0);
    slot_row_.assign(cap, -1);
    mask_ = cap - 1;
    for (size_t i = 0; i < row_key_.size(); ++i) {
      uint64_t s = row_key_[i] & mask_;
      while (slot_key_[s] != 0) s = (s + 1) & mask_;
      slot_key_[s] = row_key_[i];
      slot_row_[s] = static_cast<int32_t>(i);
    }
  }
  uint64_t s = key & mask_;
  while (slot_key_[s] != 0) s = (s + 1) & mask_;
  slot_key_[s] = key;
  slot_row_[s] = static_cast<int32_t>(rows_.size());
  row_key_.push_back(key);
  rows_.emplace_back();
  return slot_row_[s];
}

void AveragedPerceptron::Score(std::span<const uint64_t> features, std::span<float> scores) const {
  for (uint64_t f : features) {
    int r = Find(f);
    if (r < 0) continue;
    for (const Weight& w : rows_[r]) scores[w.cls] += w.w;
  }
}

void AveragedPerceptron::Change(std::vector<Weight>& row, int cls, float delta) {
  for (Weight& w : row) {
    if (w.cls != cls) continue;
    w.total += static_cast<double>(step_ - w.stamp) * w.w;
    w.stamp = step_;
    w.w += delta;
    return;
  }
  row.push_back(Weight{static_cast<uint16_t>(cls), delta, 0.0, step_});
}

void AveragedPerceptron::Update(std::span<const uint64_t> features, int gold, int predicted) {
  ++step_;
  if (gold == predicted) return;
  for (uint64_t f : features) {
    std::vector<Weight>& row = rows_[FindOrAdd(f)];
    Change(row, gold, 1.0f);
    Change(row, predicted, -1.0f);
  }
}

WeightTable AveragedPerceptron::Freeze(float prune) const {
  const double steps = std::max<int64_t>(step_, 1);
  float max_abs = 0;
  std::vector<float> avg;
  for (const auto& row : rows_)
    for (const Weight& w : row) {
      double total = w.total + static_cast<double>(step_ - w.stamp) * w.w;
      avg.push_back(static_cast<float>(total / steps));
      max_abs = std::max(max_abs, std::fabs(avg.back()));
    }
  const float scale = max_abs > 0 ? 32767.0f / max_abs : 1.0f;
  std::vector<uint32_t> keys;
  std::vector<uint8_t> counts;
  std::vector<WeightTable::Entry> entries;
  size_t a = 0;
  for (size_t r = 0; r < rows_.size(); ++r) {
    uint32_t n = 0;
    for (const Weight& w : rows_[r]) {
      float v = avg[a++];
      long q = std::lround(v * scale);
      if (std::fabs(v) < prune || q == 0 || n == 255 || entries.size() + 1 >= WeightTable::kMaxEntries)
        continue;
      entries.push_back({static_cast<uint8_t>(w.cls), static_cast<int16_t>(q)});
      ++n;
    }
    if (n == 0) continue;
    keys.push_back(WeightTable::Key(row_key_[r]));
    counts.push_back(static_cast<uint8_t>(n));
  }
  WeightTable t;
  t.Build(num_classes_, std::move(keys), std::move(counts), std::move(entries));
  return t;
}

}  // namespace dyad::syntax
