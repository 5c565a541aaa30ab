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

inline void Tab(std::string* b) { b->push_back('\t'); }
// "2019-04-10" -> {2019, 4, 10}; false for anything that is not YYYY-MM-DD.
bool SplitDate(std::string_view date, int* y, int* m, int* d);

// What the delimited layouts share: the header line (when asked for) goes out with the first
// record, or on Flush when there is none; one line buffer is reused for every record.
class DelimitedExport : public RecordSink {
 public:
  Status Flush() final {
    if (!pending_.empty()) {
      DYAD_RETURN_IF_ERROR(WriteLine(out_, pending_));
      pending_.clear();
    }
    return FlushStream(out_);
  }

 protected:
  DelimitedExport(std::ostream& out, bool header, const std::vector<std::string_view>& columns)
      : out_(out) {
    if (header) pending_ = HeaderLine(columns);
  }
  // The line buffer for the next record, holding the header when it is still to be written.
  std::string& StartLine() {
    line_ = std::move(pending_);
    pending_.clear();
    return line_;
  }
  // Ends the record's line and writes it (with the header before it, if any).
  Status EndLine() {
    line_ += '\n';
    return WriteLine(out_, line_);
  }

 private:
  std::ostream& out_;
  std::string line_, pending_;
};


const std::vector<std::string_view>& TabariColumns();
const std::vector<std::string_view>& PhoenixColumns();
const std::vector<std::string_view>& GdeltColumns();
const std::vector<std::string_view>& IcewsColumns();
const std::vector<std::string_view>& PolecatColumns();
std::unique_ptr<RecordSink> MakeTabariExport(std::ostream& out, bool header);
std::unique_ptr<RecordSink> MakePhoenixExport(std::ostream& out, bool header);
std::unique_ptr<RecordSink> MakeGdeltExport(std::ostream& out, bool header);
std::unique_ptr<RecordSink> MakeIcewsExport(std::ostream& out, bool header);
std::unique_ptr<RecordSink> MakePolecatExport(std::ostream& out, bool header);
std::unique_ptr<RecordSink> MakePloverExport(std::ostream& out);

}  // namespace dyad::out
