// syntax/features.h: hashed sparse features shared by the tagger and the parser.
//
// A feature is a 64-bit hash of (template id, values...). Values are themselves hashes
// (of strings: word forms, tags) or small integers (labels, distances). Collisions between
// distinct features are possible but rare at 64 bits (about one in 10^7 for a few million
// features) and harmless to a perceptron. 0 is reserved for "no feature" by the tables.
#pragma once

#include <cstdint>
#include <string_view>

namespace dyad::syntax {

// SplitMix64's finaliser: a fast, well-mixing bijection on 64 bits.
[[gnu::always_inline]] inline uint64_t Avalanche(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

[[gnu::always_inline]] inline uint64_t Mix(uint64_t h, uint64_t v) { return Avalanche(h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6))); }

// FNV-1a over the bytes, then mixed.
inline uint64_t HashString(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  return Avalanche(h);
}

[[gnu::always_inline]] inline uint64_t Feature(uint64_t tmpl, uint64_t a) { uint64_t h = Mix(Avalanche(tmpl + 1), a); return h ? h : 1; }
[[gnu::always_inline]] inline uint64_t Feature(uint64_t tmpl, uint64_t a, uint64_t b) { uint64_t h = Mix(Mix(Avalanche(tmpl + 1), a), b); return h ? h : 1; }
[[gnu::always_inline]] inline uint64_t Feature(uint64_t tmpl, uint64_t a, uint64_t b, uint64_t c) {
  uint64_t h = Mix(Mix(Mix(Avalanche(tmpl + 1), a), b), c);
  return h ? h : 1;
}

}  // namespace dyad::syntax
