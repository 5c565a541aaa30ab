// out/export_util.h: pieces shared by the export formats (not part of the sink API).
#pragma once

#include <charconv>
#include <cmath>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "io/utf8.h"
#include "out/export_sinks.h"

namespace dyad::out {

// Appends `s` with ill-formed UTF-8 repaired and every control character (tab, CR, LF...)
// replaced by one space, so it cannot break a tab-separated line.
void AppendTsvField(std::string_view s, std::string* out);
// Shortest round-trip form ("1.9", "-10"); nothing for NaN or infinity.
void AppendNumber(double v, std::string* out);
// "2019-04-10" -> "20190410"; "" for anything that is not YYYY-MM-DD.
std::string DigitsOfDate(std::string_view date);
// "IRNGOVMIL" -> {"IRN", "GOV", "MIL"} (a short last chunk is kept as it is).
std::vector<std::string> CodeChunks(std::string_view code);
std::string Upper(std::string_view s);
Status WriteLine(std::ostream& out, const std::string& line);
Status FlushStream(std::ostream& out);
// The column names joined by tabs, with a '\n'.
std::string HeaderLine(const std::vector<std::string_view>& columns);

const std::vector<std::string_view>& TabariColumns();
const std::vector<std::string_view>& PhoenixColumns();
const std::vector<std::string_view>& GdeltColumns();
std::unique_ptr<RecordSink> MakeTabariExport(std::ostream& out, bool header);
std::unique_ptr<RecordSink> MakePhoenixExport(std::ostream& out, bool header);
std::unique_ptr<RecordSink> MakeGdeltExport(std::ostream& out, bool header);
std::unique_ptr<RecordSink> MakePloverExport(std::ostream& out);

}  // namespace dyad::out
