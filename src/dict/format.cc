// dict/format.cc: see format.h. Votes over the first 1000 lines.
#include "dict/format.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace dyad::dict {
namespace {

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

struct Votes {
  int dyad = 0, agents = 0, verbs = 0, actors = 0, petrarch = 0;
  int issue_tags = 0, issue_marks = 0;  // `<ISSUE ...>` lines; `n:`/`v:`/`~` lines
  int coded = 0;                        // lines with a '['
  int lone_lower_words = 0, phrases = 0;  // lines with no code: prepositions, discards
};

// `n:` or `v:` starting a word (PETRARCH issues' noun and verb forms).
bool HasIssueMarker(std::string_view t) {
  for (size_t i = 0; i + 1 < t.size(); ++i)
    if ((t[i] == 'n' || t[i] == 'v') && t[i + 1] == ':' && (i == 0 || t[i - 1] == ' ' || t[i - 1] == '+'))
      return true;
  return false;
}

// One lower-case word ("abaft", "amid"): bytes of UTF-8 letters (>= 0x80) count as letters.
bool IsLoneLowerWord(std::string_view t) {
  return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || u >= 0x80 || c == '-' || c == '\'';
  });
}

// A line with no code, in a file that may turn out to be a list of phrases.
void VotePhrase(std::string_view t, Votes* v) {
  if (t[0] == '-' || t[0] == '&' || t[0] == '!' || t[0] == '<' || t[0] == '{') return;
  if (size_t hash = t.find('#'); hash != std::string_view::npos) t = Trim(t.substr(0, hash));
  if (t.empty()) return;
  if (IsLoneLowerWord(t)) ++v->lone_lower_words;
  else ++v->phrases;
}

void Vote(std::string_view raw, Votes* v) {
  std::string_view t = Trim(raw);
  if (t.empty()) return;
  if (StartsWith(t, "<ISSUE") || StartsWith(t, "</ISSUE")) { ++v->issue_tags; return; }
  if (t[0] == '~') { ++v->issue_marks; return; }
  if (t.find('[') != std::string_view::npos) ++v->coded;
  else if (t[0] != '#' && t[0] != ';' && t[0] != '/' && !StartsWith(t, "<!--")) VotePhrase(t, v);
  if (HasIssueMarker(t)) ++v->issue_marks;
  if (StartsWith(t, "<!--")) { ++v->petrarch; return; }
  if (StartsWith(t, "####### ")) ++v->petrarch;  // "####### SYNONYM SETS #######"
  if (t[0] == '#' || t[0] == ';' || t[0] == '/') return;
  if (t == "[actors]" || t == "[people]" || t == "[agents]" || t == "[verbs]" ||
      t.find("=>") != std::string_view::npos) {
    v->dyad += 3;
    return;
  }
  if (t.find(" # ") != std::string_view::npos || t.find("]#") != std::string_view::npos) ++v->petrarch;
  if (t[0] == '!' && t.find("! =") != std::string_view::npos) { v->agents += 3; v->petrarch += 3; return; }
  if (StartsWith(t, "---") && t.find('[') != std::string_view::npos) { v->verbs += 3; v->petrarch += 3; return; }
  if (StartsWith(t, "<SYNSETS>") || StartsWith(t, "<TIME>") || t[0] == '&' ||
      (StartsWith(t, "- ") && t.find('*') != std::string_view::npos)) {
    v->verbs += 2;
    return;
  }
  if (size_t open = t.find('['); open != std::string_view::npos) {
    size_t close = t.find(']', open);
    std::string_view code = Trim(t.substr(open + 1, close == std::string_view::npos ? 0 : close - open - 1));
    if (!code.empty() && (code.front() == '~' || code.back() == '~')) { ++v->agents; return; }
  }
  if (t.find('[') != std::string_view::npos) ++v->actors;
}

}  // namespace

bool IsDictFamilyName(std::string_view n) {
  return n == "auto" || n == "dyad" || n == "tabari" || n == "petrarch";
}

std::string FormatName(const DictFormat& f) {
  std::string s = f.family == DictFamily::kDyad ? "dyad" : f.family == DictFamily::kTabari ? "tabari" : "petrarch";
  switch (f.kind) {
    case DictKind::kAll: break;
    case DictKind::kActors: s += " actors"; break;
    case DictKind::kAgents: s += " agents"; break;
    case DictKind::kVerbs: s += " verbs"; break;
    case DictKind::kDiscards: s += " discards"; break;
    case DictKind::kIssues: s += " issues"; break;
    case DictKind::kPrepositions: s += " prepositions (recognised, not used)"; break;
  }
  return s;
}

namespace {

bool NameHas(std::string_view name, std::string_view word) {
  std::string lower(name);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.find(word) != std::string::npos;
}

// kIssues, kDiscards or kPrepositions when the votes say so; kAll otherwise.
DictKind ListKind(const Votes& v, std::string_view file_name) {
  if (v.issue_tags > 0 || (v.issue_marks > 0 && 3 * v.issue_marks >= v.actors + v.agents + v.verbs))
    return DictKind::kIssues;
  if (v.coded > 0 || v.dyad > 0) return DictKind::kAll;
  // A file with dyad's own extension is never a list of uncoded lines: its bad lines are
  // reported with file:line, not loaded as discards ("this is not a dictionary line" in
  // extra.dict).
  if (file_name.ends_with(".dict")) return DictKind::kAll;
  if (v.lone_lower_words > v.phrases) return DictKind::kPrepositions;
  if (v.phrases > v.lone_lower_words) return DictKind::kDiscards;
  if (NameHas(file_name, "preposition")) return DictKind::kPrepositions;
  if (NameHas(file_name, "issue")) return DictKind::kIssues;
  if (NameHas(file_name, "discard")) return DictKind::kDiscards;
  return DictKind::kAll;
}

}  // namespace

DictFormat DetectDictFormat(std::string_view content, std::string_view family_hint,
                            std::string_view file_name) {
  Votes v;
  size_t pos = 0;
  for (int n = 0; n < 1000 && pos < content.size(); ++n) {
    size_t nl = content.find('\n', pos);
    Vote(content.substr(pos, nl == std::string_view::npos ? content.npos : nl - pos), &v);
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
  }
  DictFormat f;
  if (family_hint == "dyad") return f;
  if (DictKind list = ListKind(v, file_name); list != DictKind::kAll) {
    f.family = family_hint == "tabari" ? DictFamily::kTabari : DictFamily::kPetrarch;
    f.kind = list;
    return f;
  }
  if (family_hint == "dyad" || (family_hint == "auto" && v.dyad > 0 &&
                                v.dyad >= v.actors + v.agents + v.verbs))
    return f;  // dyad, all kinds
  if (family_hint == "tabari") f.family = DictFamily::kTabari;
  else if (family_hint == "petrarch") f.family = DictFamily::kPetrarch;
  else f.family = v.petrarch > 0 ? DictFamily::kPetrarch : DictFamily::kTabari;
  int best = std::max({v.actors, v.agents, v.verbs});
  f.kind = best == v.verbs && best > 0 ? DictKind::kVerbs
           : best == v.agents && best > 0 ? DictKind::kAgents
                                          : DictKind::kActors;
  return f;
}

}  // namespace dyad::dict
