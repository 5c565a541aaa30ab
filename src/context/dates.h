// context/dates.h: dates written in a sentence, resolved against the story's date.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "code/sentence.h"

namespace dyad::context {

enum class DatePrecision : uint8_t { kDay, kWeek, kMonth, kYear };

// A date expression found in a sentence: tokens [first, last] and the date it names.
struct DateMention {
  size_t first = 0;
  size_t last = 0;
  int32_t date = 0;  // YYYYMMDD; for a period, its first day
  DatePrecision precision = DatePrecision::kDay;
  // After "since" ("since August 2015", "since early May"): the start of a period that
  // runs up to the story, not the day of one act.
  bool since = false;
};

// Finds the date expressions of `s` (tokens marked excluded are skipped) and resolves
// them against `doc_date` (YYYYMMDD; 0 = unknown, when only expressions with an
// explicit year are returned):
//   absolute:  "June 6", "on May 18", "6 June", "June 6, 2006", "Sept. 3", "[June 16]";
//              "in August", "in early May" (month: its first day); "in 2004" (Jan 1).
//   relative:  "today", "yesterday", "tomorrow"; "on Tuesday" (the nearest Tuesday on or
//              before the story's date); "last Friday" (the nearest Friday strictly
//              before it: a week before in a Friday story); "next Friday" (strictly after); "last week" (7 days before), "last month" and
//              "last year" (the first day of that period), "earlier this month" and
//              "this month" (its first day), "earlier this year", "N days/weeks/months/
//              years ago" (N in digits or words one..twelve, "a").
// Without a year, a month-day takes the year that puts it nearest before or on the
// story's date ("December 20" in a 5 January story is the previous year), and a month
// the latest one that began on or before it. With `future` true (the sentence speaks of
// the future) they look forward instead: the nearest on or after; weekdays likewise,
// and "next week/month/year" always does.
// "May" is a month only when capitalised and beside a day number or after "in", so the
// modal "may" never is.
std::vector<DateMention> FindDates(const code::Sentence& s, int32_t doc_date, bool future = false);

// The last day of the period a resolved date names: the day itself; a week's seventh day;
// the last day of its month or year.
int32_t PeriodEnd(int32_t yyyymmdd, DatePrecision p);

// Is a date the text gives a historical reference rather than the date of a news event?
// True when the period it names ended more than a year before the story's date `doc_date`
// (its end + 12 months < doc_date): "in 2016", "in August 2015", "four years ago" in a
// 2019 story are; "last year" (its period ends on 31 December) and "in March 2018" in a
// story of 2019-03-10 are not. False when either date is 0. The coder's rule built on it
// (docs/event-schema.md, "Dates"): an act the text dates that far back is history, not a
// new event, and is written with the story's date and date_source "history"; a "since"
// date that far back starts a state that still holds, so it does not date the act at all.
bool Historical(int32_t yyyymmdd, DatePrecision p, int32_t doc_date);

// Month and weekday names, as normalised (lower-case) words: MonthOf("march") = 3,
// MonthOf("sept.") = 9, 0 for other words; WeekdayOf("sunday") = 0 .. 6, -1 otherwise.
int MonthOf(std::string_view word);
int WeekdayOf(std::string_view word);

// The Event::date_precision word of a precision: "day", "week", "month", "year".
std::string_view PrecisionName(DatePrecision p);

// 20060606 -> "2006-06-06".
std::string FormatDate(int32_t yyyymmdd);

// Calendar arithmetic on YYYYMMDD dates.
int32_t AddDays(int32_t yyyymmdd, int days);
int32_t AddMonths(int32_t yyyymmdd, int months);  // day clamped to the month's length
int Weekday(int32_t yyyymmdd);                    // 0 = Sunday .. 6 = Saturday

}  // namespace dyad::context
