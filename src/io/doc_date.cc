// io/doc_date.cc: parsing the absolute dates of document metadata.
//
// Inputs come from JSON "date" fields and "Date:" header lines, written by feeds, scrapers
// and people. The parser accepts the few unambiguous shapes those produce (see doc_date.h)
// and nothing else: a numeric date whose field order must be guessed (06/09/2006) is
// rejected rather than guessed, because a wrong document date silently shifts every
// relative date the context stage resolves from it. Each shape is tried in turn on the
// trimmed string; all are linear in its length.
#include "io/doc_date.h"

#include <array>
#include <cctype>
#include <cstdio>

namespace dyad::io {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysIn(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return (m == 2 && IsLeap(y)) ? 29 : kDays[m - 1];
}

std::optional<std::string> Format(int y, int m, int d) {
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > DaysIn(y, m)) return std::nullopt;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return std::string(buf);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Reads exactly `n` digits at s[*i]; false if they are not all digits.
bool Digits(std::string_view s, size_t* i, size_t n, int* value) {
  if (*i + n > s.size()) return false;
  int v = 0;
  for (size_t k = 0; k < n; ++k) {
    const char c = s[*i + k];
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *i += n;
  *value = v;
  return true;
}

// Reads 1 or 2 digits (a day of the month).
bool Day(std::string_view s, size_t* i, int* value) {
  if (*i >= s.size() || !IsDigit(s[*i])) return false;
  int v = s[(*i)++] - '0';
  if (*i < s.size() && IsDigit(s[*i])) v = v * 10 + (s[(*i)++] - '0');
  if (*i < s.size() && IsDigit(s[*i])) return false;
  *value = v;
  return true;
}

// ISO forms: YYYY-MM-DD, YYYY/MM/DD, YYYYMMDD; then the end, or 'T' or ' ' and a time.
std::optional<std::string> ParseNumeric(std::string_view s) {
  size_t i = 0;
  int y = 0, m = 0, d = 0;
  if (!Digits(s, &i, 4, &y)) return std::nullopt;
  if (i < s.size() && (s[i] == '-' || s[i] == '/')) {
    const char sep = s[i++];
    if (!Digits(s, &i, 2, &m) || i >= s.size() || s[i++] != sep || !Digits(s, &i, 2, &d)) {
      return std::nullopt;
    }
  } else if (!Digits(s, &i, 2, &m) || !Digits(s, &i, 2, &d)) {
    return std::nullopt;
  }
  if (i < s.size()) {
    if (s[i] != 'T' && s[i] != ' ') return std::nullopt;
    // The rest must look like a time: starts with two digits.
    int hh = 0;
    size_t j = i + 1;
    if (!Digits(s, &j, 2, &hh) || hh > 24) return std::nullopt;
  }
  return Format(y, m, d);
}

int MonthFromName(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  std::string lower;
  for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "sept") return 9;
  for (size_t k = 0; k < kNames.size(); ++k) {
    if (lower == kNames[k]) return static_cast<int>(k) + 1;
    if (lower.size() == 3 && kNames[k].substr(0, 3) == lower) return static_cast<int>(k) + 1;
  }
  return 0;
}

bool IsWeekday(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  std::string lower;
  for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view d : kDays) {
    if (lower == d || (lower.size() == 3 && d.substr(0, 3) == lower)) return true;
  }
  return false;
}

// Reads a word of letters at s[*i], then an optional '.'.
std::string_view Word(std::string_view s, size_t* i) {
  const size_t start = *i;
  while (*i < s.size() && IsAlpha(s[*i])) ++*i;
  std::string_view w = s.substr(start, *i - start);
  if (!w.empty() && *i < s.size() && s[*i] == '.') ++*i;
  return w;
}

void Spaces(std::string_view s, size_t* i) {
  while (*i < s.size() && s[*i] == ' ') ++*i;
}

// "June 9, 2006", "Jun. 9 2006", "9 June 2006", each optionally after "Friday, ".
std::optional<std::string> ParseEnglish(std::string_view s) {
  size_t i = 0;
  if (!s.empty() && IsAlpha(s[0])) {
    size_t j = 0;
    std::string_view first = Word(s, &j);
    if (IsWeekday(first)) {
      i = j;
      if (i < s.size() && s[i] == ',') ++i;
      Spaces(s, &i);
    }
  }
  int y = 0, m = 0, d = 0;
  if (i < s.size() && IsAlpha(s[i])) {  // Month D, YYYY
    m = MonthFromName(Word(s, &i));
    Spaces(s, &i);
    if (m == 0 || !Day(s, &i, &d)) return std::nullopt;
    if (i < s.size() && s[i] == ',') ++i;
    Spaces(s, &i);
  } else {  // D Month YYYY
    if (!Day(s, &i, &d)) return std::nullopt;
    Spaces(s, &i);
    m = MonthFromName(Word(s, &i));
    if (m == 0) return std::nullopt;
    if (i < s.size() && s[i] == ',') ++i;
    Spaces(s, &i);
  }
  if (!Digits(s, &i, 4, &y) || i != s.size()) return std::nullopt;
  return Format(y, m, d);
}

}  // namespace

std::optional<std::string> ParseDocumentDate(std::string_view s) {
  s = Trim(s);
  if (s.empty()) return std::nullopt;
  if (IsDigit(s[0])) {
    if (auto d = ParseNumeric(s)) return d;
  }
  return ParseEnglish(s);
}

}  // namespace dyad::io
