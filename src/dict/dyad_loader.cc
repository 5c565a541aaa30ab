// dict/dyad_loader.cc: the parser of dyad's line-oriented dictionary format.
//
// One pass over the lines. A line is stripped of its comment, then it is either a
// section header ("[actors]") or an entry "LEFT => RIGHT". Entries are parsed by the
// current section's rules; anything that does not parse is reported with file:line and
// skipped, so a typo costs one entry, never the dictionary. Phrases are split into words
// by the same tokenizer that splits the text, so "U.S." or "Tehran's" in a dictionary
// means exactly what it means in a story.
#include "dict/dyad_loader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/utf8.h"
#include "ontology/cameo.h"
#include "text/tokens.h"

namespace dyad::dict {
namespace {

enum class Section { kNone, kActors, kPeople, kAgents, kVerbs };

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    parts.push_back(Trim(s.substr(start, p == std::string_view::npos ? s.npos : p - start)));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return parts;
}

bool IsActorCode(std::string_view code) {
  if (code.size() < 3 || code.size() > 15) return false;
  return std::all_of(code.begin(), code.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

// "KAZGOV 1999-10-01..2007-01-10" or "KAZGOV" or "KAZGOV 2019-03-20.."
bool ParseDatedCode(std::string_view s, DatedCode* out, std::string* why) {
  s = Trim(s);
  size_t sp = s.find_first_of(" \t");
  std::string_view code = s.substr(0, sp);
  if (!IsActorCode(code)) {
    *why = "bad actor code '" + std::string(code) + "'";
    return false;
  }
  out->code = std::string(code);
  if (sp == std::string_view::npos) return true;
  std::string_view range = Trim(s.substr(sp));
  size_t dots = range.find("..");
  if (dots == std::string_view::npos) {
    *why = "bad date range '" + std::string(range) + "' (want FROM..TO)";
    return false;
  }
  std::string_view from = Trim(range.substr(0, dots)), to = Trim(range.substr(dots + 2));
  if (!from.empty()) {
    out->from = ParseIsoDate(from);
    if (out->from < 0) { *why = "bad date '" + std::string(from) + "'"; return false; }
  }
  if (!to.empty()) {
    out->to = ParseIsoDate(to);
    if (out->to < 0) { *why = "bad date '" + std::string(to) + "'"; return false; }
  }
  if (out->from > out->to) { *why = "date range ends before it starts"; return false; }
  return true;
}

}  // namespace

int32_t ParseIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return -1;
  int v[3] = {0, 0, 0};
  const int at[3] = {0, 5, 8}, len[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k)
    for (int i = 0; i < len[k]; ++i) {
      char c = s[at[k] + i];
      if (c < '0' || c > '9') return -1;
      v[k] = v[k] * 10 + (c - '0');
    }
  int y = v[0], m = v[1], d = v[2];
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return -1;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29 && !leap) return -1;
  return y * 10000 + m * 100 + d;
}

std::vector<std::string> PhraseWords(std::string_view phrase) {
  std::vector<std::string> words;
  for (const auto& t : text::Tokenize(phrase, {0, static_cast<uint32_t>(phrase.size())}))
    words.push_back(t.norm);
  return words;
}

