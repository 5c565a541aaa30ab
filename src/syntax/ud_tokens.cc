// syntax/ud_tokens.cc: from dyad's tokens to UD English words, offsets kept.
//
// Idea. text::Tokenize already splits most of what UD splits (punctuation, the possessive
// and the "'s" clitic, dotted abbreviations kept whole), so this is a second, local pass
// over each token that only cuts tokens into pieces (or glues "-" "-" into "--"); it never
// looks at white space or moves a boundary, so every word's offsets are a sub-range of one
// token's and text.substr(begin, end - begin) stays the word's exact source.
//
// The rules follow what the training treebanks do (counted on en_ewt-ud-train.conllu):
//   - negation and clitics are multi-word tokens in EWT: "don't" = "do" + "n't" (240 times),
//     "can't" = "ca" + "n't", "I'm" = "I" + "'m", "cannot" = "can" + "not" (44),
//     "gonna" = "gon" + "na"; the pieces concatenate to the surface, so plain words with
//     adjacent offsets carry them (CoNLL-U writers mark SpaceAfter=No between them);
//   - a hyphen inside a word is its own word with XPOS HYPH ("al - Qaeda" 67 times, "well -"
//     18, "self -" 11, "so - called"), except after bound prefixes, which EWT keeps whole
//     ("e-mail" 38 of 40, "non-" 28 of 28, "pre-" 15 of 15, "anti-" 14 of 14, "re-", "mid-",
//     "co-", ...): kPrefixes below is that list. A prefix is tested against the part of the
//     word since the last split, so "non-state-backed" is "non-state" "-" "backed";
//   - "--" is one token in EWT (158 times), and so are other runs of one punctuation
//     character ("!!", "....", "====="); the tokenizer makes one token per character, so
//     adjacent ones are merged back (Repeats);
//   - forms are ASCII where the treebank is: "n’t" -> "n't", "“" -> '"' (EWT writes '"' 1,290
//     times and “ 30 times), "—" -> "--" (EWT's parenthetical dash), "–" -> "-".
// A number and its unit are two words in EWT and GUM ("5 pm", "$ 170 m", "430 km"), so
// "10bn" is "10" "bn" (UnitStart), for the units news writes.
// "U.S." stays one word, as in EWT; the tokenizer's "U.S.-Iranian" split is kept. URLs,
// e-mail addresses and slashed dates, which the tokenizer cuts at every punctuation mark, are
// glued back into one word each, as EWT has them.
//
// Complexity: one pass over each token's bytes; no allocation beyond the words' forms.
#include "syntax/ud_tokens.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>

