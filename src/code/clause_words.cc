// code/clause_words.cc: see clause_words.h.
#include "code/clause_words.h"

#include <string>
#include <string_view>

#include "context/dates.h"

namespace dyad::code {

std::vector<size_t> Conjuncts(const code::Sentence& s, const std::vector<Mention>& ms, size_t mi,
                              const std::function<bool(size_t)>& taken) {
  // "A and B", "A, and B"; "A, B" only inside a list that ends in "and".
  std::function<bool(size_t, size_t)> joins = [&](size_t a, size_t b) {
    if (ms[a].pronoun || ms[b].pronoun || ms[b].first <= ms[a].last + 1) return false;
    if ((a != mi && taken(a)) || (b != mi && taken(b))) return false;
    std::string between;
    for (size_t t = ms[a].last + 1; t < ms[b].first; ++t) between += std::string(s.words[t]) + " ";
    if (between == "and " || between == ", and " || between == "and the ") return true;
    return between == ", " && b + 1 < ms.size() && joins(b, b + 1);
  };
  std::vector<size_t> out;
  for (size_t k = mi; k > 0 && joins(k - 1, k); --k) out.push_back(k - 1);
  for (size_t k = mi; k + 1 < ms.size() && joins(k, k + 1); ++k) out.push_back(k + 1);
  return out;
}

bool ThatBetween(const code::Sentence& s, size_t a, size_t b) {
  for (size_t t = a + 1; t < b; ++t)
    if (s.words[t] == "that") return true;
  return false;
}

bool OpensSentence(const code::Sentence& s, const Mention& m) {
  size_t lead = 0;
  while (lead < s.size() && s.excluded[lead]) ++lead;
  return m.first <= lead + 2 || (m.first > lead && s.words[m.first - 1] == ",");
}

size_t OpeningMention(const code::Sentence& s, const std::vector<Mention>& ms, size_t limit) {
  for (size_t k = 0; k < limit; ++k)
    if (!ms[k].pronoun) return OpensSentence(s, ms[k]) ? k : kNoMention;
  return kNoMention;
}

bool AfterPlacePreposition(const code::Sentence& s, const Mention& m) {
  std::string_view w = m.first ? s.words[m.first - 1] : std::string_view();
  return w == "in" || w == "at" || w == "near" || w == "inside" || w == "across" || w == "into";
}

bool FrontedPhrase(const code::Sentence& s, const std::vector<Mention>& ms, size_t mi) {
  if (mi != 0) return false;
  size_t comma = ms[mi].last + 1;
  while (comma < s.size() && s.words[comma] != ",") ++comma;
  for (const auto& m : ms)
    if (m.first > comma && !m.pronoun) return true;
  // No comma: "During his June 6 visit to Tehran Kazakh Foreign Minister ..." also counts
  // when the sentence opens with a preposition.
  std::string_view w = s.size() ? s.words[0] : std::string_view();
  return comma == s.size() && (w == "during" || w == "after" || w == "before" || w == "on" ||
                               w == "in" || w == "at" || w == "following" || w == "while");
}

bool NounContext(const code::Sentence& s, const std::vector<size_t>& mention_at, size_t i) {
  if (i == 0) return false;
  std::string_view p = s.words[i - 1];
  if (p == "the" || p == "a" || p == "an" || p == "its" || p == "their" || p == "of" ||
      p == "these" || p == "those" || p == "many" || p == "other" || p == "all" || p == "some")
    return true;
  // A weekday or month before the verb is a date ("The US on Wednesday vetoed ..."),
  // not a modifier.
  if (context::WeekdayOf(p) >= 0 || context::MonthOf(p) > 0) return false;
  // A capitalised word after a preposition ends a phrase ("Protesters in Baghdad blocked").
  std::string_view pp = i > 1 ? s.words[i - 2] : std::string_view();
  if (pp == "in" || pp == "at" || pp == "from" || pp == "near" || pp == "outside") return false;
  return s.tokens[i - 1].capitalized && mention_at[i - 1] == kNoMention && i - 1 > 0;
}

bool Negator(std::string_view w) {
  return w == "not" || w == "never" || w == "n't" || (w.size() > 3 && w.substr(w.size() - 3) == "n't");
}

}  // namespace dyad::code
