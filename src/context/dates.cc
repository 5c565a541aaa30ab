// context/dates.cc: month-day expressions and the year they belong to.
//
// News gives dates without years ("on May 18") and counts on the reader to know the
// story's date. The rule dyad follows: a month-day without a year is the occurrence
// nearest before (or on) the story's date, unless the sentence speaks of the future,
// when it is the nearest on or after. The scan looks at each month-name token and its
// neighbours (day after "June 6", day before "6 June", an optional ", 2006" or "2006"
// year after), so it is linear in the sentence and allocation-free but for the result.
#include "context/dates.h"

#include <array>
#include <charconv>
#include <cstdio>

namespace dyad::context {
namespace {

int MonthOf(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> kShort = {
      "jan.", "feb.", "mar.", "apr.", "may", "jun.", "jul.", "aug.", "sep.", "oct.", "nov.", "dec."};
  for (int m = 0; m < 12; ++m)
    if (w == kFull[m] || w == kShort[m]) return m + 1;
  if (w == "sept.") return 9;
  return 0;
}

int NumberOf(std::string_view w, int lo, int hi) {
  // "6", "6th", "1st", "22nd", "3rd"
  size_t digits = 0;
  while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
  if (digits == 0 || digits > 4) return 0;
  std::string_view rest = w.substr(digits);
  if (!rest.empty() && rest != "th" && rest != "st" && rest != "nd" && rest != "rd") return 0;
  int v = 0;
  std::from_chars(w.data(), w.data() + digits, v);
  return v >= lo && v <= hi ? v : 0;
}

bool ValidDay(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

}  // namespace

std::string FormatDate(int32_t d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, (d / 100) % 100, d % 100);
  return buf;
}

std::vector<DateMention> FindDates(const code::Sentence& s, int32_t doc_date, bool future) {
  std::vector<DateMention> out;
  const size_t n = s.size();
  for (size_t i = 0; i < n; ++i) {
    if (s.excluded[i]) continue;
    int month = MonthOf(s.words[i]);
    if (!month) continue;
    if (month == 5 && !s.tokens[i].capitalized) continue;  // the modal "may"
    int day = 0, year = 0;
    size_t first = i, last = i;
    if (i + 1 < n && !s.excluded[i + 1] && (day = NumberOf(s.words[i + 1], 1, 31))) {
      last = i + 1;
    } else if (i > 0 && !s.excluded[i - 1] && (day = NumberOf(s.words[i - 1], 1, 31))) {
      first = i - 1;
    } else {
      continue;
    }
    size_t y = last + 1;
    if (y < n && s.words[y] == ",") ++y;
    if (y < n && !s.excluded[y] && (year = NumberOf(s.words[y], 1800, 2200))) last = y;
    if (year) {
      if (!ValidDay(year, month, day)) continue;
      out.push_back({first, last, year * 10000 + month * 100 + day});
      continue;
    }
    if (doc_date <= 0) continue;
    int doc_year = doc_date / 10000;
    int md = month * 100 + day, doc_md = doc_date % 10000;
    if (future) year = md >= doc_md ? doc_year : doc_year + 1;
    else year = md <= doc_md ? doc_year : doc_year - 1;
    if (!ValidDay(year, month, day)) continue;
    out.push_back({first, last, year * 10000 + md});
  }
  return out;
}

}  // namespace dyad::context