namespace dyad::syntax {
namespace {

constexpr std::array<std::string_view, 32> kPrefixes = {
    "anti",  "bi",    "co",    "counter", "cross", "de",   "e",     "ex",
    "extra", "hyper", "inter", "intra",   "macro", "micro", "mid",  "mini",
    "multi", "neo",   "non",   "over",    "pan",   "post", "pre",   "pro",
    "psycho", "re",   "semi",  "socio",   "sub",   "super", "tri",  "un"};

bool EqualsLowerAscii(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    if (c != lower[i]) return false;
  }
  return true;
}

// A bound prefix in lower case or capitalised ("anti", "Anti"; "UN" is not "un").
bool IsPrefix(std::string_view part) {
  if (part.empty() || part.size() > 7) return false;
  if (std::any_of(part.begin() + 1, part.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;
  return std::any_of(kPrefixes.begin(), kPrefixes.end(),
                     [&](std::string_view p) { return EqualsLowerAscii(part, p); });
}

// Length of the apostrophe (' ’ ‘ ʼ) that ends at s[end), or 0.
size_t ApostropheEndingAt(std::string_view s, size_t end) {
  if (end >= 1 && s[end - 1] == '\'') return 1;
  if (end >= 2 && s.substr(end - 2, 2) == "\u02BC") return 2;
  if (end >= 3 && (s.substr(end - 3, 3) == "\u2019" || s.substr(end - 3, 3) == "\u2018")) return 3;
  return 0;
}

// Length of the word hyphen (- ‐ ‑) that starts at s[i], or 0.
size_t HyphenAt(std::string_view s, size_t i) {
  if (s[i] == '-') return 1;
  if (s.substr(i, 3) == "\u2010" || s.substr(i, 3) == "\u2011") return 3;
  return 0;
}

bool IsLowerN(char c) { return c == 'n' || c == 'N'; }
bool IsT(char c) { return c == 't' || c == 'T'; }

// Where the clitic or "n't" at the end of `piece` starts, or 0 when there is none.
size_t CliticStart(std::string_view piece) {
  for (std::string_view w : {"cannot", "gonna", "wanna", "gotta"})
    if (EqualsLowerAscii(piece, w)) return 3;
  const size_t n = piece.size();
  if (n >= 3 && IsT(piece[n - 1])) {
    const size_t a = ApostropheEndingAt(piece, n - 1);
    if (a > 0 && n - 1 - a >= 2 && IsLowerN(piece[n - 2 - a])) return n - 2 - a;  // "n't"
  }
  for (std::string_view c : {"ll", "re", "ve", "d", "m"}) {
    if (n <= c.size() || !EqualsLowerAscii(piece.substr(n - c.size()), c)) continue;
    const size_t a = ApostropheEndingAt(piece, n - c.size());
    if (a > 0 && n - c.size() - a >= 1) return n - c.size() - a;
  }
  return 0;
}

// Where the unit of a number written with its unit starts ("10bn" -> 2, "5pm" -> 1,
// "1.5km" -> 3), or 0. Ordinals ("20th"), decades ("1960s") and codes ("4A", "5G") stay.
size_t UnitStart(std::string_view piece) {
  static constexpr std::string_view kUnits[] = {
      "am", "b",  "bn", "cm", "ft", "g",  "gb", "ghz", "gw", "ha", "hz", "k",  "kg", "km",
      "kmh", "kw", "kwh", "lb", "lbs", "m", "mb", "mg", "mhz", "mi", "ml", "mm", "mph", "mw",
      "oz", "p",  "pm", "tb", "tn", "trn", "yd"};
  if (piece.empty() || piece[0] < '0' || piece[0] > '9') return 0;
  size_t i = 0;
  while (i < piece.size() && ((piece[i] >= '0' && piece[i] <= '9') || piece[i] == '.' || piece[i] == ','))
    ++i;
  if (i == piece.size() || piece[i - 1] < '0' || piece[i - 1] > '9') return 0;
  const std::string_view unit = piece.substr(i);
  for (std::string_view u : kUnits)  // one-letter units in lower case only: "5G" stays
    if (u.size() == 1 ? unit == u : EqualsLowerAscii(unit, u)) return i;
  return 0;
}

void Add(std::string_view text, uint32_t begin, uint32_t end, int token, std::vector<Word>& out) {
  if (begin >= end) return;
  Word w;
  w.begin = begin;
  w.end = end;
  w.form = UdForm(text.substr(begin, end - begin));
  w.source_token = token;
  out.push_back(std::move(w));
}

// A piece of a word (between hyphen splits): the piece, or its stem and its clitic, or
// its number and its unit.
void AddPiece(std::string_view text, uint32_t begin, uint32_t end, int token,
              std::vector<Word>& out) {
  const std::string_view piece = text.substr(begin, end - begin);
  size_t cut = CliticStart(piece);
  if (cut == 0) cut = UnitStart(piece);
  if (cut == 0) return Add(text, begin, end, token, out);
  Add(text, begin, begin + static_cast<uint32_t>(cut), token, out);
  Add(text, begin + static_cast<uint32_t>(cut), end, token, out);
}

void AddWordToken(std::string_view text, const text::Token& t, int token, std::vector<Word>& out) {
  const std::string_view src = text.substr(t.begin, t.end - t.begin);
  size_t seg = 0;  // start of the part since the last split
  for (size_t i = 0; i < src.size(); ++i) {
    const size_t h = HyphenAt(src, i);
    if (h == 0 || i == 0 || i + h >= src.size() || IsPrefix(src.substr(seg, i - seg))) continue;
    AddPiece(text, t.begin + static_cast<uint32_t>(seg), t.begin + static_cast<uint32_t>(i), token, out);
    Add(text, t.begin + static_cast<uint32_t>(i), t.begin + static_cast<uint32_t>(i + h), token, out);
    seg = i + h;
    i += h - 1;
  }
  AddPiece(text, t.begin + static_cast<uint32_t>(seg), t.end, token, out);
}

// Punctuation that EWT writes as one token when repeated: "--", "!!", "??", "....", "***",
// "=====" (the tokenizer makes one token per character, "..." aside).
bool Repeats(char c) {
  return c == '-' || c == '.' || c == '!' || c == '?' || c == '*' || c == '=' || c == '_' ||
         c == '#' || c == '~' || c == '+';
}

bool AllChar(std::string_view s, char c) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [c](char x) { return x == c; });
}

void AddPunctToken(std::string_view text, const text::Token& t, int token, std::vector<Word>& out) {
  const std::string_view src = text.substr(t.begin, t.end - t.begin);
  if (!out.empty() && out.back().end == t.begin && Repeats(src[0]) && AllChar(src, src[0]) &&
      AllChar(text.substr(out.back().begin, out.back().end - out.back().begin), src[0])) {
    out.back().end = t.end;
    out.back().form.append(src);
    return;
  }
  Add(text, t.begin, t.end, token, out);
}

// The UD form of code point `cp`, or nullptr when it stays as it is.
const char* Replacement(int32_t cp) {
  switch (cp) {
    case 0x2019: case 0x2018: case 0x02BC: case 0x201A: case 0x201B: case 0x2032:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
      return "\"";
    case 0x2014: case 0x2015:
      return "--";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE58: case 0xFE63:
      return "-";
    case 0x2026:
      return "...";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return "";
    default:
      return nullptr;
  }
}

bool StartsWithLowerAscii(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsLowerAscii(s.substr(0, prefix.size()), prefix);
}

// Tokens [i, j) written without a space between them, starting at i.
size_t GluedRunEnd(const std::vector<text::Token>& tokens, size_t i) {
  size_t j = i + 1;
  while (j < tokens.size() && tokens[j].begin == tokens[j - 1].end) ++j;
  return j;
}

// Whether glued tokens [i, j) are one URL, e-mail address or slashed date, which UD keeps
// whole: "http://..." or "www...", "name@host.org", "08/16/2000".
bool IsGluedUnit(std::string_view text, const std::vector<text::Token>& tokens, size_t i, size_t j) {
  auto src = [&](size_t k) { return text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin); };
  if (j - i < 2) return false;
  if (StartsWithLowerAscii(src(i), "www.") ||
      ((EqualsLowerAscii(src(i), "http") || EqualsLowerAscii(src(i), "https")) && src(i + 1) == ":"))
    return true;
  if (j - i >= 3 && tokens[i].kind == text::TokenKind::kWord && src(i + 1) == "@" &&
      tokens[i + 2].kind == text::TokenKind::kWord)
    return true;
  for (size_t k = i; k < j; ++k) {
    const bool slash = (k - i) % 2 == 1;
    if (slash ? src(k) != "/" : tokens[k].kind != text::TokenKind::kNumber) return false;
  }
  return (j - i) % 2 == 1;
}

