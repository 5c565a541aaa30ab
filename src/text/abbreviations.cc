// text/abbreviations.cc: fixed word lists behind ClassifyAbbreviation and
// IsSentenceStarter. The lists are small and sorted; lookups are binary searches over
// string_views in static storage, so there is nothing to initialise and nothing to lock.
#include "text/abbreviations.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace dyad::text {
namespace {

using namespace std::string_view_literals;

// Sorted by byte value (std::string_view ordering); checked by a test.
constexpr std::array kBeforeName = {
    "Adm."sv,  "Brig."sv, "Capt."sv, "Cmdr."sv, "Col."sv, "Cpl."sv,  "Dr."sv,   "Gen."sv,
    "Gov."sv,  "Hon."sv,  "Lt."sv,   "Maj."sv,  "Mr."sv,  "Mrs."sv,  "Ms."sv,   "Mt."sv,
    "Pres."sv, "Prof."sv, "Pvt."sv,  "Rep."sv,  "Rev."sv, "Sen."sv,  "Sgt."sv,  "St."sv,
    "Supt."sv, "vs."sv,
};

constexpr std::array kBeforeNumber = {
    "Apr."sv, "Aug."sv, "Co."sv,  "Corp."sv, "Dec."sv, "Feb."sv,  "Inc."sv, "Jan."sv,
    "Jr."sv,  "Jul."sv, "Jun."sv, "Ltd."sv,  "Mar."sv, "No."sv,   "Nov."sv, "Oct."sv,
    "Sep."sv, "Sept."sv, "Sr."sv, "etc."sv,
};

constexpr std::array kStarters = {
    "A"sv,        "According"sv, "After"sv,   "Also"sv,     "An"sv,     "And"sv,
    "As"sv,       "At"sv,        "But"sv,     "Despite"sv,  "During"sv, "Earlier"sv,
    "For"sv,      "He"sv,        "Her"sv,     "His"sv,      "However"sv, "I"sv,
    "If"sv,       "In"sv,        "It"sv,      "Its"sv,      "Last"sv,   "Later"sv,
    "Meanwhile"sv, "My"sv,       "On"sv,      "Our"sv,      "She"sv,    "Since"sv,
    "So"sv,       "That"sv,      "The"sv,     "Their"sv,    "There"sv,  "These"sv,
    "They"sv,     "This"sv,      "Those"sv,   "Thus"sv,     "We"sv,     "What"sv,
    "When"sv,     "While"sv,     "Yet"sv,     "You"sv,
};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::binary_search(list.begin(), list.end(), word);
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "U.S.", "a.m.", "U.S.A.", and single initials "J.".
bool IsDottedInitialism(std::string_view w) {
  if (w.size() < 2 || w.size() % 2 != 0) return false;
  for (size_t i = 0; i < w.size(); i += 2) {
    if (!IsAsciiLetter(w[i]) || w[i + 1] != '.') return false;
  }
  // A lone initial must be a capital: "J." yes, "a." (list item, end of "plan a.") no.
  return w.size() > 2 || (w[0] >= 'A' && w[0] <= 'Z');
}

}  // namespace

AbbrevKind ClassifyAbbreviation(std::string_view word) {
  if (word.empty() || word.back() != '.') return AbbrevKind::kNone;
  if (Contains(kBeforeName, word)) return AbbrevKind::kBeforeName;
  if (Contains(kBeforeNumber, word)) return AbbrevKind::kBeforeNumber;
  if (IsDottedInitialism(word)) return AbbrevKind::kBeforeName;
  return AbbrevKind::kNone;
}

bool IsSentenceStarter(std::string_view word) { return Contains(kStarters, word); }

// Exposed for the test that checks the lists are sorted.
bool AbbreviationListsSortedForTest() {
  return std::is_sorted(kBeforeName.begin(), kBeforeName.end()) &&
         std::is_sorted(kBeforeNumber.begin(), kBeforeNumber.end()) &&
         std::is_sorted(kStarters.begin(), kStarters.end());
}

}  // namespace dyad::text
