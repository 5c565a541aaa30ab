// dict/lint.cc: see lint.h. Each check is one pass over the entries with a hash map from
// the entry's key (phrase words, or pattern elements) to the first entry with that key:
// O(n) in the number of entries.
#include "dict/lint.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "dict/dyad_loader.h"
#include "util/data_dir.h"

namespace dyad::dict {
namespace {

using Kind = LintFinding::Kind;

std::string Join(const std::vector<std::string>& words) {
  std::string s;
  for (const auto& w : words) {
    if (!s.empty()) s += ' ';
    s += w;
  }
  return s;
}

std::string DateText(int32_t d) {
  if (d == kMinDate || d == kMaxDate) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
  return buf;
}

std::string CodesText(const std::vector<DatedCode>& codes) {
  std::string s;
  for (const auto& c : codes) {
    if (!s.empty()) s += ", ";
    s += c.code;
    if (c.from != kMinDate || c.to != kMaxDate) s += " " + DateText(c.from) + ".." + DateText(c.to);
  }
  return s;
}

bool SameCodes(const std::vector<DatedCode>& a, const std::vector<DatedCode>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].code != b[i].code || a[i].from != b[i].from || a[i].to != b[i].to) return false;
  return true;
}

std::string PatternKey(const VerbPattern& p) {
  std::string k;
  for (const auto& e : p.elems) {
    if (e.kind == PatternElem::Kind::kSource) k += "$";
    else if (e.kind == PatternElem::Kind::kTarget) k += "+";
    else k += e.word;
    k += '\x1f';
  }
  return k;
}

void CheckActors(const Entries& en, std::vector<LintFinding>* out) {
  // Entries from one line share their source; a phrase repeated on its own line is
  // reported once per line pair.
  std::unordered_map<std::string, size_t> first;
  for (size_t i = 0; i < en.actors.size(); ++i) {
    const ActorEntry& a = en.actors[i];
    auto [it, fresh] = first.emplace(Join(a.words), i);
    if (fresh) continue;
    const ActorEntry& b = en.actors[it->second];
    if (b.src.file == a.src.file && b.src.line == a.src.line) continue;
    // An alias of two people ("Bush") is resolved by the event's date (dict/compiled.cc).
    if (a.kind == ActorKind::kPerson && b.kind == ActorKind::kPerson && a.name != b.name) continue;
    LintFinding f;
    f.where = a.src.Where();
    f.other = b.src.Where();
    if (SameCodes(a.codes, b.codes)) {
      f.kind = Kind::kDuplicate;
      f.message = "actor phrase '" + Join(a.words) + "' again (" + CodesText(a.codes) + ")";
    } else {
      f.kind = Kind::kConflict;
      f.message = "actor phrase '" + Join(a.words) + "' is " + CodesText(a.codes) +
                  " here but " + CodesText(b.codes) + " earlier; the later one wins";
    }
    out->push_back(std::move(f));
  }
}

void CheckAgents(const Entries& en, std::vector<LintFinding>* out) {
  std::unordered_map<std::string, size_t> first;
  for (size_t i = 0; i < en.agents.size(); ++i) {
    const AgentEntry& a = en.agents[i];
    auto [it, fresh] = first.emplace(Join(a.words), i);
    if (fresh) continue;
    const AgentEntry& b = en.agents[it->second];
    if (b.src.file == a.src.file && b.src.line == a.src.line) continue;
    LintFinding f;
    f.where = a.src.Where();
    f.other = b.src.Where();
    if (a.code == b.code) {
      f.kind = Kind::kDuplicate;
      f.message = "agent phrase '" + Join(a.words) + "' again (" + a.code + ")";
    } else {
      f.kind = Kind::kConflict;
      f.message = "agent phrase '" + Join(a.words) + "' is " + a.code + " here but " + b.code +
                  " earlier; the later one wins";
    }
    out->push_back(std::move(f));
  }
}

void CheckVerbs(const Entries& en, std::vector<LintFinding>* out) {
  std::unordered_map<std::string, size_t> first;
  for (size_t i = 0; i < en.verbs.size(); ++i) {
    const VerbPattern& p = en.verbs[i];
    auto [it, fresh] = first.emplace(PatternKey(p), i);
    if (fresh) continue;
    const VerbPattern& q = en.verbs[it->second];
    LintFinding f;
    f.where = p.src.Where();
    f.other = q.src.Where();
    if (p.code == q.code) {
      f.kind = Kind::kPatternDuplicate;
      f.message = "pattern '" + p.text + "' => " + p.code + " repeats '" + q.text + "' => " +
                  q.code + "; it never fires";
    } else {
      f.kind = Kind::kPatternShadowed;
      f.message = "pattern '" + p.text + "' => " + p.code + " has the same words and slots as '" +
                  q.text + "' => " + q.code + ", which wins every tie; it never fires";
    }
    out->push_back(std::move(f));
  }
}