void ParseDyadDictionary(std::string_view file, std::string_view content, Entries* out,
                         std::vector<std::string>* warnings) {
  Section section = Section::kNone;
  int line_no = 0;
  size_t pos = 0;
  auto warn = [&](const std::string& why) {
    warnings->push_back(std::string(file) + ":" + std::to_string(line_no) + ": " + why);
  };
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view raw = content.substr(pos, nl == std::string_view::npos ? content.npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() + 1 : nl + 1;
    ++line_no;
    if (line_no == 1 && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
    std::string_view line = Trim(raw.substr(0, raw.find('#')));
    if (line.empty()) continue;
    if (io::FindInvalidUtf8(line) != std::string_view::npos) { warn("not valid UTF-8"); continue; }
    if (line.front() == '[') {
      if (line == "[actors]") section = Section::kActors;
      else if (line == "[people]") section = Section::kPeople;
      else if (line == "[agents]") section = Section::kAgents;
      else if (line == "[verbs]") section = Section::kVerbs;
      else { warn("unknown section " + std::string(line)); section = Section::kNone; }
      continue;
    }
    if (section == Section::kNone) { warn("entry outside a known section"); continue; }
    size_t arrow = line.find("=>");
    if (arrow == std::string_view::npos) { warn("no '=>' in entry"); continue; }
    std::string_view left = Trim(line.substr(0, arrow)), right = Trim(line.substr(arrow + 2));
    if (left.empty() || right.empty()) { warn("empty side of '=>'"); continue; }
    SourceRef src{std::string(file), line_no};

    if (section == Section::kVerbs) {
      if (!ontology::FindCameo(right)) { warn("unknown CAMEO event code '" + std::string(right) + "'"); continue; }
      VerbPattern p;
      p.code = std::string(right);
      p.text = std::string(left);
      p.src = src;
      bool ok = true, has_word = false;
      for (std::string_view w : Split(left, ' ')) {
        if (w.empty()) continue;
        PatternElem e;
        if (w == "$") e.kind = PatternElem::Kind::kSource;
        else if (w == "+") e.kind = PatternElem::Kind::kTarget;
        else {
          auto words = PhraseWords(w);
          if (words.size() != 1) { ok = false; break; }
          e.word = words[0];
          has_word = true;
        }
        p.elems.push_back(std::move(e));
      }
      if (!ok || !has_word) { warn("bad pattern '" + std::string(left) + "'"); continue; }
      out->verbs.push_back(std::move(p));
      continue;
    }

    std::vector<std::vector<std::string>> phrases;
    for (std::string_view ph : Split(left, ';')) {
      if (ph.empty()) continue;
      auto words = PhraseWords(ph);
      if (!words.empty()) phrases.push_back(std::move(words));
    }
    if (phrases.empty()) { warn("no phrase"); continue; }

    if (section == Section::kAgents) {
      if (!IsActorCode(right)) {
        warn("bad agent code '" + std::string(right) + "'");
        continue;
      }
      for (auto& w : phrases) out->agents.push_back({std::move(w), std::string(right), src});
      continue;
    }

    std::vector<DatedCode> codes;
    std::string why;
    bool ok = true;
    for (std::string_view c : Split(right, ',')) {
      DatedCode dc;
      if (!ParseDatedCode(c, &dc, &why)) { ok = false; break; }
      codes.push_back(std::move(dc));
    }
    if (!ok) { warn(why); continue; }
    std::string name;
    if (section == Section::kPeople) name = std::string(Split(left, ';').front());
    for (auto& w : phrases) {
      ActorEntry a;
      a.words = std::move(w);
      a.codes = codes;
      a.kind = section == Section::kPeople ? ActorKind::kPerson : ActorKind::kActor;
      a.name = name;
      a.src = src;
      out->actors.push_back(std::move(a));
    }
  }
}

Status LoadDyadDictionary(const std::string& path, Entries* out,
                          std::vector<std::string>* warnings) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  if (fs::is_directory(path, ec)) {
    for (const auto& e : fs::directory_iterator(path, ec))
      if (e.is_regular_file() && e.path().extension() == ".dict") files.push_back(e.path());
    std::sort(files.begin(), files.end());
  } else if (fs::exists(path, ec)) {
    files.push_back(path);
  } else {
    return Status::NotFound(path + ": no such dictionary file or directory");
  }
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return Status::IoError(f.string() + ": cannot read dictionary");
    std::stringstream ss;
    ss << in.rdbuf();
    ParseDyadDictionary(f.string(), ss.str(), out, warnings);
  }
  return Status::Ok();
}

}  // namespace dyad::dict
