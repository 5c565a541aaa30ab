// text/tokens.cc: a hand-written scanner from sentence bytes to word, number and
// punctuation tokens.
//
// Idea. One left-to-right pass over the code points of the sentence. White space
// separates tokens and is dropped. A letter or digit starts a word; the word runs over
// letters, digits and combining marks, and over these connectors when the character after
// them continues it:
//   - an apostrophe before a letter ("don't", "O'Brien"), except the possessive "'s" /
//     "’s" at the end of a word, which becomes its own token with norm "'s";
//   - a hyphen before a letter, or before a digit once the word has a letter ("Nur-Sultan",
//     "anti-U.S.", "F-16", "18-year-old"); but not after a period, so "U.S.-Iranian" is
//     "u.s." "-" "iranian": a coder needs to see both countries;
//   - a period after a single letter and before a letter ("U.S", "a.m"), a period inside a
//     number ("1.5"), and a period between lower-case letters ("guardian.com");
//   - a comma inside a number when exactly three digits follow ("10,000").
// A final period stays on the word when the word is a dotted initialism ("U.S.", "a.m."),
// a listed abbreviation ("Gen.", "Jan.", "etc."; "No." only before a number), or a
// capital initial before a capitalised word ("J. Smith"). A word with no letters is a
// kNumber. Anything else is punctuation, one token per code point (plus any combining
// marks after it), except "..." which is one token. An invalid UTF-8 byte is a
// punctuation token of its own with norm U+FFFD.
//
// Norms. ASCII tokens are lower-cased byte by byte (the fast path, nearly all tokens in
// English news). Others go through utf8proc (NFKC + case folding, default-ignorables such
// as soft hyphens removed), then curly apostrophes and quotes become ASCII and the
// Unicode hyphens and dashes become "-".
//
// Invariants: tokens are in order, do not overlap, are non-empty, and lie inside the
// span; text.substr(begin, end - begin) is exactly the token's source.
// Cost: linear in the span; each code point is decoded a bounded number of times.
#include "text/tokens.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "text/abbreviations.h"

namespace dyad::text {
namespace {

enum class Cls : uint8_t {
  kSpace,
  kUpper,   // upper- or title-case letter
  kLetter,  // any other letter
  kDigit,
  kMark,    // combining mark or a format character that lives inside words (ZWJ, SHY)
  kApos,    // ' ’ ‘ ʼ
  kHyphen,  // - ‐ ‑ (word-internal hyphens; dashes are kOther)
  kPeriod,
  kComma,
  kOther,
  kInvalid,  // a byte that does not start a valid UTF-8 sequence
};

struct Cp {
  int32_t cp = 0;
  uint32_t len = 1;
  Cls cls = Cls::kOther;
};

constexpr std::array<Cls, 128> MakeAsciiClasses() {
  std::array<Cls, 128> t{};
  for (int c = 0; c < 128; ++c) {
    Cls k = Cls::kOther;
    if (c >= 'a' && c <= 'z') k = Cls::kLetter;
    else if (c >= 'A' && c <= 'Z') k = Cls::kUpper;
    else if (c >= '0' && c <= '9') k = Cls::kDigit;
    else if (c == '\'') k = Cls::kApos;
    else if (c == '-') k = Cls::kHyphen;
    else if (c == '.') k = Cls::kPeriod;
    else if (c == ',') k = Cls::kComma;
    else if (c <= ' ' || c == 0x7F) k = Cls::kSpace;  // white space and control characters
    t[c] = k;
  }
  return t;
}
constexpr std::array<Cls, 128> kAsciiClass = MakeAsciiClasses();

Cls UnicodeClass(int32_t cp) {
  switch (cp) {
    case 0x2019: case 0x2018: case 0x02BC: return Cls::kApos;
    case 0x2010: case 0x2011: return Cls::kHyphen;
    case 0x200C: case 0x200D: case 0x00AD: return Cls::kMark;
    case 0xFEFF: return Cls::kSpace;
    default: break;
  }
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return Cls::kUpper;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return Cls::kLetter;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return Cls::kMark;
    case UTF8PROC_CATEGORY_ND: return Cls::kDigit;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC: return Cls::kSpace;
    default: return Cls::kOther;
  }
}

// Decodes the non-ASCII code point at s[i] (REQUIRES: i < s.size()).
[[gnu::noinline]] Cp DecodeSlow(std::string_view s, size_t i) {
  utf8proc_int32_t cp = -1;
  const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                  static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  if (n <= 0 || cp < 0) return {-1, 1, Cls::kInvalid};
  return {cp, static_cast<uint32_t>(n), UnicodeClass(cp)};
}

// Decodes the code point at s[i] (REQUIRES: i < s.size()).
inline Cp Decode(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) [[likely]] return {c, 1, kAsciiClass[c]};
  return DecodeSlow(s, i);
}

bool IsLetter(Cls c) { return c == Cls::kUpper || c == Cls::kLetter; }
bool IsWordChar(Cls c) { return IsLetter(c) || c == Cls::kDigit || c == Cls::kMark; }
bool IsLowerAscii(int32_t cp) { return cp >= 'a' && cp <= 'z'; }

