// context/citations.cc: recognising "(Source, Month Day)" citations.
//
// Analysis articles credit their sources in parentheses at the end of a sentence. Those
// names look like actors ("Tehran Times" starts with a capital) and the dates look like
// event dates, so they must be taken out before coding. The shape is strict on purpose:
// capitalised name words, a comma, then a month and a day; anything else in parentheses
// ("(SCO)", "(the Kurdish-led SDF)") is left alone.
#include "context/citations.h"

#include <array>

#include "context/dates.h"

namespace dyad::context {
namespace {

bool IsDigits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

std::vector<Citation> MarkCitations(std::string_view doc_text, code::Sentence* s) {
  std::vector<Citation> out;
  const size_t n = s->size();
  for (size_t i = 0; i < n; ++i) {
    if (s->words[i] != "(") continue;
    size_t j = i + 1, name_words = 0;
    while (j < n && (s->tokens[j].capitalized || s->words[j] == "-" || s->words[j] == "&") &&
           !MonthOf(s->words[j]) && name_words < 6) {
      ++j;
      ++name_words;
    }
    if (name_words == 0 || j >= n || s->words[j] != ",") continue;
    ++j;
    if (j + 1 >= n || !MonthOf(s->words[j]) || !IsDigits(s->words[j + 1])) continue;
    j += 2;
    if (j + 1 < n && s->words[j] == "," && IsDigits(s->words[j + 1])) j += 2;
    if (j >= n || s->words[j] != ")") continue;
    Citation c;
    c.first = i;
    c.last = j;
    uint32_t b = s->tokens[i + 1].end > 0 ? s->tokens[i + 1].begin : 0;
    c.text = std::string(doc_text.substr(b, s->tokens[j].begin - b));
    for (size_t k = i; k <= j; ++k) s->excluded[k] = true;
    out.push_back(std::move(c));
    i = j;
  }
  return out;
}

}  // namespace dyad::context
