// eval/petrarch_validate.cc: see petrarch_validate.h.
#include "eval/petrarch_validate.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "eval/petrarch_records.h"

namespace dyad::eval {
namespace {

std::string Show(const std::vector<PetrarchEvent>& evs) {
  std::string s = "[";
  for (const PetrarchEvent& e : evs)
    s += (s.size() > 1 ? " " : "") + e.source + "-" + e.target + ":" + e.code;
  return s + "]";
}

std::string FailureClass(const std::vector<PetrarchEvent>& want, const std::vector<PetrarchEvent>& got) {
  if (got.empty()) return "no event";
  if (want.empty()) return "extra event";
  std::set<std::pair<std::string, std::string>> want_pairs, got_pairs;
  std::set<std::string> want_codes, got_codes;
  for (const auto& e : want) { want_pairs.insert({e.source, e.target}); want_codes.insert(e.code); }
  for (const auto& e : got) { got_pairs.insert({e.source, e.target}); got_codes.insert(e.code); }
  if (want_pairs == got_pairs) return "event code";
  if (want_codes == got_codes) return "actors";
  return "mixed";
}

std::vector<PetrarchEvent> Coded(const Coder& coder, const PetrarchRecord& r) {
  Document doc;
  doc.id = r.id;
  doc.text = r.text;
  doc.date = r.date;
  doc.origin = r.id;
  std::vector<PetrarchEvent> got;
  for (const Event& e : coder.Code(doc))
    got.push_back({e.source ? e.source->code : "---", e.target ? e.target->code : "---", e.code});
  std::sort(got.begin(), got.end());
  got.erase(std::unique(got.begin(), got.end()), got.end());
  return got;
}

}  // namespace

Result<PetrarchValidation> RunPetrarchValidation(const std::string& path, bool show_passes,
                                                 std::ostream& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot read the PETRARCH records");
  std::stringstream ss;
  ss << in.rdbuf();
  DYAD_ASSIGN_OR_RETURN(PetrarchTests tests, ParsePetrarchTests(path, ss.str()));
  DictionaryOptions dopt;
  dopt.load_defaults = false;
  dopt.extra_format = "petrarch";
  for (const std::string* p : {&tests.actors, &tests.agents, &tests.verbs})
    if (!p->empty()) dopt.extra_paths.push_back(*p);
  DYAD_ASSIGN_OR_RETURN(auto dict, Dictionary::Load(dopt));
  DYAD_ASSIGN_OR_RETURN(auto coder, Coder::Create(dict));
  PetrarchValidation v;
  v.dictionary_warnings = dict->warnings().size();
  for (const PetrarchRecord& r : tests.records) {
    if (!r.valid) { ++v.not_run; continue; }
    std::vector<PetrarchEvent> got = Coded(*coder, r);
    std::vector<PetrarchEvent> want = r.expected;
    want.erase(std::unique(want.begin(), want.end()), want.end());
    if (got == want) {
      ++v.passed;
      if (show_passes) out << "pass " << r.id << " " << Show(want) << "\n";
      continue;
    }
    ++v.failed;
    std::string cls = FailureClass(want, got);
    ++v.failures_by_class[cls];
    out << "FAIL " << r.id << " (" << cls << "): expected " << Show(want) << " got " << Show(got)
        << "\n";
  }
  out << v.passed << " passed, " << v.failed << " failed (" << v.not_run
      << " records marked valid=\"false\" not run)";
  for (const auto& [cls, n] : v.failures_by_class) out << "; " << cls << ": " << n;
  out << "\n";
  return v;
}

}  // namespace dyad::eval
