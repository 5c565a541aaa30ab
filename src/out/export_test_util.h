// out/export_test_util.h: shared pieces of the export tests (not part of the library).
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "out/export_sinks.h"

namespace dyad::out::testing {

inline std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> f;
  std::string cur;
  for (char c : line) {
    if (c == '\t') {
      f.push_back(cur);
      cur.clear();
    } else if (c != '\n') {
      cur += c;
    }
  }
  f.push_back(cur);
  return f;
}

// The lines a sink writes for `records`, split into fields.
inline std::vector<std::vector<std::string>> Rows(ExportFormat f, const std::vector<ExportRecord>& records,
                                                  bool header) {
  std::ostringstream out;
  auto sink = MakeExportSink(f, out, header);
  for (const auto& r : records) EXPECT_TRUE(sink->Write(r).ok());
  EXPECT_TRUE(sink->Flush().ok());
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(out.str());
  for (std::string line; std::getline(in, line);) rows.push_back(SplitTabs(line));
  return rows;
}

// Column names of a reference list in ../shared/data/formats whose lines are "Name   notes"
// (two spaces or more, or a '(' , end the name) after '#' comments; empty when absent.
inline std::vector<std::string> ReferenceNames(const std::string& file) {
  std::vector<std::string> names;
  std::ifstream in(std::string(DYAD_SHARED_DIR) + "/data/formats/" + file);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    size_t end = line.find("  ");
    if (end == std::string::npos) end = line.size();
    while (end > 0 && line[end - 1] == ' ') --end;
    names.push_back(line.substr(0, end));
  }
  return names;
}

// A header row's field named `name` in `row`.
inline std::string Col(const std::vector<std::string>& header, const std::vector<std::string>& row,
                       const std::string& name) {
  for (size_t i = 0; i < header.size() && i < row.size(); ++i) {
    if (header[i] == name) return row[i];
  }
  ADD_FAILURE() << "no column " << name;
  return "";
}

}  // namespace dyad::out::testing
