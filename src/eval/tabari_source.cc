// eval/tabari_source.cc: see tabari_source.h.
#include "eval/tabari_source.h"

#include "code/tabari/coder.h"
#include "code/tabari/validate.h"
#include "dict/dyad_loader.h"
#include "ontology/cameo.h"

namespace dyad::eval {
namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::optional<ActorRef> Ref(const std::string& code) {
  if (code.empty() || code == "---") return std::nullopt;
  ActorRef a;
  a.code = code;
  std::string p = code.substr(0, 3);
  if (code.size() >= 3 && p != "IGO" && p != "NGO" && p != "MNC" && p != "---") a.country = p;
  return a;
}

struct TabariState {
  tabari::LoadedDictionaries dicts;
  std::unique_ptr<tabari::TabariCoder> coder;
  tabari::Parse parse;
  tabari::CodeResult result;
};

}  // namespace

Result<CodeFn> MakeTabariCodeFn(const TabariSetup& setup, std::vector<std::string>* warnings) {
  std::vector<std::string> actors, agents, verbs;
  std::string options;
  if (!setup.project.empty()) {
    DYAD_ASSIGN_OR_RETURN(tabari::Project pr, tabari::ReadProject(setup.project));
    actors = pr.actors;
    agents = pr.agents;
    verbs = pr.verbs;
    options = pr.options;
  }
  for (const std::string& f : setup.files) {
    if (EndsWith(f, ".verbs")) verbs.push_back(f);
    else if (EndsWith(f, ".actors")) actors.push_back(f);
    else if (EndsWith(f, ".agents")) agents.push_back(f);
    else if (EndsWith(f, ".options")) options = f;
    else
      return Status::InvalidArgument(f + ": want a .verbs, .actors, .agents or .options file");
  }
  if (verbs.empty() || actors.empty())
    return Status::InvalidArgument("TABARI needs at least one .verbs and one .actors file");
  auto state = std::make_shared<TabariState>();
  DYAD_ASSIGN_OR_RETURN(state->dicts, tabari::LoadDictionaries(actors, agents, verbs, options));
  if (setup.minimum_words >= 0) state->dicts.options.minimum_words = setup.minimum_words;
  if (warnings)
    for (const auto& e : state->dicts.report.errors) warnings->push_back(e);
  state->coder = std::make_unique<tabari::TabariCoder>(*state->dicts.lexicon);
  return CodeFn([state](const Document& doc) {
    int32_t date = doc.date.empty() ? 20000101 : dict::ParseIsoDate(doc.date);
    if (date < 0) date = 20000101;
    state->coder->Code(doc.text, date, state->dicts.options, nullptr, &state->parse,
                       &state->result);
    std::vector<Event> out;
    for (const tabari::TabariEvent& t : state->result.events) {
      Event e;
      e.doc_id = doc.id;
      e.date = doc.date;
      e.date_source = "document";
      e.code = t.code;
      e.root = ontology::RootOf(t.code);
      e.source = Ref(t.source);
      e.target = Ref(t.target);
      e.sentence_text = doc.text;
      e.evidence.verb = "(tabari)";
      if (t.pattern != nullptr) {
        e.evidence.pattern = t.pattern->text;
        e.evidence.where = t.pattern->where.Str();
      } else if (t.verb != nullptr) {
        e.evidence.pattern = "(verb root)";
        e.evidence.where = t.verb->where.Str();
      }
      out.push_back(std::move(e));
    }
    return out;
  });
}

}  // namespace dyad::eval