void CheckPeople(const Entries& en, std::vector<LintFinding>* out) {
  struct Range {
    const DatedCode* code;
    const SourceRef* src;
  };
  // One set of ranges per (name, source line): the phrases of a line share them.
  std::map<std::string, std::vector<std::pair<std::string, std::vector<Range>>>> by_name;
  for (const ActorEntry& a : en.actors) {
    if (a.kind != ActorKind::kPerson) continue;
    auto& lines = by_name[a.name];
    std::string where = a.src.Where();
    if (!lines.empty() && lines.back().first == where) continue;
    bool seen = std::any_of(lines.begin(), lines.end(), [&](const auto& l) { return l.first == where; });
    if (seen) continue;
    std::vector<Range> ranges;
    for (const DatedCode& c : a.codes) ranges.push_back({&c, &a.src});
    if (std::all_of(a.codes.begin(), a.codes.end(),
                    [](const DatedCode& c) { return c.from == kMinDate && c.to == kMaxDate; }))
      out->push_back({Kind::kPersonUndated, where, "",
                      "person '" + a.name + "' has no dated role (" + CodesText(a.codes) + ")"});
    lines.emplace_back(where, std::move(ranges));
  }
  for (const auto& [name, lines] : by_name) {
    std::vector<Range> all;
    for (const auto& l : lines) all.insert(all.end(), l.second.begin(), l.second.end());
    for (size_t j = 0; j < all.size(); ++j) {
      for (size_t i = 0; i < j; ++i) {
        const DatedCode& a = *all[i].code;
        const DatedCode& b = *all[j].code;
        if (a.code == b.code) continue;
        if (std::max(a.from, b.from) > std::min(a.to, b.to)) continue;
        LintFinding f;
        f.kind = Kind::kDateOverlap;
        f.where = all[j].src->Where();
        if (all[i].src->Where() != f.where) f.other = all[i].src->Where();
        f.message = "person '" + name + "': " + CodesText({b}) + " overlaps " + CodesText({a});
        out->push_back(std::move(f));
      }
    }
  }
}

}  // namespace

const char* LintKindName(LintFinding::Kind k) {
  switch (k) {
    case Kind::kLoad: return "load";
    case Kind::kDuplicate: return "duplicate";
    case Kind::kConflict: return "conflict";
    case Kind::kPatternDuplicate: return "pattern-duplicate";
    case Kind::kPatternShadowed: return "pattern-shadowed";
    case Kind::kDateOverlap: return "date-overlap";
    case Kind::kPersonUndated: return "person-undated";
  }
  return "?";
}

std::string FormatFinding(const LintFinding& f) {
  std::string s = f.where.empty() ? std::string() : f.where + ": ";
  s += LintKindName(f.kind);
  s += ": " + f.message;
  if (!f.other.empty()) s += " (first at " + f.other + ")";
  return s;
}

std::vector<LintFinding> LintEntries(const Entries& entries,
                                     const std::vector<std::string>& load_warnings) {
  std::vector<LintFinding> out;
  for (const std::string& w : load_warnings) {
    LintFinding f;
    f.kind = Kind::kLoad;
    // "file:line: reason" -> where + message.
    size_t colon = w.find(": ");
    if (colon != std::string::npos) {
      f.where = w.substr(0, colon);
      f.message = w.substr(colon + 2);
    } else {
      f.message = w;
    }
    f.message += " (line skipped)";
    out.push_back(std::move(f));
  }
  CheckActors(entries, &out);
  CheckAgents(entries, &out);
  CheckVerbs(entries, &out);
  CheckPeople(entries, &out);
  std::stable_sort(out.begin(), out.end(), [](const LintFinding& a, const LintFinding& b) {
    return static_cast<int>(a.kind) < static_cast<int>(b.kind);
  });
  return out;
}

Result<std::vector<LintFinding>> LintPaths(const std::vector<std::string>& paths) {
  Entries entries;
  std::vector<std::string> warnings;
  for (const std::string& p : paths) DYAD_RETURN_IF_ERROR(LoadDyadDictionary(p, &entries, &warnings));
  return LintEntries(entries, warnings);
}

std::vector<std::string> DefaultDictionaryPaths() {
  return {util::Data().dict_generated, util::Data().dict_source};
}

}  // namespace dyad::dict
