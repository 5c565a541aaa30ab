// io/doc_date.h: the date a document carries in its metadata ("date" field, "Date:" header).
//
// This is not the resolver of dates inside the text ("on June 6", "last week"), which is
// the context stage's job; it only reads the explicit, absolute dates that readers meet.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dyad::io {

// "YYYY-MM-DD" for a valid calendar date written as one of
//   2006-06-09   2006-06-09T14:05:00Z   2006-06-09 14:05   (ISO 8601; the time is ignored)
//   2006/06/09   20060609
//   June 9, 2006   Jun. 9 2006   9 June 2006   Friday, June 9, 2006   (English month names)
// with surrounding spaces allowed; std::nullopt for anything else, including impossible
// dates (2006-02-30), years outside 1000-2999 and day-first or month-first numeric forms
// such as 06/09/2006, which are ambiguous. Pure; thread-safe.
std::optional<std::string> ParseDocumentDate(std::string_view s);

}  // namespace dyad::io
