// eval/golden.cc: see golden.h.
#include "eval/golden.h"

#include <fmt/format.h>

#include <map>

#include <nlohmann/json.hpp>

namespace dyad::eval {
namespace {

using nlohmann::json;

// A string field with tabs and newlines made spaces; "-" when absent, null or empty.
std::string Field(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string() || it->get<std::string>().empty()) return "-";
  std::string s = it->get<std::string>();
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

std::string ActorCode(const json& ev, const char* key) {
  auto it = ev.find(key);
  return it != ev.end() && it->is_object() ? Field(*it, "code") : "-";
}

std::string Modality(const json& ev) {
  std::string m = "---";
  auto it = ev.find("modality");
  if (it == ev.end() || !it->is_object()) return m;
  if (it->value("negated", false)) m[0] = 'n';
  if (it->value("hypothetical", false)) m[1] = 'h';
  if (it->value("reported", false)) m[2] = 'r';
  return m;
}

std::string MapPath(std::string where, const PathMap& paths) {
  for (const auto& [prefix, to] : paths)
    if (where.compare(0, prefix.size(), prefix) == 0) return to + where.substr(prefix.size());
  return where;
}

std::string Row(const json& ev, const PathMap& paths) {
  const json& evidence = ev.contains("evidence") ? ev["evidence"] : json::object();
  auto loc = ev.find("location");
  std::string place = loc != ev.end() && loc->is_object() ? Field(*loc, "name") : "-";
  return fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}", Field(ev, "doc_id"),
                     ev.value("sentence", -1), evidence.value("start", 0),
                     ActorCode(ev, "source"), ActorCode(ev, "target"), Field(ev, "code"),
                     Modality(ev), Field(ev, "date"), place,
                     MapPath(Field(evidence, "where"), paths));
}

// The key of a row: its first three fields.
std::string Key(const std::string& row) {
  size_t tab = 0;
  for (int i = 0; i < 3 && tab != std::string::npos; ++i) tab = row.find('\t', tab + 1);
  return row.substr(0, tab);
}

}  // namespace

Result<std::vector<std::string>> GoldenRows(std::string_view jsonl, const PathMap& paths) {
  std::vector<std::string> rows;
  size_t pos = 0;
  for (int n = 1; pos < jsonl.size(); ++n) {
    size_t nl = jsonl.find('\n', pos);
    if (nl == std::string_view::npos) nl = jsonl.size();
    std::string_view line = jsonl.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty()) continue;
    json ev = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (ev.is_discarded() || !ev.is_object())
      return Status::ParseError("event line " + std::to_string(n) + ": not a JSON object");
    rows.push_back(Row(ev, paths));
  }
  return rows;
}

std::vector<std::string> ParseGoldenRows(std::string_view content) {
  std::vector<std::string> rows;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    rows.emplace_back(line);
  }
  return rows;
}

GoldenDiff DiffGolden(const std::vector<std::string>& old_rows,
                      const std::vector<std::string>& new_rows) {
  GoldenDiff d;
  std::map<std::string, int> in_new;
  for (const auto& r : new_rows) ++in_new[r];
  std::vector<std::string> old_left;
  for (const auto& r : old_rows) {
    auto it = in_new.find(r);
    if (it != in_new.end() && it->second > 0) {
      --it->second;
      ++d.same;
    } else {
      old_left.push_back(r);
    }
  }
  std::map<std::string, std::vector<std::string>> old_by_key;  // unmatched, in order
  for (const auto& r : old_left) old_by_key[Key(r)].push_back(r);
  std::map<std::string, size_t> taken;  // per key, how many old rows paired so far
  for (const auto& r : new_rows) {
    auto it = in_new.find(r);
    if (it->second == 0) continue;  // matched an old row exactly
    --it->second;
    std::string k = Key(r);
    auto& olds = old_by_key[k];
    size_t& t = taken[k];
    if (t < olds.size()) d.changed.emplace_back(olds[t++], r);
    else d.added.push_back(r);
  }
  for (const auto& r : old_left) {
    std::string k = Key(r);
    // The first taken[k] old rows of this key were paired as changed.
    if (taken[k] > 0) --taken[k];
    else d.removed.push_back(r);
  }
  return d;
}

bool OnlyWhereDiffers(const std::string& a, const std::string& b) {
  size_t ta = a.rfind('\t'), tb = b.rfind('\t');
  return ta != std::string::npos && ta == tb && a.compare(0, ta, b, 0, tb) == 0;
}

std::string GoldenSummary(const GoldenDiff& d, size_t limit) {
  size_t where_only = 0;
  for (const auto& [a, b] : d.changed)
    if (OnlyWhereDiffers(a, b)) ++where_only;
  std::string s = fmt::format(
      "{} event(s) unchanged, {} added, {} removed, {} changed ({} of them only in the "
      "dictionary file:line, e.g. lines shifted by an edit)\n",
      d.same, d.added.size(), d.removed.size(), d.changed.size(), where_only);
  // Changes in what was coded first, then those only in file:line.
  size_t shown = 0;
  for (bool where : {false, true})
    for (const auto& [a, b] : d.changed)
      if (OnlyWhereDiffers(a, b) == where && shown++ < limit)
        s += fmt::format("  changed: {}\n       to: {}\n", a, b);
  for (size_t i = 0; i < d.added.size() && i < limit; ++i)
    s += "  added:   " + d.added[i] + "\n";
  for (size_t i = 0; i < d.removed.size() && i < limit; ++i)
    s += "  removed: " + d.removed[i] + "\n";
  return s;
}

}  // namespace dyad::eval
