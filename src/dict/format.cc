// dict/format.cc: see format.h. Votes over the first 1000 lines.
#include "dict/format.h"

#include <algorithm>

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
};

void Vote(std::string_view raw, Votes* v) {
  std::string_view t = Trim(raw);
  if (t.empty()) return;
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
  }
  return s;
}

DictFormat DetectDictFormat(std::string_view content, std::string_view family_hint) {
  Votes v;
  size_t pos = 0;
  for (int n = 0; n < 1000 && pos < content.size(); ++n) {
    size_t nl = content.find('\n', pos);
    Vote(content.substr(pos, nl == std::string_view::npos ? content.npos : nl - pos), &v);
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
  }
  DictFormat f;
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
