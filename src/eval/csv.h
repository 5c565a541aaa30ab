// eval/csv.h: a small RFC 4180 CSV reader for the gold files.
//
// Fields are separated by commas; a field in double quotes may hold commas, newlines and
// doubled quotes (""), which stand for one quote. Records end at '\n' (a '\r' before it is
// dropped) outside quotes. Bytes are passed through as they are: repairing the encoding is
// the caller's job (eval/repair.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::eval {

struct CsvRecord {
  std::vector<std::string> fields;
  int line = 0;  // 1-based line of `content` where the record starts
};

// Splits `content` into records. Fails, naming `file` and the line, on a quoted field that
// never closes or on a stray character after a closing quote. A final empty line is not a
// record.
Result<std::vector<CsvRecord>> ParseCsv(std::string_view file, std::string_view content);

}  // namespace dyad::eval
