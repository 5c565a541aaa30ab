// context/dates.cc: date expressions and the calendar day they name.
//
// News gives dates without years ("on May 18"), relative to the story ("on Tuesday",
// "last week", "three years ago"), and counts on the reader to know the story's date.
// dyad resolves each expression against that date:
//   - a month-day without a year is the occurrence nearest before (or on) the story's
//     date, unless the sentence speaks of the future, when it is the nearest on or after;
//   - a weekday is the nearest such day on or before the story's date (after it, for
//     the future), so "on Tuesday" in a Wednesday story is yesterday; "last Friday" is
//     strictly before (a week before, in a Friday story) and "next Friday" strictly after;
//   - a period ("last month", "in August", "earlier this year") resolves to its first
//     day and says so in its precision, so that users can tell a day from a month.
// The scan is one pass over the tokens that looks at each cue word and its neighbours,
// so it is linear in the sentence. Calendar arithmetic uses std::chrono's civil calendar.
#include "context/dates.h"

#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>

namespace dyad::context {
namespace {

namespace chr = std::chrono;

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

int CountOf(std::string_view w) {
  static constexpr std::array<std::string_view, 13> kWords = {
      "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
  for (int k = 0; k < 13; ++k)
    if (w == kWords[k]) return k == 0 ? 1 : k;
  return NumberOf(w, 1, 100);
}

bool Valid(int y, int m, int d) {
  return chr::year_month_day(chr::year(y), chr::month(m), chr::day(d)).ok();
}

int32_t Pack(int y, int m, int d) { return y * 10000 + m * 100 + d; }

chr::year_month_day Unpack(int32_t v) {
  return chr::year_month_day(chr::year(v / 10000), chr::month((v / 100) % 100), chr::day(v % 100));
}

int32_t PackYmd(chr::year_month_day ymd) {
  return Pack(int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
}

}  // namespace

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

int WeekdayOf(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  for (int d = 0; d < 7; ++d)
    if (w == kDays[d]) return d;
  return -1;
}


std::string FormatDate(int32_t d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, (d / 100) % 100, d % 100);
  return buf;
}

int32_t AddDays(int32_t v, int days) {
  return PackYmd(chr::year_month_day(chr::sys_days(Unpack(v)) + chr::days(days)));
}

int32_t AddMonths(int32_t v, int months) {
  auto ymd = Unpack(v);
  chr::year_month ym = chr::year_month(ymd.year(), ymd.month()) + chr::months(months);
  unsigned last = unsigned(chr::year_month_day_last(ym.year(), chr::month_day_last(ym.month())).day());
  unsigned d = std::min(unsigned(ymd.day()), last);
  return Pack(int(ym.year()), unsigned(ym.month()), d);
}

int Weekday(int32_t v) { return chr::weekday(chr::sys_days(Unpack(v))).c_encoding(); }

std::vector<DateMention> FindDates(const code::Sentence& s, int32_t doc_date, bool future) {
  std::vector<DateMention> out;
  // Outside the contract (YYYYMMDD or 0): treated as unknown rather than overflowing.
  if (doc_date < 10000101 || doc_date > 99991231) doc_date = 0;
  const size_t n = s.size();
  auto word = [&](size_t i) -> std::string_view {
    return i < n && !s.excluded[i] ? s.words[i] : std::string_view();
  };
  const int doc_year = doc_date / 10000, doc_month = (doc_date / 100) % 100;
  auto month_start = [&](int32_t d) { return d / 100 * 100 + 1; };

  for (size_t i = 0; i < n; ++i) {
    if (s.excluded[i]) continue;
    std::string_view w = s.words[i];

    // Month names: "June 6", "6 June", "June 6, 2006", "in August", "in May 2004".
    if (int month = MonthOf(w)) {
      if (!s.tokens[i].capitalized) continue;  // the modal "may", "march" the verb
      int day = 0, year = 0;
      size_t first = i, last = i;
      if ((day = NumberOf(word(i + 1), 1, 31))) {
        last = i + 1;
      } else if (i > 0 && (day = NumberOf(word(i - 1), 1, 31))) {
        first = i - 1;
      }
      size_t y = last + 1;
      if (word(y) == ",") ++y;
      if ((year = NumberOf(word(y), 1800, 2200))) last = y;
      if (day == 0) {
        // A month alone needs a preposition: "in August", "since early May".
        std::string_view p = i > 0 ? word(i - 1) : std::string_view();
        if (p == "early" || p == "mid" || p == "late") p = i > 1 ? word(i - 2) : std::string_view();
        if (!(p == "in" || p == "since" || p == "during" || p == "until" || p == "by" ||
              p == "and" || p == "of"))
          continue;
        if (!year) {
          if (!doc_date) continue;
          year = future ? (month >= doc_month ? doc_year : doc_year + 1)
                        : (month <= doc_month ? doc_year : doc_year - 1);
        }
        out.push_back({first, last, Pack(year, month, 1), DatePrecision::kMonth});
        continue;
      }
      if (!year) {
        if (!doc_date) continue;
        int md = month * 100 + day, doc_md = doc_date % 10000;
        if (future) year = md >= doc_md ? doc_year : doc_year + 1;
        else year = md <= doc_md ? doc_year : doc_year - 1;
      }
      if (!Valid(year, month, day)) continue;
      out.push_back({first, last, Pack(year, month, day), DatePrecision::kDay});
      i = last;
      continue;
    }
    // "in 2004"
    if (int year = NumberOf(w, 1900, 2100); year && w.size() == 4 && i > 0 && word(i - 1) == "in") {
      out.push_back({i - 1, i, Pack(year, 1, 1), DatePrecision::kYear});
      continue;
    }
    if (!doc_date) continue;
    // "today", "yesterday", "tomorrow"
    if (w == "today" || w == "yesterday" || w == "tomorrow") {
      int delta = w == "today" ? 0 : w == "yesterday" ? -1 : 1;
      out.push_back({i, i, AddDays(doc_date, delta), DatePrecision::kDay});
      continue;
    }
    // "on Tuesday", "Tuesday", "last Friday", "next Friday"
    if (int wd = WeekdayOf(w); wd >= 0 && s.tokens[i].capitalized) {
      int doc_wd = Weekday(doc_date);
      int back = (doc_wd - wd + 7) % 7, ahead = (wd - doc_wd + 7) % 7;
      const std::string_view before = i > 0 ? word(i - 1) : std::string_view();
      // "last Friday" in a Friday story is a week before, never the story's own day;
      // "next Friday" likewise a week after.
      if (before == "last") back = back == 0 ? 7 : back;
      if (before == "next") ahead = ahead == 0 ? 7 : ahead;
      bool fwd = before == "next" || (future && before != "last");
      out.push_back({before == "on" || before == "last" || before == "next" ? i - 1 : i, i,
                     AddDays(doc_date, fwd ? ahead : -back), DatePrecision::kDay});
      continue;
    }
    // "last week", "next month", "this year", "earlier this month", "later this year"
    if ((w == "last" || w == "next" || w == "this" || w == "past") && i + 1 < n) {
      std::string_view unit = word(i + 1);
      int sign = w == "last" || w == "past" ? -1 : w == "next" ? 1 : 0;
      size_t first = i > 0 && (word(i - 1) == "earlier" || word(i - 1) == "later") ? i - 1 : i;
      if (unit == "week") {
        out.push_back({first, i + 1, AddDays(doc_date, 7 * sign), DatePrecision::kWeek});
      } else if (unit == "month") {
        out.push_back({first, i + 1, month_start(AddMonths(doc_date, sign)), DatePrecision::kMonth});
      } else if (unit == "year") {
        out.push_back({first, i + 1, Pack(doc_year + sign, 1, 1), DatePrecision::kYear});
      } else {
        continue;
      }
      i += 1;
      continue;
    }
    // "three years ago", "a week ago", "10 days ago"
    if (w == "ago" && i >= 2) {
      int count = CountOf(word(i - 2));
      std::string_view unit = word(i - 1);
      if (!count) continue;
      if (unit == "day" || unit == "days")
        out.push_back({i - 2, i, AddDays(doc_date, -count), DatePrecision::kDay});
      else if (unit == "week" || unit == "weeks")
        out.push_back({i - 2, i, AddDays(doc_date, -7 * count), DatePrecision::kWeek});
      else if (unit == "month" || unit == "months")
        out.push_back({i - 2, i, AddMonths(doc_date, -count), DatePrecision::kMonth});
      else if (unit == "year" || unit == "years")
        out.push_back({i - 2, i, AddMonths(doc_date, -12 * count), DatePrecision::kYear});
    }
  }
  // "today's [June 16]": one expression explained by another right after it.
  std::vector<DateMention> merged;
  for (auto d : out) {
    size_t b = d.first;
    if (b > 0 && (word(b - 1) == "early" || word(b - 1) == "mid" || word(b - 1) == "late")) --b;
    d.since = b > 0 && word(b - 1) == "since";
    if (!merged.empty() && merged.back().date == d.date && d.first <= merged.back().last + 4) {
      merged.back().last = d.last;
      continue;
    }
    merged.push_back(d);
  }
  return merged;
}

int32_t PeriodEnd(int32_t v, DatePrecision p) {
  switch (p) {
    case DatePrecision::kWeek: return AddDays(v, 6);
    case DatePrecision::kMonth: return AddDays(AddMonths(v / 100 * 100 + 1, 1), -1);
    case DatePrecision::kYear: return v / 10000 * 10000 + 1231;
    case DatePrecision::kDay: break;
  }
  return v;
}

bool Historical(int32_t v, DatePrecision p, int32_t doc_date) {
  if (v < 10000101 || v > 99991231 || doc_date < 10000101 || doc_date > 99991231) return false;
  return AddMonths(PeriodEnd(v, p), 12) < doc_date;
}

std::string_view PrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kWeek: return "week";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
    case DatePrecision::kDay: break;
  }
  return "day";
}

}  // namespace dyad::context
