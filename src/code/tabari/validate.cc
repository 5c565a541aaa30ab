// code/tabari/validate.cc: the validation runner (see validate.h).
#include "code/tabari/validate.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <sstream>

#include "dict/tabari/actors_loader.h"
#include "dict/tabari/agents_loader.h"
#include "dict/tabari/phrase.h"
#include "dict/tabari/verbs_loader.h"
#include "io/tabari_records.h"

namespace dyad::tabari {
namespace {

std::string Dir(const std::string& path) {
  size_t s = path.find_last_of('/');
  return s == std::string::npos ? std::string(".") : path.substr(0, s);
}

struct Expected {
  struct Ev {
    std::string src, tgt, code;
    int32_t date = 0;
  };
  std::vector<Ev> events;
  bool none = false, discard = false, complex = false, skip = false;
  std::vector<std::string> options;
  bool any() const { return !events.empty() || none || discard || complex; }
};

std::string Clean(std::string_view s) {
  std::string o;
  for (char c : Trim(s)) {
    if (c != ' ' && c != '\t') o.push_back(c);
  }
  return o;
}

Expected ParseExpected(const std::string& comment) {
  Expected x;
  size_t p = 0;
  while ((p = comment.find('{', p)) != std::string::npos) {
    bool skip = p > 0 && comment[p - 1] == '-';
    size_t close = comment.find('}', p);
    size_t eol = comment.find('\n', p);
    if (eol == std::string::npos) eol = comment.size();
    size_t end = close == std::string::npos || close > eol ? eol : close;
    std::string body(Trim(std::string_view(comment).substr(p + 1, end - p - 1)));
    size_t after = end + (end == close ? 1 : 0);
    p = after;
    if (body.rfind("OPTION:", 0) == 0) {
      x.options.emplace_back(Trim(std::string_view(body).substr(7)));
      continue;
    }
    if (skip) {
      x.skip = true;
      continue;
    }
    std::string c = Clean(body);
    if (c.empty()) continue;
    if (c == "---") { x.none = true; continue; }
    if (c == "###") { x.discard = true; continue; }
    if (c == "+++") { x.complex = true; continue; }
    size_t s1 = body.find('/');
    size_t s2 = s1 == std::string::npos ? s1 : body.find('/', s1 + 1);
    if (s2 == std::string::npos) continue;
    Expected::Ev ev;
    ev.src = Clean(std::string_view(body).substr(0, s1));
    ev.tgt = Clean(std::string_view(body).substr(s1 + 1, s2 - s1 - 1));
    ev.code = Clean(std::string_view(body).substr(s2 + 1));
    // A date may follow the closing brace on the same line.
    size_t q = after;
    while (q < eol && (comment[q] == ' ' || comment[q] == '\t')) ++q;
    size_t d = q;
    while (d < eol && std::isdigit(static_cast<unsigned char>(comment[d]))) ++d;
    if (d - q == 6 || d - q == 8) ev.date = RecordDate(comment.substr(q, d - q), d - q == 8);
    x.events.push_back(std::move(ev));
  }
  return x;
}

std::string Show(const std::vector<TabariEvent>& evs) {
  std::string s;
  for (const TabariEvent& e : evs) {
    if (!s.empty()) s += "; ";
    s += e.source + " / " + e.target + " / " + e.code;
  }
  return s.empty() ? "(none)" : s;
}

}  // namespace

void SequenceOf(const std::string& format, const std::string& header, std::string* story,
                long* sentence) {
  story->clear();
  std::string sent;
  size_t h = 0;
  for (char f : format) {
    if (f == '^') continue;  // leading blanks: already trimmed from the header
    if (h >= header.size()) break;
    char c = header[h++];
    if (f == 'N') story->push_back(c);
    else if (f == 'S') sent.push_back(c);
  }
  *sentence = 0;
  for (char c : sent) {
    if (!std::isdigit(static_cast<unsigned char>(c))) {
      *sentence = 0;
      return;
    }
    *sentence = *sentence * 10 + (c - '0');
  }
}

int32_t RecordDate(const std::string& s, bool yyyy) {
  std::string d;
  for (char c : s) {
    if (std::isdigit(static_cast<unsigned char>(c))) d.push_back(c);
    else break;
  }
  if (yyyy) {
    if (d.size() < 8) return 0;
    return std::stoi(d.substr(0, 8));
  }
  if (d.size() < 6) return 0;
  int v = std::stoi(d.substr(0, 6));
  int y = v / 10000;
  y += y <= 30 ? 2000 : 1900;
  return y * 10000 + v % 10000;
}

Result<Project> ReadProject(const std::string& path) {
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> lines, ReadLines(path));
  Project pr;
  std::string dir = Dir(path);
  for (const std::string& l : lines) {
    std::string_view t = Trim(l);
    if (t.empty() || t[0] != '<') continue;
    size_t gt = t.find('>');
    if (gt == std::string_view::npos) continue;
    std::string tag(t.substr(1, gt - 1));
    std::string file(Trim(t.substr(gt + 1)));
    if (file.empty()) continue;
    std::string full = file[0] == '/' ? file : dir + "/" + file;
    if (tag == "actorsfile") pr.actors.push_back(full);
    else if (tag == "verbsfile") pr.verbs.push_back(full);
    else if (tag == "agentsfile") pr.agents.push_back(full);
    else if (tag == "textfile") pr.texts.push_back(full);
    else if (tag == "optionsfile") pr.options = full;
  }
  if (pr.actors.empty() || pr.verbs.empty() || pr.texts.empty()) {
    return Status::InvalidArgument(path + ": project needs <actorsfile>, <verbsfile> and <textfile>");
  }
  return pr;
}

