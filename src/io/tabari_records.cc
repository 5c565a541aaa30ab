// io/tabari_records.cc: reading TABARI text records.
#include "io/tabari_records.h"

#include <cctype>
#include <fstream>
#include <sstream>

namespace dyad::io {
namespace {

bool IsBlankLine(std::string_view l) {
  for (char c : l) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

// "950103  DEMO-04" -> date, rest. Requires at least six leading digits then a blank.
bool ParseHeader(std::string_view l, std::string* date, std::string* rest) {
  size_t i = 0;
  while (i < l.size() && std::isdigit(static_cast<unsigned char>(l[i]))) ++i;
  if (i < 6 || i > 9) return false;
  if (i < l.size() && l[i] != ' ' && l[i] != '\t') return false;
  *date = std::string(l.substr(0, i));
  size_t j = i;
  while (j < l.size() && (l[j] == ' ' || l[j] == '\t')) ++j;
  std::string_view r = l.substr(j);
  while (!r.empty() && (r.back() == ' ' || r.back() == '\t' || r.back() == '\r')) r.remove_suffix(1);
  *rest = std::string(r);
  return true;
}

}  // namespace

std::vector<TabariRecord> ParseTabariRecords(std::string_view data) {
  std::vector<TabariRecord> out;
  TabariRecord* cur = nullptr;
  bool in_comment = false;
  bool after_comment = false;  // everything after the first "/*" is comment
  int lineno = 0;
  size_t pos = 0;
  while (pos <= data.size()) {
    size_t nl = data.find('\n', pos);
    std::string_view line = data.substr(pos, nl == std::string_view::npos ? data.size() - pos : nl - pos);
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (cur == nullptr) {
      std::string date, rest;
      if (ParseHeader(line, &date, &rest)) {
        out.emplace_back();
        cur = &out.back();
        cur->date = date;
        cur->header = rest;
        cur->id = rest.substr(0, rest.find_first_of(" \t"));
        cur->line = lineno;
        in_comment = false;
        after_comment = false;
      }
    } else if (IsBlankLine(line)) {
      // A blank line always ends the record, even inside an unclosed /* comment: TABARI
      // reads records by blank lines (DEFAULT-06b in Validate.text never closes its comment).
      cur = nullptr;
      in_comment = false;
    } else if (after_comment && !in_comment) {
      // Text after a closed comment: TABARI's validation records keep more expected
      // events there; it is not coded.
      std::string_view rest = line;
      size_t q;
      while ((q = rest.find("*/")) != std::string_view::npos) {
        cur->comment.append(rest.substr(0, q));
        rest.remove_prefix(q + 2);
      }
      cur->comment.append(rest);
      cur->comment.push_back('\n');
    } else {
      // Split the line into text and comment parts.
      size_t i = 0;
      while (i < line.size()) {
        if (in_comment) {
          size_t end = line.find("*/", i);
          std::string_view part = line.substr(i, end == std::string_view::npos ? line.size() - i : end - i);
          cur->comment.append(part);
          if (end == std::string_view::npos) {
            cur->comment.push_back('\n');
            i = line.size();
          } else {
            cur->comment.push_back('\n');
            in_comment = false;
            i = end + 2;
          }
        } else {
          size_t start = line.find("/*", i);
          std::string_view part = line.substr(i, start == std::string_view::npos ? line.size() - i : start - i);
          if (!cur->text.empty() && !part.empty()) cur->text.push_back(' ');
          cur->text.append(part);
          if (start == std::string_view::npos) {
            i = line.size();
          } else {
            in_comment = true;
            after_comment = true;
            i = start + 2;
          }
        }
      }
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  // "\n" manual line breaks read as blanks.
  for (TabariRecord& r : out) {
    size_t p = 0;
    while ((p = r.text.find("\\n", p)) != std::string::npos) r.text.replace(p, 2, " ");
  }
  return out;
}

Result<std::vector<TabariRecord>> ReadTabariRecords(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string data = ss.str();
  return ParseTabariRecords(data);
}

Document ToDocument(const TabariRecord& r, const std::string& path) {
  Document d;
  d.id = r.id;
  d.text = r.text;
  d.origin = path + ":" + std::to_string(r.line);
  const std::string& s = r.date;
  int y = -1, m = 0, dd = 0;
  if (s.size() == 8) {
    y = std::stoi(s.substr(0, 4));
    m = std::stoi(s.substr(4, 2));
    dd = std::stoi(s.substr(6, 2));
  } else if (s.size() >= 6) {
    y = std::stoi(s.substr(0, 2));
    y += y <= 30 ? 2000 : 1900;
    m = std::stoi(s.substr(2, 2));
    dd = std::stoi(s.substr(4, 2));
  }
  if (y > 0 && m >= 1 && m <= 12 && dd >= 1 && dd <= 31) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, dd);
    d.date = buf;
  }
  d.meta["tabari_date"] = r.date;
  return d;
}

}  // namespace dyad::io
