// dict/foreign_loader.cc: see foreign_loader.h.
#include "dict/foreign_loader.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "dict/dyad_loader.h"
#include "dict/petrarch_lists.h"
#include "dict/tabari/actors_loader.h"
#include "dict/tabari/agents_loader.h"
#include "dict/tabari/verbs_loader.h"
#include "ontology/cameo.h"

namespace dyad::dict {
namespace {

// Marks a hyphen inside a word so that the TABARI loaders (which turn '-' into '_') keep it.
constexpr std::string_view kHyphen = "\xC2\xAD";  // U+00AD, never in a dictionary phrase

std::vector<std::string> SplitLines(const std::string& content) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string::npos) nl = content.size();
    std::string line = content.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    pos = nl + 1;
  }
  return lines;
}

// '-' between two letters or digits of the phrase part (before any '[') becomes kHyphen.
std::string KeepHyphens(const std::string& line) {
  std::string out;
  size_t bracket = line.find('[');
  for (size_t i = 0; i < line.size(); ++i) {
    bool inner = i > 0 && i + 1 < line.size() && i < bracket &&
                 std::isalnum(static_cast<unsigned char>(line[i - 1])) &&
                 std::isalnum(static_cast<unsigned char>(line[i + 1]));
    if (line[i] == '-' && inner) out += kHyphen;
    else out += line[i];
  }
  return out;
}

// PETRARCH's comments removed; lines kept in place (file:line stays true).
void StripPetrarchComments(std::vector<std::string>* lines) {
  bool in_comment = false;
  for (std::string& l : *lines) {
    size_t b = l.find_first_not_of(" \t");
    std::string_view t = b == std::string::npos ? std::string_view() : std::string_view(l).substr(b);
    if (in_comment || t.substr(0, 4) == "<!--") {
      in_comment = t.find("-->") == std::string_view::npos && !in_comment ? true
                   : in_comment ? l.find("-->") == std::string::npos : false;
      l.clear();
      continue;
    }
    size_t hash = l.find('#');
    if (hash != std::string::npos) l.erase(hash);
  }
}

// PETRARCH actors: phrase lines without a code, one after the other, share the code lines
// that follow (synonym groups need no '+'): the later ones become '+' synonyms.
void MarkPetrarchSynonyms(std::vector<std::string>* lines) {
  bool uncoded_group = false;  // the current group has phrases but no code yet
  for (std::string& l : *lines) {
    size_t b = l.find_first_not_of(" \t");
    if (b == std::string::npos) continue;
    bool indented = b > 0, has_code = l.find('[') != std::string::npos;
    if (indented || l[b] == '+') {
      if (has_code) uncoded_group = false;
      continue;
    }
    if (has_code) uncoded_group = false;
    else if (uncoded_group) l = "+" + l;
    else uncoded_group = true;
  }
}

// PETRARCH agents: `!PERSON! = MAN, MEN` defines a macro; a line using it stands for one
// line per member. `PHRASE {PLURAL} [CODE]` gives its plural explicitly (`{}`: none);
// other phrases get the regular plural of their last word (AddAgents).
struct ExpandedLine {
  int no;            // line in the file
  std::string text;
  bool plural;       // add the regular plural
};