// The scanner over one sentence. `s` is the whole text; positions are absolute.
class Scanner {
 public:
  Scanner(std::string_view s, size_t begin, size_t end) : s_(s), pos_(begin), end_(end) {}

  std::vector<Token> Run() {
    std::vector<Token> out;
    out.reserve((end_ - pos_) / 5 + 1);
    while (pos_ < end_) {
      const Cp c = At(pos_);
      switch (c.cls) {
        case Cls::kSpace:
          pos_ += c.len;
          break;
        case Cls::kUpper:
        case Cls::kLetter:
        case Cls::kDigit:
          out.push_back(Word());
          break;
        case Cls::kApos:
          if (!out.empty() && out.back().end == pos_ && out.back().kind == TokenKind::kWord &&
              IsPossessive(pos_)) {
            out.push_back(Possessive(c));
          } else {
            out.push_back(Punct(c));
          }
          break;
        case Cls::kInvalid:
          out.push_back(Token{static_cast<uint32_t>(pos_), static_cast<uint32_t>(pos_ + 1),
                              TokenKind::kPunct, false, false, "\xEF\xBF\xBD"});
          pos_ += 1;
          break;
        case Cls::kPeriod:
          if (pos_ + 3 <= end_ && s_.compare(pos_, 3, "...") == 0) {
            out.push_back(Make(pos_, pos_ + 3, TokenKind::kPunct));
            pos_ += 3;
            break;
          }
          [[fallthrough]];
        default: {
          // Characters that normalise to nothing (zero-width space, soft hyphen,
          // direction marks) are not tokens.
          Token t = Punct(c);
          if (!t.norm.empty()) out.push_back(std::move(t));
          break;
        }
      }
    }
    return out;
  }

 private:
  // The code point at i, or a kSpace sentinel at or past the end of the span.
  Cp At(size_t i) const {
    if (i >= end_) return {0, 0, Cls::kSpace};
    Cp c = Decode(s_, i);
    if (i + c.len > end_) return {-1, 1, Cls::kInvalid};  // sequence cut by the span
    return c;
  }

  // Apostrophe at i followed by s/S and then no word character: the possessive clitic.
  bool IsPossessive(size_t i) const {
    const Cp a = At(i);
    const Cp s = At(i + a.len);
    if (s.cp != 's' && s.cp != 'S') return false;
    return !IsWordChar(At(i + a.len + 1).cls);
  }

  Token Possessive(const Cp& apos) {
    Token t = Make(pos_, pos_ + apos.len + 1, TokenKind::kWord);
    t.norm = "'s";
    pos_ = t.end;
    return t;
  }

  Token Punct(const Cp& c) {
    size_t e = pos_ + c.len;
    for (Cp m = At(e); m.cls == Cls::kMark; m = At(e)) e += m.len;
    Token t = Make(pos_, e, TokenKind::kPunct);
    pos_ = e;
    return t;
  }

  Token Word() {
    const size_t begin = pos_;
    size_t i = pos_;
    bool has_letter = false;
    size_t seg_len = 0;        // code points in the current segment (since start, '.' or '-')
    bool seg_single_letter = false;
    bool dotted = false;       // joined a period after a single letter ("U.S")
    Cp prev{0, 0, Cls::kSpace};
    for (;;) {
      const Cp c = At(i);
      if (IsWordChar(c.cls)) {
        if (c.cls != Cls::kMark) {
          has_letter |= IsLetter(c.cls);
          ++seg_len;
          seg_single_letter = seg_len == 1 && IsLetter(c.cls);
        }
        i += c.len;
        prev = c;
        continue;
      }
      const Cp next = At(i + c.len);
      bool join = false;
      switch (c.cls) {
        case Cls::kApos:
          join = IsLetter(next.cls) && !IsPossessive(i);
          break;
        case Cls::kHyphen:
          join = prev.cls != Cls::kPeriod &&
                 (IsLetter(next.cls) || (next.cls == Cls::kDigit && has_letter));
          break;
        case Cls::kPeriod:
          if (IsLetter(next.cls) || next.cls == Cls::kDigit) {
            if (seg_len == 1 && seg_single_letter && IsLetter(next.cls)) {
              join = dotted = true;
            } else if (!has_letter && next.cls == Cls::kDigit && prev.cls == Cls::kDigit) {
              join = true;  // 1.5
            } else if (IsLowerAscii(prev.cp) && IsLowerAscii(next.cp)) {
              join = true;  // guardian.com
            }
          } else if (KeepsFinalPeriod(begin, i, dotted && seg_len == 1 && seg_single_letter)) {
            i += 1;
            prev = c;
          }
          break;
        case Cls::kComma:
          join = !has_letter && prev.cls == Cls::kDigit && ThreeDigitsAt(i + 1);
          break;
        default:
          break;
      }
      if (!join) break;
      i += c.len;
      prev = c;
      seg_len = 0;
      seg_single_letter = false;
    }
    Token t = Make(begin, i, has_letter ? TokenKind::kWord : TokenKind::kNumber);
    pos_ = i;
    return t;
  }

