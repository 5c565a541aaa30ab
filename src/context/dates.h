// context/dates.h: calendar dates written in a sentence, resolved against the story's date.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "code/sentence.h"

namespace dyad::context {

// A date expression found in a sentence: tokens [first, last] and the date it names.
struct DateMention {
  size_t first = 0;
  size_t last = 0;
  int32_t date = 0;  // YYYYMMDD
};

// Finds "June 6", "on May 18", "6 June", "June 6, 2006", "Sept. 3", "[June 16]" in
// `s` (tokens marked excluded are skipped). A month without a day is not a date here.
// "May" counts as a month only when capitalised and next to a day number, so the modal
// "may" never does. Without a year, the month-day takes the year that puts it nearest
// before or on `doc_date` (YYYYMMDD), so a "December 20" in a 5 January story is the
// previous year; with `future` true it takes the nearest on or after instead.
// `doc_date` 0 means unknown: only expressions with an explicit year are returned.
std::vector<DateMention> FindDates(const code::Sentence& s, int32_t doc_date, bool future = false);

// 20060606 -> "2006-06-06".
std::string FormatDate(int32_t yyyymmdd);

}  // namespace dyad::context