std::vector<ExpandedLine> ExpandAgentMacros(const std::vector<std::string>& lines,
                                                           std::vector<std::string>* warnings,
                                                           const std::string& file) {
  std::map<std::string, std::vector<std::string>> macros;
  std::vector<ExpandedLine> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    int no = static_cast<int>(i + 1);
    size_t b = l.find_first_not_of(" \t");
    if (b != std::string::npos && l[b] == '!' && l.find('=') != std::string::npos) {
      size_t end = l.find('!', b + 1);
      std::string name = l.substr(b, end == std::string::npos ? 0 : end - b + 1);
      std::vector<std::string>& members = macros[name];
      std::string rest = l.substr(l.find('=') + 1);
      size_t p = 0;
      while (p <= rest.size()) {
        size_t c = rest.find(',', p);
        std::string m = rest.substr(p, c == std::string::npos ? std::string::npos : c - p);
        m.erase(0, m.find_first_not_of(" \t"));
        m.erase(m.find_last_not_of(" \t") + 1);
        if (!m.empty()) members.push_back(m);
        if (c == std::string::npos) break;
        p = c + 1;
      }
      if (name.size() < 3 || members.empty())
        warnings->push_back(file + ":" + std::to_string(no) + ": bad macro definition; line skipped");
      out.push_back({no, "", false});
      continue;
    }
    std::vector<std::string> expanded = {l};
    bool plural = true;
    // `PHRASE {PLURAL} [CODE]`: the plural is a phrase of its own; `{}` means none.
    if (size_t open = l.find('{'), close = l.find('}'); open != std::string::npos &&
                                                         close != std::string::npos && open < close) {
      std::string code = l.substr(close + 1), plural_form = l.substr(open + 1, close - open - 1);
      expanded = {l.substr(0, open) + " " + code};
      if (plural_form.find_first_not_of(" \t") != std::string::npos)
        expanded.push_back(plural_form + " " + code);
      plural = false;
    }
    for (const auto& [name, members] : macros) {
      std::vector<std::string> next;
      for (const std::string& e : expanded) {
        size_t at = e.find(name);
        if (at == std::string::npos) { next.push_back(e); continue; }
        plural = false;  // a macro lists its plurals
        for (const std::string& m : members)
          next.push_back(e.substr(0, at) + m + e.substr(at + name.size()));
      }
      expanded.swap(next);
    }
    for (std::string& e : expanded) out.push_back({no, std::move(e), plural});
  }
  return out;
}

// "file:7: why" -> "file:5: why" where expanded line 7 came from line 5.
std::string RenumberMessage(const std::string& msg, const std::string& file,
                            const std::vector<ExpandedLine>& expanded) {
  if (msg.compare(0, file.size() + 1, file + ":") != 0) return msg;
  size_t colon = msg.find(':', file.size() + 1);
  if (colon == std::string::npos) return msg;
  size_t idx = std::stoul(msg.substr(file.size() + 1, colon - file.size() - 1));
  if (idx == 0 || idx > expanded.size()) return msg;
  return file + ":" + std::to_string(expanded[idx - 1].no) + msg.substr(colon);
}

// TABARI words -> dyad's normalised words.
std::vector<std::string> Words(const std::vector<tabari::PWord>& words) {
  std::string text;
  for (const tabari::PWord& w : words) {
    if (!text.empty()) text += ' ';
    std::string_view t = w.text;
    for (size_t p; (p = t.find(kHyphen)) != std::string_view::npos; t.remove_prefix(p + kHyphen.size())) {
      text.append(t.substr(0, p));
      text += '-';
    }
    text.append(t);
  }
  return PhraseWords(text);
}

std::string TitleCase(const std::vector<std::string>& words) {
  std::string s;
  for (const std::string& w : words) {
    if (!s.empty()) s += ' ';
    std::string t = w;
    if (!t.empty()) t[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(t[0])));
    s += t;
  }
  return s;
}

bool UsableActorCode(const std::string& c) {
  return c.size() >= 3 && c.size() <= 15 &&
         std::all_of(c.begin(), c.end(), [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)); });
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

void AddActors(const tabari::ActorsFile& f, const std::string& file, Entries* out, LoadCount* n) {
  for (const tabari::ActorEntry& a : f.actors) {
    ActorEntry e;
    e.words = Words(a.words);
    e.src = {file, a.where.line};
    bool dated = false;
    for (const tabari::DatedCode& c : a.codes) {
      std::string code = Upper(c.code.substr(0, c.code.find('/')));  // "GME/GMW": the first
      if (!UsableActorCode(code)) continue;                          // "---", "###"
      DatedCode dc;
      dc.code = code;
      dc.from = c.restricted ? c.from : kMinDate;
      dc.to = c.restricted ? c.to : kMaxDate;
      e.codes.push_back(std::move(dc));
      dated = dated || (c.restricted && code.size() > 3);
    }
    if (e.codes.empty() || e.words.empty()) { ++n->null_codes; continue; }
    if (dated) {
      e.kind = ActorKind::kPerson;
      e.name = TitleCase(e.words);
    }
    out->actors.push_back(std::move(e));
    ++n->entries;
  }
}

// PETRARCH's regular plural of an agent noun: "ministry" -> "ministries", "boss" ->
// "bosses", "chairman" -> "chairmen", else "+s".
std::string Plural(const std::string& w) {
  auto ends = [&](std::string_view e) { return w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0; };
  if (ends("man")) return w.substr(0, w.size() - 3) + "men";
  if (ends("y") && std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos)
    return w.substr(0, w.size() - 1) + "ies";
  if (ends("s") || ends("x") || ends("ch") || ends("sh")) return w + "es";
  return w + "s";
}

