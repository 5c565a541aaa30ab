// dict/petrarch_lists.cc: see petrarch_lists.h.
#include "dict/petrarch_lists.h"

#include <cctype>
#include <string_view>

#include "dict/dyad_loader.h"

namespace dyad::dict {
namespace {

constexpr size_t kMaxIssueForms = 64;

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

void Warn(const std::string& file, size_t index, const std::string& why,
          std::vector<std::string>* warnings) {
  warnings->push_back(file + ":" + std::to_string(index + 1) + ": " + why + "; line skipped");
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  size_t p = 0;
  for (size_t c; (c = s.find(sep, p)) != std::string::npos; p = c + 1) parts.push_back(s.substr(p, c - p));
  parts.push_back(s.substr(p));
  return parts;
}

bool EndsWith(const std::string& s, char c) { return !s.empty() && std::tolower(static_cast<unsigned char>(s.back())) == c; }

// `n:WORD` and `v:WORD` as their forms; any other part as itself.
std::vector<std::string> PartForms(const std::string& part) {
  if (part.size() < 3 || part[1] != ':' || (part[0] != 'n' && part[0] != 'N' && part[0] != 'v' && part[0] != 'V'))
    return {part};
  std::string w = part.substr(2);
  if (part[0] == 'n' || part[0] == 'N') {
    if (EndsWith(w, 'y')) return {w, w.substr(0, w.size() - 1) + "ies"};
    return {w, w + "s"};
  }
  if (EndsWith(w, 'e')) return {w, w + "s", w + "d", w.substr(0, w.size() - 1) + "ing"};
  return {w, w + "s", w + "ed", w + "ing"};
}

// Every written form of an issue phrase (petrarch_lists.h), at most kMaxIssueForms.
std::vector<std::string> IssueForms(const std::string& phrase) {
  std::vector<std::string> forms = {""};
  for (const std::string& token : Split(phrase, ' ')) {
    if (token.empty()) continue;
    std::vector<std::string> token_forms = {""};
    bool first_part = true;
    std::vector<std::string> parts = Split(token, '+');
    // `n:pick+pocket`: the marker inflects the compound, that is its last part.
    if (parts.size() > 1 && PartForms(parts[0]).size() > 1 && PartForms(parts.back()).size() == 1) {
      parts.back() = parts[0].substr(0, 2) + parts.back();
      parts[0].erase(0, 2);
    }
    for (const std::string& part : parts) {
      std::vector<std::string> next;
      for (const std::string& head : token_forms)
        for (const std::string& f : PartForms(part)) {
          if (first_part) next.push_back(f);
          else for (const char* joint : {" ", "-"}) next.push_back(head + joint + f);
        }
      token_forms.swap(next);
      first_part = false;
    }
    std::vector<std::string> next;
    for (const std::string& head : forms)
      for (const std::string& t : token_forms)
        if (next.size() < kMaxIssueForms) next.push_back(head.empty() ? t : head + " " + t);
    forms.swap(next);
  }
  return forms;
}

// The CATEGORY attribute of an `<ISSUE ...>` line; "" when it has none.
std::string CategoryOf(const std::string& tag) {
  size_t at = tag.find("CATEGORY=\"");
  if (at == std::string::npos) return {};
  at += 10;
  size_t end = tag.find('"', at);
  return end == std::string::npos ? std::string() : tag.substr(at, end - at);
}

}  // namespace

void AddPetrarchDiscards(const std::string& file, const std::vector<std::string>& lines,
                         Entries* out, DictionaryFileReport* n, std::vector<std::string>* warnings) {
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string t = Trim(lines[i]);
    if (t.empty()) continue;
    if (t.find('[') != std::string::npos) { Warn(file, i, "a [CODE] in a discard list", warnings); continue; }
    DiscardEntry d;
    d.src = {file, static_cast<int>(i + 1)};
    if (t[0] == '+') {
      d.scope = DiscardScope::kStory;
      t = Trim(std::string_view(t).substr(1));
    }
    if (!t.empty() && t.back() == '_') {
      d.last_word_is_stem = false;
      t.pop_back();
    }
    for (char& c : t) if (c == '_') c = ' ';
    d.words = PhraseWords(t);
    if (d.words.empty()) { Warn(file, i, "a discard with no words", warnings); continue; }
    out->discards.push_back(std::move(d));
    ++n->entries;
  }
}

void AddPetrarchIssues(const std::string& file, const std::vector<std::string>& lines,
                       Entries* out, DictionaryFileReport* n, std::vector<std::string>* warnings) {
  std::string category;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string t = Trim(lines[i]);
    if (t.empty()) continue;
    if (t.rfind("<ISSUE", 0) == 0) { category = CategoryOf(t); continue; }
    if (t.rfind("</ISSUE", 0) == 0) { category.clear(); continue; }
    IssueEntry proto;
    proto.category = category;
    proto.src = {file, static_cast<int>(i + 1)};
    std::string phrase;
    if (t[0] == '~') {
      bool story = t.size() > 1 && t[1] == '~';
      proto.exclusion = story ? IssueExclusion::kStory : IssueExclusion::kSentence;
      phrase = Trim(std::string_view(t).substr(story ? 2 : 1));
    } else {
      size_t open = t.find('['), close = t.find(']');
      if (open == std::string::npos) { ++n->null_codes; continue; }  // PETRARCH ignores it
      if (close == std::string::npos || close < open) { Warn(file, i, "an unclosed [CODE", warnings); continue; }
      proto.code = Trim(std::string_view(t).substr(open + 1, close - open - 1));
      if (proto.code.empty()) { Warn(file, i, "an empty issue [CODE]", warnings); continue; }
      phrase = Trim(std::string_view(t).substr(0, open));
    }
    size_t before = out->issues.size();
    for (const std::string& form : IssueForms(phrase)) {
      IssueEntry e = proto;
      e.words = PhraseWords(form);
      if (!e.words.empty()) out->issues.push_back(std::move(e));
    }
    if (out->issues.size() == before) { Warn(file, i, "an issue with no words", warnings); continue; }
    ++n->entries;
  }
}

void CountPetrarchPrepositions(const std::string& file, const std::vector<std::string>& lines,
                               DictionaryFileReport* n, std::vector<std::string>* warnings) {
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string t = Trim(lines[i]);
    if (t.empty()) continue;
    if (t.find('[') != std::string::npos) { Warn(file, i, "a [CODE] in a prepositions list", warnings); continue; }
    ++n->entries;
  }
}

}  // namespace dyad::dict
