// eval/repair.cc: see repair.h. A run of bytes that are not UTF-8 is first mapped byte by
// byte from Windows-1252 back to Mac Roman; when that gives well-formed UTF-8, it is the
// original text. Otherwise each byte is decoded as Windows-1252.
#include "eval/repair.h"

#include <cstdint>

#include "io/utf8.h"

namespace dyad::eval {
namespace {

// Windows-1252 byte -> Mac Roman byte, for the characters that occur in such round trips
// (the Mac Roman decoding of UTF-8 lead and continuation bytes); 0 when unknown.
uint8_t Cp1252ToMacRoman(uint8_t b) {
  switch (b) {
    case 0x82: return 0xE2;  // ‚ (lead byte of U+2000..U+2FFF)
    case 0xC4: return 0x80;  // Ä
    case 0xC5: return 0x81;  // Å
    case 0xC7: return 0x82;  // Ç
    case 0xC9: return 0x83;  // É
    case 0xD1: return 0x84;  // Ñ
    case 0xD6: return 0x85;  // Ö
    case 0xDC: return 0x86;  // Ü
    case 0xE1: return 0x87;  // á
    case 0xE0: return 0x88;  // à
    case 0xE2: return 0x89;  // â
    case 0xE4: return 0x8A;  // ä
    case 0xE3: return 0x8B;  // ã
    case 0xE5: return 0x8C;  // å
    case 0xE7: return 0x8D;  // ç
    case 0xE9: return 0x8E;  // é
    case 0xE8: return 0x8F;  // è
    case 0xEA: return 0x90;  // ê
    case 0xEB: return 0x91;  // ë
    case 0xED: return 0x92;  // í
    case 0xEC: return 0x93;  // ì
    case 0xEE: return 0x94;  // î
    case 0xEF: return 0x95;  // ï
    case 0xF1: return 0x96;  // ñ
    case 0xF3: return 0x97;  // ó
    case 0xF2: return 0x98;  // ò
    case 0xF4: return 0x99;  // ô
    case 0xF6: return 0x9A;  // ö
    case 0xF5: return 0x9B;  // õ
    case 0xFA: return 0x9C;  // ú
    case 0xF9: return 0x9D;  // ù
    case 0xFB: return 0x9E;  // û
    case 0xFC: return 0x9F;  // ü
    case 0xAC: return 0xC2;  // ¬ (lead byte of U+0080..U+00BF)
    case 0xA3: return 0xA3;  // £
    case 0xA7: return 0xA4;  // §
    case 0xB6: return 0xA6;  // ¶
    case 0xDF: return 0xA7;  // ß
    case 0xAE: return 0xA8;  // ®
    case 0xA9: return 0xA9;  // ©
    case 0xB4: return 0xAB;  // ´
    case 0xA8: return 0xAC;  // ¨
    case 0xB1: return 0xB1;  // ±
    case 0xA5: return 0xB4;  // ¥
    case 0xB5: return 0xB5;  // µ
    case 0xAA: return 0xBB;  // ª
    case 0xBA: return 0xBC;  // º
    case 0xBF: return 0xC0;  // ¿
    case 0xA1: return 0xC1;  // ¡
    case 0xAB: return 0xC7;  // «
    case 0xBB: return 0xC8;  // »
    case 0x85: return 0xC9;  // …
    case 0xA0: return 0xCA;  // no-break space
    case 0xC0: return 0xCB;  // À
    case 0xC3: return 0xCC;  // Ã
    case 0xD5: return 0xCD;  // Õ
    case 0x96: return 0xD0;  // –
    case 0x97: return 0xD1;  // —
    case 0x93: return 0xD2;  // “
    case 0x94: return 0xD3;  // ”
    case 0x91: return 0xD4;  // ‘
    case 0x92: return 0xD5;  // ’
    default: return 0;
  }
}

// Windows-1252 0x80-0x9F as code points (0 where undefined).
constexpr uint16_t kCp1252High[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
    0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

void AppendCodePoint(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void AppendCp1252(std::string_view run, std::string* out) {
  for (unsigned char b : run) {
    uint32_t cp = b >= 0xA0 ? b : kCp1252High[b - 0x80];
    AppendCodePoint(cp == 0 ? 0xFFFD : cp, out);
  }
}

}  // namespace

std::string RepairMojibake(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t n = io::Utf8SequenceLength(s.substr(i));
    if (n > 0) {
      out.append(s.substr(i, n));
      i += n;
      continue;
    }
    // A run of bytes that are not UTF-8 (ASCII ends it).
    size_t j = i;
    while (j < s.size() && static_cast<unsigned char>(s[j]) >= 0x80 &&
           io::Utf8SequenceLength(s.substr(j)) == 0)
      ++j;
    std::string_view run = s.substr(i, j - i);
    std::string mac;
    bool mapped = true;
    for (unsigned char b : run) {
      uint8_t m = Cp1252ToMacRoman(b);
      if (m == 0) { mapped = false; break; }
      mac.push_back(static_cast<char>(m));
    }
    if (mapped && io::FindInvalidUtf8(mac) == std::string_view::npos) out += mac;
    else AppendCp1252(run, &out);
    i = j;
  }
  return out;
}

}  // namespace dyad::eval
