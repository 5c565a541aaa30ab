// out/delimited_exports.cc: TABARI and Phoenix event layouts (tab-separated; GDELT, ICEWS and
// POLECAT have files of their own).
//
// Each layout is a fixed column list (dyad's statement of the reference, checked by
// export_sinks_test.cc against ../shared/data/formats when present) and a function that
// fills one line from an ExportRecord. What dyad does not know is left empty, never
// invented: Phoenix's issues and state names.
//
// Phoenix splits actor codes positionally (phoenix_pipeline's process_actors): a leading
// chunk equal to the actor's country (or IGO/NGO/IMG/MNC) is the entity, the next chunk the
// role when it is one of its thirteen agent codes, the rest attributes. Its Date is the
// story's date; its QuadClass is its own rule (0 for roots 01-02, 16 verbal conflict).
#include <cstdio>
#include <set>

#include "ontology/cameo.h"
#include "ontology/cameo_datasets.h"
#include "out/export_util.h"

namespace dyad::out {
namespace {

const std::set<std::string, std::less<>>& OrgChunks() {
  static const std::set<std::string, std::less<>> s = {"IGO", "NGO", "IMG", "MNC"};
  return s;
}

bool IsEntity(const std::string& chunk, const ActorRef& a) {
  return (!a.country.empty() && chunk == a.country) || OrgChunks().count(chunk) > 0;
}

// ---------------------------------------------------------------- TABARI
// TABARI 0.8's event record with `SET: YYYY = TRUE` and `OUTPUT: ID SENTENCE`:
//   date  source  target  event  label  id  sentence
class TabariExport final : public DelimitedExport {
 public:
  TabariExport(std::ostream& out, bool header) : DelimitedExport(out, header, TabariColumns()) {}
  Status Write(const ExportRecord& r) override {
    const Event& e = r.event;
    std::string& b = StartLine();
    b += DigitsOfDate(e.date);
    Tab(&b);
    if (e.source) AppendTsvField(e.source->code, &b);
    Tab(&b);
    if (e.target) AppendTsvField(e.target->code, &b);
    Tab(&b);
    AppendTsvField(e.code, &b);
    Tab(&b);
    const auto* c = ontology::FindCameo(e.code);
    b += "(";
    if (c) AppendTsvField(Upper(c->name), &b);
    b += ") ";
    AppendTsvField(Upper(e.evidence.verb), &b);
    Tab(&b);
    AppendTsvField(e.doc_id, &b);
    Tab(&b);
    b += std::to_string(e.sentence);
    return EndLine();
  }
};

// ---------------------------------------------------------------- Phoenix
void PhoenixActor(const std::optional<ActorRef>& a, std::string* b) {
  static const std::set<std::string, std::less<>> kRoles = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD",
                                                            "SPY", "MED", "EDU", "BUS", "CRM", "CVL"};
  std::string full, entity, role, attrs;
  if (a) {
    full = a->code;
    const auto chunks = CodeChunks(a->code);
    size_t i = 0;
    if (i < chunks.size() && IsEntity(chunks[i], *a)) entity = chunks[i++];
    if (i < chunks.size() && kRoles.count(chunks[i])) role = chunks[i++];
    for (; i < chunks.size(); ++i) attrs += (attrs.empty() ? "" : ";") + chunks[i];
  }
  AppendTsvField(full, b);
  Tab(b);
  AppendTsvField(entity, b);
  Tab(b);
  AppendTsvField(role, b);
  Tab(b);
  AppendTsvField(attrs, b);
  Tab(b);
}

class PhoenixExport final : public DelimitedExport {
 public:
  PhoenixExport(std::ostream& out, bool header) : DelimitedExport(out, header, PhoenixColumns()) {}
  Status Write(const ExportRecord& r) override {
    const Event& e = r.event;
    std::string& b = StartLine();
    b += std::to_string(r.event_id) + "_dyad";
    Tab(&b);
    // Phoenix's date is the story's (postprocess.py takes it from the story), not the event's.
    const std::string& date = r.doc_date.empty() ? e.date : r.doc_date;
    int y = 0, m = 0, d = 0;
    if (SplitDate(date, &y, &m, &d)) {
      b += DigitsOfDate(date) + "\t" + std::to_string(y) + "\t" + std::to_string(m) + "\t" + std::to_string(d);
    } else {
      b += "\t\t\t";
    }
    Tab(&b);
    PhoenixActor(e.source, &b);
    PhoenixActor(e.target, &b);
    AppendTsvField(e.code, &b);
    Tab(&b);
    AppendTsvField(e.root, &b);
    Tab(&b);
    b += std::to_string(ontology::PhoenixQuad(e.root));
    Tab(&b);
    AppendNumber(e.goldstein, &b);
    Tab(&b);
    Tab(&b);  // Issues: dyad does not code issues
    if (e.location) {
      AppendNumber(e.location->lat, &b);
      Tab(&b);
      AppendNumber(e.location->lon, &b);
      Tab(&b);
      AppendTsvField(e.location->name, &b);
      Tab(&b);
      Tab(&b);  // StateName
      AppendTsvField(e.location->country, &b);
      Tab(&b);
    } else {
      b += "\t\t\t\t\t";
    }
    AppendTsvField(e.doc_id + "_" + std::to_string(e.sentence), &b);
    Tab(&b);
    AppendTsvField(r.doc_url, &b);
    Tab(&b);
    AppendTsvField(r.doc_source, &b);
    return EndLine();
  }
};

}  // namespace

const std::vector<std::string_view>& TabariColumns() {
  static const std::vector<std::string_view> c = {"date", "source", "target", "event", "label", "id", "sentence"};
  return c;
}

const std::vector<std::string_view>& PhoenixColumns() {
  static const std::vector<std::string_view> c = {
      "EventID", "Date", "Year", "Month", "Day",
      "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
      "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
      "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues",
      "Lat", "Lon", "LocationName", "StateName", "CountryCode",
      "SentenceID", "URLs", "NewsSources"};
  return c;
}

std::unique_ptr<RecordSink> MakeTabariExport(std::ostream& out, bool header) {
  return std::make_unique<TabariExport>(out, header);
}
std::unique_ptr<RecordSink> MakePhoenixExport(std::ostream& out, bool header) {
  return std::make_unique<PhoenixExport>(out, header);
}

}  // namespace dyad::out
