// store/row_printer.cc: see row_printer.h.
#include "store/row_printer.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace dyad::store {
namespace {

std::string Csv(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}

size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string Clip(const std::string& s, size_t max) {
  if (Width(s) <= max) return s;
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80 && ++n > max - 1) break;
    out += s[i];
  }
  return out + "\xE2\x80\xA6";  // …
}

}  // namespace

RowPrinter::RowPrinter(std::ostream& out, std::string format, std::vector<std::string> columns,
                       std::vector<bool> numeric)
    : os_(out), format_(std::move(format)), columns_(std::move(columns)), numeric_(std::move(numeric)) {
  if (format_ == "csv") {
    for (size_t c = 0; c < columns_.size(); ++c) out_ += (c ? "," : "") + Csv(columns_[c]);
    out_ += "\n";
  }
}

bool RowPrinter::Row(std::vector<std::string>&& row) {
  ++rows_;
  if (format_ == "csv") {
    for (size_t c = 0; c < row.size(); ++c) out_ += (c ? "," : "") + Csv(row[c]);
    out_ += "\n";
  } else if (format_ == "json") {
    AppendJson(row);
  } else {
    for (size_t c = 0; c < row.size(); ++c) {
      for (char& ch : row[c]) if (static_cast<unsigned char>(ch) < 0x20) ch = ' ';
      row[c] = Clip(row[c], columns_[c] == "sentence_text" ? 80 : 40);
    }
    if (widths_.empty()) {
      sample_.push_back(std::move(row));
      if (sample_.size() >= kTableSample) StartTable();
      return true;
    }
    AppendTableRow(row, false);
  }
  return out_.size() < (64u << 10) || Flush();
}

bool RowPrinter::Finish() {
  if (format_ == "table" && widths_.empty()) StartTable();
  return Flush();
}

void RowPrinter::AppendJson(const std::vector<std::string>& row) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (size_t c = 0; c < row.size(); ++c) {
    if (numeric_[c] && !row[c].empty()) j[columns_[c]] = nlohmann::ordered_json::parse(row[c]);
    else if (numeric_[c]) j[columns_[c]] = nullptr;
    else j[columns_[c]] = row[c];
  }
  out_ += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

void RowPrinter::StartTable() {
  widths_.assign(columns_.size(), 0);
  for (size_t c = 0; c < columns_.size(); ++c) widths_[c] = Width(columns_[c]);
  for (const auto& r : sample_)
    for (size_t c = 0; c < r.size(); ++c) widths_[c] = std::max(widths_[c], Width(r[c]));
  AppendTableRow(columns_, true);
  for (size_t c = 0; c < widths_.size(); ++c) out_ += (c ? "  " : "") + std::string(widths_[c], '-');
  out_ += "\n";
  for (const auto& r : sample_) AppendTableRow(r, false);
  sample_.clear();
  sample_.shrink_to_fit();
}

void RowPrinter::AppendTableRow(const std::vector<std::string>& r, bool is_header) {
  for (size_t c = 0; c < r.size(); ++c) {
    const size_t w = Width(r[c]);
    const std::string pad(widths_[c] > w ? widths_[c] - w : 0, ' ');
    if (c) out_ += "  ";
    out_ += (numeric_[c] && !is_header) ? pad + r[c] : (c + 1 == r.size() ? r[c] : r[c] + pad);
  }
  out_ += "\n";
}

bool RowPrinter::Flush() {
  if (failed_) return false;
  os_.write(out_.data(), static_cast<std::streamsize>(out_.size()));
  os_.flush();
  out_.clear();
  failed_ = !os_;
  return !failed_;
}

}  // namespace dyad::store