Result<LoadedDictionaries> LoadDictionaries(const std::vector<std::string>& actors,
                                            const std::vector<std::string>& agents,
                                            const std::vector<std::string>& verbs,
                                            const std::string& options) {
  LoadedDictionaries d;
  ActorsFile af;
  std::vector<AgentEntry> ag;
  VerbsFile vf;
  for (const std::string& f : actors) DYAD_RETURN_IF_ERROR(LoadActors(f, &af, &d.report));
  for (const std::string& f : agents) DYAD_RETURN_IF_ERROR(LoadAgents(f, &ag, &d.report));
  for (const std::string& f : verbs) DYAD_RETURN_IF_ERROR(LoadVerbs(f, &vf, &d.report));
  if (!options.empty()) DYAD_RETURN_IF_ERROR(LoadOptions(options, &d.options, &d.report));
  d.lexicon = Lexicon::Build(std::move(af), std::move(ag), std::move(vf));
  return d;
}

Result<ValidateSummary> RunValidation(const std::string& project_path, const ValidateOptions& vopts,
                                      std::ostream& out) {
  DYAD_ASSIGN_OR_RETURN(Project pr, ReadProject(project_path));
  auto t0 = std::chrono::steady_clock::now();
  DYAD_ASSIGN_OR_RETURN(LoadedDictionaries dicts,
                        LoadDictionaries(pr.actors, pr.agents, pr.verbs, pr.options));
  ValidateSummary sum;
  sum.load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  sum.load_errors = dicts.report.errors.size();
  sum.duplicates = dicts.report.duplicates.size();
  for (const std::string& e : dicts.report.errors) out << "dictionary: " << e << "\n";
  if (!dicts.report.duplicates.empty() && !vopts.show_duplicates) {
    out << "dictionaries: " << dicts.report.duplicates.size()
        << " duplicate entries ignored (--duplicates lists them)\n";
  }
  if (vopts.show_duplicates) {
    for (const std::string& e : dicts.report.duplicates) out << "duplicate: " << e << "\n";
  }
  TabariOptions opts = dicts.options;
  TabariCoder coder(*dicts.lexicon);
  Parse parse;
  CodeResult res;
  // FORWARD: state: the story and sentence of the previous record and its first actor.
  std::string prev_story;
  long prev_sentence = -10;
  std::vector<std::string> prev_actor;
  for (const std::string& tf : pr.texts) {
    DYAD_ASSIGN_OR_RETURN(std::vector<io::TabariRecord> recs, io::ReadTabariRecords(tf));
    for (const io::TabariRecord& r : recs) {
      if (r.id == vopts.stop_id) break;
      Expected x = ParseExpected(r.comment);
      for (const std::string& o : x.options) {
        std::string err;
        if (!ApplyOptionLine(o, &opts, &err)) out << r.id << ": OPTION not applied: " << err << "\n";
      }
      if (x.skip) {
        ++sum.skipped;
        continue;
      }
      if (!x.any()) {
        ++sum.option_only;
        continue;
      }
      int32_t date = RecordDate(r.date, opts.yyyy);
      const std::vector<std::string>* fwd = nullptr;
      std::string story;
      long sentence = -10;
      if (!opts.forward_format.empty()) {
        SequenceOf(opts.forward_format, r.header, &story, &sentence);
        if (opts.forward && story == prev_story && sentence == prev_sentence + 1) fwd = &prev_actor;
      }
      coder.Code(r.text, date, opts, fwd, &parse, &res);
      prev_story = story;
      prev_sentence = sentence;
      prev_actor = parse.first_actor;
      bool pass;
      std::string want;
      if (x.none || x.discard || x.complex) {
        if (x.discard) { pass = res.discard; want = "{###}"; }
        else if (x.complex) { pass = res.complex; want = "{+++}"; }
        else { pass = res.events.empty(); want = "{---}"; }
      } else {
        std::vector<std::string> a, b;
        for (const auto& e : x.events) {
          a.push_back(e.src + "/" + e.tgt + "/" + e.code);
          if (!want.empty()) want += "; ";
          want += e.src + " / " + e.tgt + " / " + e.code;
        }
        for (const auto& e : res.events) b.push_back(e.source + "/" + e.target + "/" + e.code);
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        pass = a == b && !res.discard && !res.complex;
        bool time_shift = opts.time_shift < 0 ? dicts.lexicon->has_time() : opts.time_shift == 1;
        if (pass && time_shift && !x.events.empty() && x.events[0].date != 0) {
          for (const auto& e : res.events) pass &= e.date == x.events[0].date;
          if (!pass) want += " on " + std::to_string(x.events[0].date);
        }
      }
      std::string got = res.discard ? "{###} " + res.why
                        : res.complex ? "{+++} " + res.why
                        : res.too_short ? "(too short)"
                                        : Show(res.events);
      if (pass) {
        ++sum.passed;
        if (vopts.show_passes) out << "pass " << r.id << "\n";
        continue;
      }
      ++sum.failed;
      std::string how;
      for (const TabariEvent& e : res.events) {
        how += " [" + std::string(parse.toks[e.verb_token]) + ": " +
               (e.pattern ? e.pattern->text + " " + e.pattern->where.Str() : std::string("root ") + e.verb->where.Str()) + "]";
      }
      std::string line = "FAIL " + r.id + " (" + tf.substr(tf.find_last_of('/') + 1) + ":" + std::to_string(r.line) +
                         "): expected " + want + "; got " + got + how;
      sum.failures.push_back(line);
      out << line << "\n";
      if (std::getenv("DYAD_TABARI_DEBUG") != nullptr) out << "  parse: " << DescribeParse(parse) << "\n";
    }
  }
  out << sum.passed << " passed, " << sum.failed << " failed\n";
  return sum;
}

}  // namespace dyad::tabari
