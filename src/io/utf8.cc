// io/utf8.cc: a UTF-8 validator with an ASCII fast path.
//
// News text is mostly ASCII, so the scanner first tests eight bytes at a time for a set
// high bit and skips such words whole; only around non-ASCII bytes does it decode
// sequence by sequence, following the byte ranges of Unicode 15, Table 3-7:
//
//   U+0000..007F     00..7F
//   U+0080..07FF     C2..DF  80..BF
//   U+0800..0FFF     E0      A0..BF  80..BF
//   U+1000..CFFF     E1..EC  80..BF  80..BF
//   U+D000..D7FF     ED      80..9F  80..BF      (ED A0..BF would be a surrogate)
//   U+E000..FFFF     EE..EF  80..BF  80..BF
//   U+10000..3FFFF   F0      90..BF  80..BF  80..BF
//   U+40000..FFFFF   F1..F3  80..BF  80..BF  80..BF
//   U+100000..10FFFF F4      80..8F  80..BF  80..BF
//
// Everything is linear in the input and allocates nothing (but the output of the repair).
#include "io/utf8.h"

#include <cstdint>
#include <cstring>

namespace dyad::io {
namespace {

inline bool IsCont(unsigned char c) { return (c & 0xC0) == 0x80; }

inline bool EightAscii(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return (w & 0x8080808080808080ULL) == 0;
}

}  // namespace

size_t Utf8SequenceLength(std::string_view s) {
  if (s.empty()) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  const unsigned char c = p[0];
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;  // continuation byte, or overlong C0/C1
  if (c < 0xE0) return (n >= 2 && IsCont(p[1])) ? 2 : 0;
  if (c < 0xF0) {
    if (n < 3 || !IsCont(p[2])) return 0;
    const unsigned char lo = (c == 0xE0) ? 0xA0 : 0x80;
    const unsigned char hi = (c == 0xED) ? 0x9F : 0xBF;
    return (p[1] >= lo && p[1] <= hi) ? 3 : 0;
  }
  if (c < 0xF5) {
    if (n < 4 || !IsCont(p[2]) || !IsCont(p[3])) return 0;
    const unsigned char lo = (c == 0xF0) ? 0x90 : 0x80;
    const unsigned char hi = (c == 0xF4) ? 0x8F : 0xBF;
    return (p[1] >= lo && p[1] <= hi) ? 4 : 0;
  }
  return 0;
}

size_t FindInvalidUtf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    if (i + 8 <= n && EightAscii(s.data() + i)) {
      i += 8;
      continue;
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t len = Utf8SequenceLength(s.substr(i));
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

void AppendUtf8Repaired(std::string_view s, std::string* out) {
  size_t done = 0;  // bytes of s already appended
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    if (i + 8 <= n && EightAscii(s.data() + i)) {
      i += 8;
      continue;
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t len = Utf8SequenceLength(s.substr(i));
    if (len > 0) {
      i += len;
      continue;
    }
    out->append(s.data() + done, i - done);
    out->append("\xEF\xBF\xBD");
    ++i;
    done = i;
  }
  out->append(s.data() + done, n - done);
}

size_t LineOfOffset(std::string_view s, size_t offset) {
  if (offset > s.size()) offset = s.size();
  size_t line = 1;
  const char* p = s.data();
  const char* end = s.data() + offset;
  while (p < end) {
    const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p));
    if (nl == nullptr) break;
    ++line;
    p = static_cast<const char*>(nl) + 1;
  }
  return line;
}

}  // namespace dyad::io
