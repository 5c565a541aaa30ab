// eval/gold_cameo.cc: the CAMEO manual examples from the ICEWS cameo-codes.csv.
#include <algorithm>

#include "eval/csv.h"
#include "eval/gold.h"
#include "eval/repair.h"
#include "ontology/cameo.h"

namespace dyad::eval {
namespace {

std::string Trim(std::string s) {
  const char* ws = " \t\r\n";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

}  // namespace

Result<GoldSet> ParseCameoGold(std::string_view file, std::string_view content) {
  DYAD_ASSIGN_OR_RETURN(std::vector<CsvRecord> records, ParseCsv(file, content));
  std::string f(file);
  if (records.empty()) return Status::ParseError(f + ": empty file (want a CSV header)");
  const auto& header = records[0].fields;
  auto column = [&](std::string_view name) -> int {
    auto it = std::find(header.begin(), header.end(), name);
    return it == header.end() ? -1 : static_cast<int>(it - header.begin());
  };
  int code_col = column("code"), example_col = column("example");
  if (code_col < 0 || example_col < 0)
    return Status::ParseError(f + ":1: the header has no 'code' and 'example' columns");
  GoldSet set;
  set.format = GoldFormat::kCameo;
  set.file = f;
  set.has_codes = true;
  for (size_t r = 1; r < records.size(); ++r) {
    const CsvRecord& rec = records[r];
    std::string where = f + ":" + std::to_string(rec.line);
    if (rec.fields.size() != header.size())
      return Status::ParseError(where + ": " + std::to_string(rec.fields.size()) +
                                " fields, the header has " + std::to_string(header.size()));
    std::string code = Trim(rec.fields[code_col]);
    std::string text = Trim(RepairMojibake(rec.fields[example_col]));
    if (text.empty() || text == "NA") {
      ++set.skipped;
      continue;
    }
    if (ontology::FindCameo(code) == nullptr)
      return Status::ParseError(where + ": '" + code + "' is not a CAMEO 1.1b3 event code");
    GoldExample ex;
    ex.id = "cameo-" + code;
    ex.text = std::move(text);
    ex.code = std::move(code);
    ex.where = std::move(where);
    set.examples.push_back(std::move(ex));
  }
  return set;
}

}  // namespace dyad::eval
