// store/row_printer.h: the rows of `dyad query` written as they come (CSV, JSON
// Lines or an aligned table), so memory stays flat in the number of rows.
#pragma once

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace dyad::store {

// Formats: "csv" (RFC 4180: a header line, cells quoted when they hold , " CR or LF),
// "json" (one object per row; a numeric column's cell is a JSON number, or null when
// empty) and "table" (cells padded to the column's width, numbers right-aligned, control
// characters as spaces, cells clipped to 40 characters, sentence_text to 80). CSV and
// JSON rows go out through a 64 KiB buffer; the table takes its column widths from its
// first kTableSample rows, holds only those, and pads later rows to the same widths (a
// longer later cell just overflows its column). Not thread-safe; `out` must outlive it.
class RowPrinter {
 public:
  static constexpr size_t kTableSample = 1000;

  // REQUIRES: columns.size() == numeric.size().
  RowPrinter(std::ostream& out, std::string format, std::vector<std::string> columns, std::vector<bool> numeric);

  // One row, a cell per column. False once `out` has failed (a closed pipe): stop.
  bool Row(std::vector<std::string>&& row);
  // Writes what is held (the table's header and sample when fewer rows came); false when
  // `out` failed.
  bool Finish();
  int64_t rows() const { return rows_; }

 private:
  void AppendJson(const std::vector<std::string>& row);
  void StartTable();
  void AppendTableRow(const std::vector<std::string>& r, bool is_header);
  bool Flush();

  std::ostream& os_;
  std::string format_;
  std::vector<std::string> columns_;
  std::vector<bool> numeric_;
  std::vector<size_t> widths_;  // table: empty until fixed
  std::vector<std::vector<std::string>> sample_;
  std::string out_;
  int64_t rows_ = 0;
  bool failed_ = false;
};

}  // namespace dyad::store
