// context/dateline.cc: datelines at the head of a story.
#include "context/dateline.h"

#include <string_view>

#include "context/dates.h"

namespace dyad::context {
namespace {

inline constexpr size_t kMaxDatelineTokens = 12;

// A token that may stand in a dateline before its dash.
bool DatelineToken(const code::Sentence& s, size_t i, int depth) {
  const text::Token& t = s.tokens[i];
  std::string_view w = s.words[i];
  if (t.kind == text::TokenKind::kNumber) return true;
  if (t.kind == text::TokenKind::kPunct)
    return w == "," || w == "/" || w == "." || w == "(" || w == ")" || w == "'";
  if (depth > 0 && t.capitalized) return true;  // "(Beirut)"
  if (t.all_caps || MonthOf(w) > 0) return true;
  // "17th", "3rd": an ordinal day.
  size_t d = 0;
  while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
  std::string_view rest = w.substr(d);
  return d > 0 && (rest == "th" || rest == "st" || rest == "nd" || rest == "rd");
}

// The dash that ends a dateline: a dash token (em, en or hyphen: all have the norm "-")
// with space on both sides, so that "U.S.-China" is no dateline.
bool DatelineDash(const code::Sentence& s, size_t i) {
  if (s.words[i] != "-" || s.tokens[i].kind != text::TokenKind::kPunct) return false;
  bool space_before = i > 0 && s.tokens[i].begin > s.tokens[i - 1].end;
  bool space_after = i + 1 < s.size() && s.tokens[i + 1].begin > s.tokens[i].end;
  return space_before && space_after;
}

// "– (Beirut)": a parenthesised place right after the dash belongs to the dateline.
// Returns the end of the dateline: past the ")" when there is such a place, else `i`.
size_t PlaceAfterDash(const code::Sentence& s, size_t i) {
  if (i >= s.size() || s.words[i] != "(") return i;
  for (size_t k = i + 1; k < s.size() && k <= i + 4; ++k) {
    if (s.words[k] == ")") return k > i + 1 ? k + 1 : i;
    if (!s.tokens[k].capitalized) return i;
  }
  return i;
}

}  // namespace

size_t MarkDateline(code::Sentence* s) {
  int depth = 0;
  for (size_t i = 0; i < s->size() && i <= kMaxDatelineTokens; ++i) {
    if (DatelineDash(*s, i)) {
      if (i == 0) return 0;
      size_t end = PlaceAfterDash(*s, i + 1);
      for (size_t k = 0; k < end; ++k) s->excluded[k] = true;
      return end;
    }
    if (s->words[i] == "(") ++depth;
    if (s->words[i] == ")") --depth;
    if (!DatelineToken(*s, i, depth)) return 0;
  }
  return 0;
}

}  // namespace dyad::context
