// dict/tabari/actors_loader.cc: TABARI .actors files into ActorsFile.
#include "dict/tabari/actors_loader.h"

#include <unordered_map>

#include "dict/tabari/phrase.h"

namespace dyad::tabari {
namespace {

std::string Key(const std::vector<PWord>& words) {
  std::string k;
  for (const PWord& w : words) {
    k += w.text;
    k += w.no_endings ? '=' : w.exact ? '_' : '.';
    k += w.adjacent ? '~' : ' ';
  }
  return k;
}

class ActorsParser {
 public:
  ActorsParser(const std::string& name, ActorsFile* out, LoadReport* report)
      : name_(name), out_(out), report_(report) {}

  void Line(int lineno, const std::string& raw) {
    Where where{name_, lineno};
    if (!IsUtf8(raw)) {
      report_->Error(where, "invalid UTF-8; line skipped");
      return;
    }
    std::string_view t = Trim(raw);
    if (t.empty()) return;
    if (t[0] == '#' || t[0] == '/') return;
    if (t.rfind("~FINISH", 0) == 0 || t.rfind("~~FINISH", 0) == 0) {
      Flush();
      done_ = true;
      return;
    }
    std::string upper = NormalisePhrase(t);
    if (upper.rfind("<NOUN>", 0) == 0) { Flush(); section_ = kNoun; return; }
    if (upper.rfind("</NOUN>", 0) == 0) { section_ = kActors; return; }
    if (upper.rfind("<ADJECTIVE>", 0) == 0 || upper.rfind("<ADJ>", 0) == 0) { Flush(); section_ = kAdj; return; }
    if (upper.rfind("</ADJECTIVE>", 0) == 0 || upper.rfind("</ADJ>", 0) == 0) { section_ = kActors; return; }
    std::string err;
    LineParts parts;
    if (!SplitLine(raw, &parts, &err)) {
      report_->Error(where, err + "; line skipped");
      return;
    }
    if (section_ != kActors) {
      WordEntry e;
      e.where = where;
      if (!ParseWords(parts.phrase, &e.words, &err)) {
        report_->Error(where, err + "; line skipped");
        return;
      }
      (section_ == kNoun ? out_->nouns : out_->adjectives).push_back(std::move(e));
      return;
    }
    bool indented = raw[0] == ' ' || raw[0] == '\t';
    if (parts.phrase.empty() && !parts.blocks.empty()) {
      // A code line of the current group.
      if (!indented || !open_) {
        report_->Error(where, "code block without a phrase; line skipped");
        return;
      }
      AddCodes(parts, where);
      return;
    }
    if (parts.phrase[0] == '+') {
      if (!open_) {
        report_->Error(where, "synonym '+' without a preceding actor; line skipped");
        return;
      }
      std::vector<PWord> words;
      if (!ParseWords(std::string_view(parts.phrase).substr(1), &words, &err)) {
        report_->Error(where, err + "; line skipped");
        return;
      }
      group_.push_back({std::move(words), where});
      AddCodes(parts, where);
      return;
    }
    // A new actor.
    Flush();
    std::vector<PWord> words;
    if (!ParseWords(parts.phrase, &words, &err)) {
      report_->Error(where, err + "; line skipped");
      return;
    }
    open_ = true;
    group_where_ = where;
    group_.push_back({std::move(words), where});
    AddCodes(parts, where);
  }

  void Flush() {
    if (!open_) return;
    open_ = false;
    if (bad_codes_ && codes_.empty()) {
      // Already reported.
    } else if (codes_.empty()) {
      report_->Error(group_where_, "no code for actor; entry skipped");
    } else {
      // Restricted codes first (file order), then the default; a lone restriction gets a
      // null default (manual 6.5.2, note 5).
      std::vector<DatedCode> ordered;
      const DatedCode* def = nullptr;
      for (const DatedCode& c : codes_) {
        if (c.restricted) ordered.push_back(c);
        else if (def == nullptr) def = &c;
      }
      if (def != nullptr) ordered.push_back(*def);
      else ordered.push_back(DatedCode{"---", 0, 99999999, false});
      for (auto& [words, where] : group_) {
        std::string key = Key(words);
        auto [it, inserted] = seen_.emplace(key, where);
        if (!inserted) {
          report_->duplicates.push_back(where.Str() + ": duplicate of " + it->second.Str());
          continue;
        }
        ActorEntry e;
        e.words = std::move(words);
        e.codes = ordered;
        e.where = where;
        out_->actors.push_back(std::move(e));
      }
    }
    group_.clear();
    codes_.clear();
    bad_codes_ = false;
  }

 private:
  void AddCodes(const LineParts& parts, const Where& where) {
    for (const std::string& b : parts.blocks) {
      DatedCode c;
      std::string err;
      if (!ParseDatedCode(b, &c, &err)) {
        report_->Error(where, err + "; code skipped");
        bad_codes_ = true;
        continue;
      }
      codes_.push_back(std::move(c));
    }
  }

  enum Section { kActors, kNoun, kAdj };
  std::string name_;
  ActorsFile* out_;
  LoadReport* report_;
  Section section_ = kActors;
  bool open_ = false;
  bool bad_codes_ = false;
  bool done_ = false;
  Where group_where_;
  std::vector<std::pair<std::vector<PWord>, Where>> group_;
  std::vector<DatedCode> codes_;
  std::unordered_map<std::string, Where> seen_;

 public:
  bool done() const { return done_; }
};

}  // namespace

void ParseActors(const std::string& name, const std::vector<std::string>& lines,
                 ActorsFile* out, LoadReport* report) {
  ActorsParser p(name, out, report);
  for (size_t i = 0; i < lines.size() && !p.done(); ++i) p.Line(static_cast<int>(i + 1), lines[i]);
  p.Flush();
}

Status LoadActors(const std::string& path, ActorsFile* out, LoadReport* report) {
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> lines, ReadLines(path));
  ParseActors(BaseName(path), lines, out, report);
  return Status::Ok();
}

}  // namespace dyad::tabari