void AddAgents(const std::vector<tabari::AgentEntry>& agents, const std::vector<bool>& plural,
               const std::string& file, Entries* out, LoadCount* n) {
  for (size_t i = 0; i < agents.size(); ++i) {
    const tabari::AgentEntry& a = agents[i];
    std::vector<std::string> words = Words(a.words);
    std::string code = Upper(a.code);
    if (words.empty() || !UsableActorCode(code)) { ++n->null_codes; continue; }
    if (plural[i]) {
      std::vector<std::string> many = words;
      many.back() = Plural(many.back());
      out->agents.push_back({std::move(many), code, {file, a.where.line}});
    }
    out->agents.push_back({std::move(words), code, {file, a.where.line}});
    ++n->entries;
  }
}

}  // namespace

// Defined in foreign_verbs.cc.
void AddTabariVerbs(const tabari::VerbsFile& f, const std::string& file, Entries* out,
                    LoadCount* n);
std::vector<int> PetrarchVerbsToTabari(std::vector<std::string>* lines);
void ShareBlockPatterns(const std::vector<int>& blocks, tabari::VerbsFile* f);

LoadCount ParseForeignDictionary(const std::string& file, const std::string& content,
                                 const DictFormat& format, Entries* out,
                                 std::vector<std::string>* warnings) {
  LoadCount n;
  n.file = file;
  n.format = FormatName(format);
  std::vector<std::string> lines = SplitLines(content);
  n.lines = lines.size();
  bool list = format.kind == DictKind::kDiscards || format.kind == DictKind::kIssues ||
              format.kind == DictKind::kPrepositions;
  if (format.family == DictFamily::kPetrarch || list) StripPetrarchComments(&lines);
  if (list) {  // PETRARCH's phrase lists (petrarch_lists.h)
    size_t warned = warnings->size();
    if (format.kind == DictKind::kDiscards) AddPetrarchDiscards(file, lines, out, &n, warnings);
    else if (format.kind == DictKind::kIssues) AddPetrarchIssues(file, lines, out, &n, warnings);
    else CountPetrarchPrepositions(file, lines, &n, warnings);
    n.skipped = warnings->size() - warned;
    return n;
  }
  if (format.family == DictFamily::kPetrarch && format.kind == DictKind::kActors)
    MarkPetrarchSynonyms(&lines);
  if (format.kind != DictKind::kVerbs)
    for (std::string& l : lines) l = KeepHyphens(l);
  tabari::LoadReport report;
  size_t warned_before = warnings->size();
  if (format.kind == DictKind::kAgents) {
    // Macro lines expand into several; parse the expanded lines, then give every entry and
    // message its line in the file.
    auto expanded = ExpandAgentMacros(lines, warnings, file);
    std::vector<std::string> flat;
    for (ExpandedLine& e : expanded) flat.push_back(std::move(e.text));
    std::vector<tabari::AgentEntry> agents;
    tabari::ParseAgents(file, flat, &agents, &report);
    std::vector<bool> plural;
    for (tabari::AgentEntry& a : agents) {
      const ExpandedLine& e = expanded[a.where.line - 1];
      plural.push_back(format.family == DictFamily::kPetrarch && e.plural);
      a.where.line = e.no;
    }
    for (std::string& e : report.errors) e = RenumberMessage(e, file, expanded);
    AddAgents(agents, plural, file, out, &n);
  } else if (format.kind == DictKind::kVerbs) {
    tabari::VerbsFile verbs;
    std::vector<int> blocks;
    if (format.family == DictFamily::kPetrarch) blocks = PetrarchVerbsToTabari(&lines);
    tabari::ParseVerbs(file, lines, &verbs, &report);
    if (!blocks.empty()) ShareBlockPatterns(blocks, &verbs);
    AddTabariVerbs(verbs, file, out, &n);
  } else {
    tabari::ActorsFile actors;
    tabari::ParseActors(file, lines, &actors, &report);
    AddActors(actors, file, out, &n);
  }
  for (const std::string& e : report.errors) warnings->push_back(e);
  n.skipped = warnings->size() - warned_before;
  n.duplicates = report.duplicates.size();
  return n;
}

}  // namespace dyad::dict
