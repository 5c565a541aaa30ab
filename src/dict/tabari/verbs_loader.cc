// dict/tabari/verbs_loader.cc: TABARI .verbs files into VerbsFile.
#include "dict/tabari/verbs_loader.h"

#include <unordered_map>

#include "dict/tabari/phrase.h"

namespace dyad::tabari {
namespace {

std::string RootKey(const std::vector<PWord>& words) {
  std::string k;
  for (const PWord& w : words) {
    k += w.text;
    k += w.no_endings ? '=' : w.exact ? '_' : '.';
    k += w.adjacent ? '~' : ' ';
  }
  return k;
}

}  // namespace

bool MakePattern(std::string_view text, const std::vector<Synset>& synsets, VerbPattern* out,
                 std::string* err) {
  std::vector<PElem> elems;
  if (!ParsePattern(text, synsets, &elems, err)) return false;
  int verb_at = -1;
  for (size_t i = 0; i < elems.size(); ++i) {
    if (elems[i].kind == PElem::Kind::kVerb) {
      if (verb_at >= 0) {
        *err = "more than one verb marker '*' in pattern";
        return false;
      }
      verb_at = static_cast<int>(i);
    }
  }
  if (verb_at < 0) {
    *err = "missing verb marker '*' in pattern";
    return false;
  }
  out->before.assign(elems.begin(), elems.begin() + verb_at);
  out->after.assign(elems.begin() + verb_at + 1, elems.end());
  out->verb_adjacent_before = verb_at > 0 && elems[verb_at - 1].adjacent;
  out->verb_adjacent_after = elems[verb_at].adjacent;
  out->length = PatternLength(elems, synsets);
  out->text = std::string(Trim(text));
  out->required_before.clear();
  out->required_after.clear();
  for (size_t i = 0; i < out->before.size(); ++i) {
    if (out->before[i].kind == PElem::Kind::kWord) out->required_before.push_back(static_cast<uint16_t>(i));
  }
  for (size_t i = 0; i < out->after.size(); ++i) {
    if (out->after[i].kind == PElem::Kind::kWord) out->required_after.push_back(static_cast<uint16_t>(i));
  }
  return true;
}

void ParseVerbs(const std::string& name, const std::vector<std::string>& lines, VerbsFile* out,
                LoadReport* report) {
  enum Section { kVerbs, kSynsets, kTime, kAttrib };
  Section section = kVerbs;
  std::vector<VerbEntry>* target = &out->verbs;
  VerbEntry* current = nullptr;  // the root patterns attach to (may be a duplicate's first)
  bool current_valid = false;
  std::unordered_map<std::string, std::pair<Section, size_t>> seen;
  Synset* synset = nullptr;

  for (size_t i = 0; i < lines.size(); ++i) {
    Where where{name, static_cast<int>(i + 1)};
    const std::string& raw = lines[i];
    if (!IsUtf8(raw)) {
      report->Error(where, "invalid UTF-8; line skipped");
      continue;
    }
    std::string_view t = Trim(raw);
    if (t.empty() || t[0] == '#' || t[0] == '/' || t[0] == ';') continue;
    if (t.rfind("~FINISH", 0) == 0 || t.rfind("~~FINISH", 0) == 0) break;
    std::string upper = NormalisePhrase(t);
    if (upper[0] == '<') {
      if (upper.rfind("<SYNSET", 0) == 0) { section = kSynsets; synset = nullptr; }
      else if (upper.rfind("<TIME>", 0) == 0) { section = kTime; target = &out->time; current = nullptr; }
      else if (upper.rfind("<ATTRIB", 0) == 0) { section = kAttrib; target = &out->attrib; current = nullptr; }
      else if (upper.rfind("</", 0) == 0) { section = kVerbs; target = &out->verbs; current = nullptr; }
      else report->Error(where, "unknown section tag; line skipped");
      continue;
    }
    std::string err;
    if (section == kSynsets) {
      std::string_view body = t.substr(0, t.find(';'));
      body = Trim(body);
      if (body.empty()) continue;
      if (body[0] == '&') {
        std::string nm = NormalisePhrase(Trim(body.substr(1)));
        bool dup = false;
        for (const Synset& s : out->synsets) dup |= s.name == nm;
        if (dup) {
          report->duplicates.push_back(where.Str() + ": duplicate synset &" + nm);
          synset = nullptr;
          continue;
        }
        out->synsets.push_back(Synset{nm, {}, where});
        synset = &out->synsets.back();
      } else if (body[0] == '+') {
        if (synset == nullptr) {
          report->Error(where, "synset member without a preceding &NAME; line skipped");
          continue;
        }
        std::vector<PElem> m;
        // A member may refer to synsets declared earlier, but not to its own set.
        std::vector<Synset> earlier(out->synsets.begin(), out->synsets.end() - 1);
        if (!ParsePattern(body.substr(1), earlier, &m, &err)) {
          report->Error(where, err + "; line skipped");
          continue;
        }
        synset->members.push_back(std::move(m));
      } else {
        report->Error(where, "expected &NAME or +member in <SYNSETS>; line skipped");
      }
      continue;
    }
    if (t[0] == '{') {
      if (current == nullptr) {
        if (current_valid) continue;
        report->Error(where, "verb forms before any verb; line skipped");
        continue;
      }
      size_t close = t.find('}');
      if (close == std::string_view::npos) {
        report->Error(where, "missing } after verb forms; line skipped");
        continue;
      }
      std::string_view inner = Trim(t.substr(1, close - 1));
      size_t p = 0;
      int n = 0;
      while (p < inner.size()) {
        while (p < inner.size() && (inner[p] == ' ' || inner[p] == '\t')) ++p;
        size_t e = p;
        while (e < inner.size() && inner[e] != ' ' && inner[e] != '\t') ++e;
        if (e > p) {
          std::vector<PWord> form;
          if (ParseWords(inner.substr(p, e - p), &form, &err)) {
            current->forms.push_back(std::move(form));
            ++n;
          } else {
            report->Error(where, err + "; form skipped");
          }
        }
        p = e;
      }
      if (n == 0) report->Error(where, "no verb forms inside { }");
      continue;
    }
    LineParts parts;
    if (!SplitLine(raw, &parts, &err)) {
      report->Error(where, err + "; line skipped");
      if (t[0] != '-') { current = nullptr; current_valid = false; }
      continue;
    }
    if (t[0] == '-') {
      if (current == nullptr) {
        if (!current_valid) report->Error(where, "pattern before any verb; line skipped");
        continue;
      }
      VerbPattern pat;
      pat.where = where;
      std::string_view text = Trim(std::string_view(parts.phrase).substr(1));
      if (!MakePattern(text, out->synsets, &pat, &err)) {
        report->Error(where, err + "; line skipped");
        continue;
      }
      if (parts.blocks.empty()) {
        report->Error(where, "no code for pattern; line skipped");
        continue;
      }
      if (!ParseVerbCode(parts.blocks[0], section == kTime, &pat.code, &err)) {
        report->Error(where, err + "; line skipped");
        continue;
      }
      current->patterns.push_back(std::move(pat));
      continue;
    }
    // A root.
    VerbEntry v;
    v.where = where;
    current = nullptr;
    current_valid = false;
    if (!ParseWords(parts.phrase, &v.root, &err)) {
      report->Error(where, err + "; root skipped");
      continue;
    }
    if (parts.blocks.empty()) {
      report->Error(where, "no code for verb; root skipped");
      continue;
    }
    if (!ParseVerbCode(parts.blocks[0], section == kTime, &v.code, &err)) {
      report->Error(where, err + "; root skipped");
      continue;
    }
    std::string key = std::to_string(section) + RootKey(v.root);
    auto it = seen.find(key);
    current_valid = true;
    if (it != seen.end()) {
      const VerbEntry& first = (*target)[it->second.second];
      report->duplicates.push_back(where.Str() + ": duplicate of " + first.where.Str());
      current = &(*target)[it->second.second];
      continue;
    }
    seen.emplace(key, std::make_pair(section, target->size()));
    target->push_back(std::move(v));
    current = &target->back();
  }
}

Status LoadVerbs(const std::string& path, VerbsFile* out, LoadReport* report) {
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> lines, ReadLines(path));
  ParseVerbs(BaseName(path), lines, out, report);
  return Status::Ok();
}

}  // namespace dyad::tabari
