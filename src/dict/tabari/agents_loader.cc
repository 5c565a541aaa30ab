// dict/tabari/agents_loader.cc: TABARI .agents files into AgentEntry lists.
#include "dict/tabari/agents_loader.h"

#include <cctype>
#include <unordered_map>

#include "dict/tabari/phrase.h"

namespace dyad::tabari {
namespace {

bool ParseAgentCode(const std::string& block, AgentEntry* e, std::string* err) {
  std::string s;
  for (char c : block) {
    if (c != ' ' && c != '\t') s.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  if (s.empty()) {
    *err = "no code in [...]";
    return false;
  }
  if (s.front() == '~') {
    e->suffix = true;
    s.erase(0, 1);
  } else if (s.back() == '~') {
    e->suffix = false;
    s.pop_back();
  } else {
    *err = "missing ~ connector in agent code '" + s + "'";
    return false;
  }
  if (s.empty()) {
    *err = "no code in [...]";
    return false;
  }
  for (char c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      *err = "invalid agent code '" + s + "'";
      return false;
    }
  }
  e->code = s;
  return true;
}

}  // namespace

void ParseAgents(const std::string& name, const std::vector<std::string>& lines,
                 std::vector<AgentEntry>* out, LoadReport* report) {
  std::unordered_map<std::string, Where> seen;
  std::string last_code;
  bool last_suffix = true;
  bool have_last = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    Where where{name, static_cast<int>(i + 1)};
    const std::string& raw = lines[i];
    if (!IsUtf8(raw)) {
      report->Error(where, "invalid UTF-8; line skipped");
      continue;
    }
    std::string_view t = Trim(raw);
    if (t.empty() || t[0] == '#' || t[0] == '/') continue;
    if (t.rfind("~FINISH", 0) == 0 || t.rfind("~~FINISH", 0) == 0) break;
    if (t[0] == '<') continue;  // section tags are not used in .agents
    LineParts parts;
    std::string err;
    if (!SplitLine(raw, &parts, &err)) {
      report->Error(where, err + "; line skipped");
      continue;
    }
    AgentEntry e;
    e.where = where;
    std::string_view phrase = parts.phrase;
    bool synonym = !phrase.empty() && phrase[0] == '+';
    if (synonym) phrase.remove_prefix(1);
    if (!ParseWords(phrase, &e.words, &err)) {
      report->Error(where, err + "; line skipped");
      continue;
    }
    if (parts.blocks.empty()) {
      if (synonym && have_last) {
        e.code = last_code;
        e.suffix = last_suffix;
      } else {
        report->Error(where, "no code for agent; line skipped");
        continue;
      }
    } else if (!ParseAgentCode(parts.blocks[0], &e, &err)) {
      report->Error(where, err + "; line skipped");
      continue;
    }
    last_code = e.code;
    last_suffix = e.suffix;
    have_last = true;
    std::string key;
    for (const PWord& w : e.words) key += w.text + (w.exact ? "_" : " ");
    auto [it, inserted] = seen.emplace(key, where);
    if (!inserted) {
      report->duplicates.push_back(where.Str() + ": duplicate of " + it->second.Str());
      continue;
    }
    out->push_back(std::move(e));
  }
}

Status LoadAgents(const std::string& path, std::vector<AgentEntry>* out, LoadReport* report) {
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> lines, ReadLines(path));
  ParseAgents(BaseName(path), lines, out, report);
  return Status::Ok();
}

}  // namespace dyad::tabari