// The end of a glued unit starting at token i (0 when there is none): the glued run less
// the sentence punctuation that closes it ("see www.x.org." keeps its final ".").
size_t GluedUnitEnd(std::string_view text, const std::vector<text::Token>& tokens, size_t i) {
  size_t j = GluedRunEnd(tokens, i);
  while (j > i + 1 && tokens[j - 1].kind == text::TokenKind::kPunct &&
         std::string_view(".,;:!?)]}\"'").find(text[tokens[j - 1].begin]) != std::string_view::npos)
    --j;
  return IsGluedUnit(text, tokens, i, j) ? j : 0;
}

}  // namespace

std::string UdForm(std::string_view src) {
  if (std::all_of(src.begin(), src.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return std::string(src);
  std::string out;
  out.reserve(src.size());
  for (size_t i = 0; i < src.size();) {
    if (static_cast<unsigned char>(src[i]) < 0x80) {
      out += src[i++];
      continue;
    }
    utf8proc_int32_t cp = -1;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(src.data() + i),
                                    static_cast<utf8proc_ssize_t>(src.size() - i), &cp);
    if (n <= 0 || cp < 0) {
      out += "\uFFFD";
      i += 1;
      continue;
    }
    const char* r = Replacement(cp);
    if (r != nullptr) out += r;
    else out.append(src.substr(i, static_cast<size_t>(n)));
    i += static_cast<size_t>(n);
  }
  return out;
}

std::vector<Word> UdWords(std::string_view text, const std::vector<text::Token>& tokens) {
  std::vector<Word> out;
  out.reserve(tokens.size() + tokens.size() / 8 + 1);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const text::Token& t = tokens[i];
    if (t.end > text.size() || t.begin >= t.end) continue;  // not from this text
    if (const size_t j = GluedUnitEnd(text, tokens, i); j > 0) {
      Add(text, t.begin, tokens[j - 1].end, static_cast<int>(i), out);
      i = j - 1;
    } else if (t.kind == text::TokenKind::kPunct) {
      AddPunctToken(text, t, static_cast<int>(i), out);
    } else {
      AddWordToken(text, t, static_cast<int>(i), out);
    }
  }
  return out;
}

}  // namespace dyad::syntax