  // Whether the period at `dot` ends the abbreviation s_[begin, dot] rather than the
  // sentence or clause.
  bool KeepsFinalPeriod(size_t begin, size_t dot, bool dotted_initialism) const {
    if (dotted_initialism) return true;
    const std::string_view word = s_.substr(begin, dot + 1 - begin);
    if (word == "No.") return NextNonSpace(dot + 1).cls == Cls::kDigit;
    if (word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z') {
      return NextNonSpace(dot + 1).cls == Cls::kUpper;  // "J. Smith", not "plan B."
    }
    return ClassifyAbbreviation(word) != AbbrevKind::kNone;
  }

  Cp NextNonSpace(size_t i) const {
    for (Cp c = At(i); i < end_; c = At(i)) {
      if (c.cls != Cls::kSpace) return c;
      i += c.len;
    }
    return {0, 0, Cls::kSpace};
  }

  bool ThreeDigitsAt(size_t i) const {
    if (i + 3 > end_) return false;
    for (size_t k = 0; k < 3; ++k) {
      if (s_[i + k] < '0' || s_[i + k] > '9') return false;
    }
    return i + 3 == end_ || s_[i + 3] < '0' || s_[i + 3] > '9';
  }

  Token Make(size_t b, size_t e, TokenKind kind) const {
    Token t;
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.kind = kind;
    SetNormAndCase(s_.substr(b, e - b), t);
    return t;
  }

  static void SetNormAndCase(std::string_view src, Token& t);

  std::string_view s_;
  size_t pos_;
  size_t end_;
};

// Replaces the UTF-8 of `from` (a code point) by `to` everywhere in `s`.
void ReplaceAll(std::string& s, std::string_view from, std::string_view to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

std::string NormalizeUnicode(std::string_view src) {
  utf8proc_uint8_t* mapped = nullptr;
  const auto n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(src.data()), static_cast<utf8proc_ssize_t>(src.size()),
      &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                     UTF8PROC_CASEFOLD | UTF8PROC_IGNORE));
  std::string out;
  if (n >= 0 && mapped != nullptr) {
    out.assign(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
  } else {
    out.assign(src);  // invalid UTF-8 cannot reach here, but never lose the token
  }
  std::free(mapped);
  if (out.find('\xE2') != std::string::npos || out.find('\xCA') != std::string::npos ||
      out.find('\xC2') != std::string::npos || out.find('\xEF') != std::string::npos) {
    static constexpr std::string_view kApostrophes[] = {"\u2019", "\u2018", "\u201A", "\u201B",
                                                        "\u02BC", "\u2032"};
    static constexpr std::string_view kQuotes[] = {"\u201C", "\u201D", "\u201E", "\u201F",
                                                   "\u00AB", "\u00BB", "\u2033"};
    static constexpr std::string_view kDashes[] = {"\u2010", "\u2012", "\u2013", "\u2014",
                                                   "\u2015", "\u2212", "\uFE58", "\uFE63"};
    for (auto a : kApostrophes) ReplaceAll(out, a, "'");
    for (auto q : kQuotes) ReplaceAll(out, q, "\"");
    for (auto d : kDashes) ReplaceAll(out, d, "-");
  }
  return out;
}

void Scanner::SetNormAndCase(std::string_view src, Token& t) {
  const bool ascii = std::all_of(src.begin(), src.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    t.norm.resize(src.size());
    int letters = 0;
    int upper = 0;
    bool first_letter_seen = false;
    for (size_t k = 0; k < src.size(); ++k) {
      const char c = src[k];
      const bool is_upper = c >= 'A' && c <= 'Z';
      const bool is_lower = c >= 'a' && c <= 'z';
      if (is_upper || is_lower) {
        if (!first_letter_seen) t.capitalized = is_upper;
        first_letter_seen = true;
        ++letters;
        upper += is_upper;
      }
      t.norm[k] = is_upper ? static_cast<char>(c + ('a' - 'A')) : c;
    }
    t.all_caps = letters >= 2 && upper == letters;
    return;
  }
  int letters = 0;
  int upper = 0;
  bool first_letter_seen = false;
  for (size_t k = 0; k < src.size();) {
    const Cp c = Decode(src, k);
    k += c.len;
    if (!IsLetter(c.cls)) continue;
    const bool is_upper = c.cls == Cls::kUpper;
    if (!first_letter_seen) t.capitalized = is_upper;
    first_letter_seen = true;
    ++letters;
    upper += is_upper;
  }
  t.all_caps = letters >= 2 && upper == letters;
  t.norm = NormalizeUnicode(src);
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, Span span) {
  const size_t end = std::min<size_t>(span.end, text.size());
  const size_t begin = std::min<size_t>(span.begin, end);
  return Scanner(text, begin, end).Run();
}

}  // namespace dyad::text
