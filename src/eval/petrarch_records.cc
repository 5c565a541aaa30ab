// eval/petrarch_records.cc: see petrarch_records.h.
#include "eval/petrarch_records.h"

#include <algorithm>
#include <filesystem>
#include <tuple>

namespace dyad::eval {
namespace {

// The text between <tag> and </tag> in [from, to), or "" (and npos in *end).
std::string Inner(const std::string& s, const std::string& tag, size_t from, size_t to,
                  size_t* end = nullptr) {
  size_t a = s.find("<" + tag + ">", from);
  if (a == std::string::npos || a >= to) { if (end) *end = std::string::npos; return ""; }
  a += tag.size() + 2;
  size_t b = s.find("</" + tag + ">", a);
  if (b == std::string::npos || b > to) { if (end) *end = std::string::npos; return ""; }
  if (end) *end = b;
  return s.substr(a, b - a);
}

// The value of attr="..." (spaces around '=' allowed) inside one tag.
std::string Attr(const std::string& tag, const std::string& attr) {
  size_t p = 0;
  while ((p = tag.find(attr, p)) != std::string::npos) {
    size_t q = p + attr.size();
    while (q < tag.size() && tag[q] == ' ') ++q;
    if (q < tag.size() && tag[q] == '=' && (p == 0 || tag[p - 1] == ' ')) {
      ++q;
      while (q < tag.size() && tag[q] == ' ') ++q;
      if (q < tag.size() && tag[q] == '"') {
        size_t e = tag.find('"', q + 1);
        if (e != std::string::npos) return tag.substr(q + 1, e - q - 1);
      }
    }
    p += attr.size();
  }
  return "";
}

std::string Collapse(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') { space = !out.empty(); continue; }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string Trimmed(const std::string& s) { return Collapse(s); }

}  // namespace

Result<PetrarchTests> ParsePetrarchTests(const std::string& path, const std::string& content) {
  PetrarchTests t;
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(path).parent_path();
  auto resolve = [&](const std::string& name) {
    std::string n = Trimmed(name);
    return n.empty() ? n : (dir / n).string();
  };
  t.verbs = resolve(Inner(content, "Verbfile", 0, content.size()));
  t.actors = resolve(Inner(content, "Actorfile", 0, content.size()));
  t.agents = resolve(Inner(content, "Agentfile", 0, content.size()));
  size_t pos = 0;
  while ((pos = content.find("<Sentence ", pos)) != std::string::npos) {
    size_t end = content.find("</Sentence>", pos);
    if (end == std::string::npos) end = content.size();
    size_t tag_end = content.find('>', pos);
    const std::string tag = content.substr(pos, tag_end - pos);
    PetrarchRecord r;
    r.line = 1 + static_cast<int>(std::count(content.begin(), content.begin() + pos, '\n'));
    const std::string where = path + ":" + std::to_string(r.line);
    r.id = Attr(tag, "id");
    r.category = Attr(tag, "category");
    r.valid = Attr(tag, "valid") != "false";
    std::string d = Attr(tag, "date");
    if (d.size() != 8 || !std::all_of(d.begin(), d.end(), ::isdigit))
      return Status::ParseError(where + ": record " + r.id + ": bad date '" + d + "'");
    r.date = d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
    for (size_t e = content.find("<EventCoding", pos); e != std::string::npos && e < end;
         e = content.find("<EventCoding", e + 1)) {
      std::string ev = content.substr(e, content.find('>', e) - e);
      if (!Attr(ev, "error").empty()) { r.error = true; continue; }
      if (Attr(ev, "noevents") == "True") continue;
      r.expected.push_back({Attr(ev, "sourcecode"), Attr(ev, "targetcode"), Attr(ev, "eventcode")});
    }
    size_t text_end = 0;
    r.text = Collapse(Inner(content, "Text", pos, end, &text_end));
    if (text_end == std::string::npos)
      return Status::ParseError(where + ": record " + r.id + ": no <Text>");
    std::sort(r.expected.begin(), r.expected.end());
    t.records.push_back(std::move(r));
    pos = end;
  }
  return t;
}

}  // namespace dyad::eval
