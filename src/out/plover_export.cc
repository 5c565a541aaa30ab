// out/plover_export.cc: events as PLOVER JSON Lines (PLOVER manual, chapter 6).
//
// One object per line with the manual's fields (camelCase, as in PLOVER's own
// PLOVER_GSR_CAMEO file): id, date, actor, recipient, event, eventText, eventLoc,
// quadCode, eventScale, mode, context, text, textInfo, citeInfo, coder, codedDate; and,
// as the manual allows, dyad's own extras: cameo (the CAMEO code) and modality. Entities
// are {code: the three-letter top-level entity (the country, or the first chunk of the
// code), sector: the rest of the code, entityText, identifierText (a resolved person)}.
// Events whose CAMEO code has no PLOVER category (roots 01 and 02, which PLOVER dropped)
// are not written: PLOVER requires an event category.
#include <nlohmann/json.hpp>

#include "ontology/cameo_datasets.h"
#include "out/export_util.h"

namespace dyad::out {
namespace {

nlohmann::json Entity(const ActorRef& a) {
  nlohmann::json j = nlohmann::json::object();
  std::string code = a.country, sector;
  if (!a.country.empty() && a.code.rfind(a.country, 0) == 0) {
    sector = a.code.substr(a.country.size());
  } else {
    code = a.code.substr(0, 3);
    sector = a.code.size() > 3 ? a.code.substr(3) : "";
  }
  j["code"] = code;
  j["sector"] = sector;
  j["entityText"] = a.text;
  if (!a.name.empty()) j["identifierText"] = a.name;
  return j;
}

class PloverExport final : public RecordSink {
 public:
  explicit PloverExport(std::ostream& out) : out_(out) {}
  Status Write(const ExportRecord& r) override {
    const Event& e = r.event;
    if (e.plover.empty()) return Status::Ok();
    nlohmann::json j = nlohmann::json::object();
    j["id"] = "dyad-" + std::to_string(r.event_id);
    j["date"] = e.date.empty() ? nlohmann::json() : nlohmann::json(e.date);
    j["actor"] = e.source ? nlohmann::json::array({Entity(*e.source)}) : nlohmann::json::array();
    j["recipient"] = e.target ? nlohmann::json::array({Entity(*e.target)}) : nlohmann::json::array();
    j["event"] = nlohmann::json::array({e.plover});
    j["eventText"] = nlohmann::json::array({e.evidence.verb});
    if (e.location) {
      j["eventLoc"] = {{"name", e.location->name}, {"country", e.location->country},
                       {"lat", e.location->lat}, {"lon", e.location->lon},
                       {"geonameid", e.location->geonameid}};
    }
    j["quadCode"] = e.quad;
    j["eventScale"] = e.goldstein;
    const ontology::CameoDatasets* cd = ontology::FindCameoDatasets(e.code);
    j["mode"] = nlohmann::json::array();
    j["context"] = nlohmann::json::array();
    if (cd && !cd->plover_mode.empty()) j["mode"].push_back(cd->plover_mode);
    if (cd && !cd->plover_context.empty()) j["context"].push_back(cd->plover_context);
    j["text"] = e.sentence_text;
    j["textInfo"] = {{"sequence", e.sentence}, {"start", e.sentence_start}, {"end", e.sentence_end}};
    j["citeInfo"] = {{"corpus", r.doc_source}, {"citation", e.doc_id}, {"url", r.doc_url}};
    j["coder"] = "dyad";
    j["codedDate"] = r.ingested_at.substr(0, 10);
    j["cameo"] = e.code;
    if (!e.date.empty()) j["datePrecision"] = e.date_precision.empty() ? "day" : e.date_precision;
    j["modality"] = {{"negated", e.modality.negated},
                     {"hypothetical", e.modality.hypothetical},
                     {"reported", e.modality.reported}};
    std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    line += '\n';
    return WriteLine(out_, line);
  }
  Status Flush() override { return FlushStream(out_); }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<RecordSink> MakePloverExport(std::ostream& out) { return std::make_unique<PloverExport>(out); }

}  // namespace dyad::out
