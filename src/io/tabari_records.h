// io/tabari_records.h: TABARI text records (TABARI manual 4.3).
//
// A record is a header line "YYMMDD ID" (a date of six digits, or eight with SET: YYYY,
// then blanks, then the record id), the text on the following lines, and a blank line.
// Text from /* to */ is a comment: it is not coded (the validation suite keeps the expected
// events there), and neither is anything after the first comment. A blank line ends the
// record even inside an unclosed comment. A "\n" in the text is TABARI's manual line
// break and reads as a blank. Lines starting with '#' between records are comments.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::io {

struct TabariRecord {
  std::string date;     // the header's date field as written ("950103", "20150607")
  std::string id;       // the record id, e.g. "DEMO-04"
  std::string header;   // the whole header line after the date (id and anything after it)
  std::string text;     // the text to code: lines joined by ' ', comments removed
  std::string comment;  // the comments' contents, joined by '\n'
  int line = 0;         // 1-based line of the header
};

// Parses the records of `data` (the file's bytes).
std::vector<TabariRecord> ParseTabariRecords(std::string_view data);

// Reads every record of `path`. Fails, naming the path, when it cannot be read.
Result<std::vector<TabariRecord>> ReadTabariRecords(const std::string& path);

// The record as a dyad Document: id, text, date ("YYYY-MM-DD" from a six- or eight-digit
// date, two-digit years pivoting at 30; "" when the date cannot be read), origin
// "path:line".
Document ToDocument(const TabariRecord& r, const std::string& path);

}  // namespace dyad::io
