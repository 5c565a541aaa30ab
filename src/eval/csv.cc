// eval/csv.cc: RFC 4180 CSV as a one-pass state machine over the bytes.
#include "eval/csv.h"

namespace dyad::eval {

Result<std::vector<CsvRecord>> ParseCsv(std::string_view file, std::string_view content) {
  std::vector<CsvRecord> out;
  CsvRecord rec;
  std::string field;
  int line = 1;
  rec.line = 1;
  bool in_quotes = false, after_quote = false, record_has_data = false;
  auto where = [&] { return std::string(file) + ":" + std::to_string(line) + ": "; };
  auto end_field = [&] {
    rec.fields.push_back(std::move(field));
    field.clear();
    after_quote = false;
  };
  auto end_record = [&] {
    end_field();
    out.push_back(std::move(rec));
    rec = CsvRecord();
    rec.line = line + 1;
    record_has_data = false;
  };
  for (size_t i = 0; i < content.size(); ++i) {
    char c = content[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < content.size() && content[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          in_quotes = false;
          after_quote = true;
        }
      } else {
        if (c == '\n') ++line;
        field.push_back(c);
      }
      continue;
    }
    if (c == ',') {
      end_field();
      record_has_data = true;
    } else if (c == '\n' || (c == '\r' && i + 1 < content.size() && content[i + 1] == '\n')) {
      if (c == '\r') ++i;
      if (record_has_data || !field.empty() || after_quote) end_record();
      else rec.line = line + 1;  // a blank line is not a record
      ++line;
    } else if (c == '"' && field.empty() && !after_quote) {
      in_quotes = true;
      record_has_data = true;
    } else if (after_quote) {
      return Status::ParseError(where() + "character after a closing quote");
    } else {
      field.push_back(c);
      record_has_data = true;
    }
  }
  if (in_quotes) return Status::ParseError(where() + "quoted field never closes");
  if (record_has_data || !field.empty() || after_quote) end_record();
  return out;
}

}  // namespace dyad::eval
