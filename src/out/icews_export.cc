// out/icews_export.cc: the ICEWS coded-event layout (20 tab-separated columns, a header row
// with spaces in the names, as the Dataverse files have).
//
//   Event ID         the store's event id
//   Event Date       the event's date, YYYY-MM-DD
//   Source Name      the resolved person; else "Sector (Country)" as ICEWS names generic
//                    actors ("Government (Syria)"); else the country's or the text's name
//   Source Sectors   the sector names of the actor's roles, religion and ethnicity, joined
//                    by "," (out/actor_codes.h SectorName: dyad's mapping of CAMEO roles)
//   Source Country   the country's English name (ICEWS writes names, not codes)
//   Event Text       the CAMEO code's name;  CAMEO Code: the code (a string)
//   Intensity        ICEWS's Goldstein table (cameo.h)
//   Target ...       as for the source
//   Story ID         the document id;  Sentence Number: 1-based;  Publisher: its source
//   City, District, Province, Country, Latitude, Longitude: the event's place (District
//   and Province stay empty: dyad's gazetteer has no administrative divisions).
// ICEWS's QuadClass is not a column of its own; `dyad query --quad-rule icews` and the icews
// R package derive it from the root (ontology/cameo_datasets.h IcewsQuad).
#include "ontology/cameo.h"
#include "out/actor_codes.h"
#include "out/countries.h"
#include "out/export_util.h"

namespace dyad::out {
namespace {

std::string CountryName(std::string_view code) {
  const CountryInfo* c = FindCountry(code);
  return c ? std::string(c->name) : "";
}

std::string IcewsName(const ActorRef& a) {
  if (!a.name.empty()) return a.name;
  const std::string country = CountryName(a.country);
  const ActorParts p = SplitActor(a);
  const std::string_view sector = SectorName(p.types[0]);
  if (!country.empty() && !sector.empty()) return std::string(sector) + " (" + country + ")";
  return ActorName(a);
}

void IcewsActor(const std::optional<ActorRef>& a, std::string* b) {
  if (!a) {
    b->append("\t\t\t");
    return;
  }
  AppendTsvField(IcewsName(*a), b);
  Tab(b);
  std::string sectors;
  for (const std::string& s : Sectors(*a)) sectors += (sectors.empty() ? "" : ",") + s;
  AppendTsvField(sectors, b);
  Tab(b);
  AppendTsvField(CountryName(a->country), b);
  Tab(b);
}

class IcewsExport final : public DelimitedExport {
 public:
  IcewsExport(std::ostream& out, bool header) : DelimitedExport(out, header, IcewsColumns()) {}
  Status Write(const ExportRecord& r) override {
    const Event& e = r.event;
    std::string& b = StartLine();
    b += std::to_string(r.event_id);
    Tab(&b);
    AppendTsvField(e.date, &b);
    Tab(&b);
    IcewsActor(e.source, &b);
    const ontology::CameoCode* c = ontology::FindCameo(e.code);
    if (c) AppendTsvField(c->name, &b);
    Tab(&b);
    AppendTsvField(e.code, &b);
    Tab(&b);
    AppendNumber(e.goldstein, &b);
    Tab(&b);
    IcewsActor(e.target, &b);
    AppendTsvField(e.doc_id, &b);
    Tab(&b);
    b += std::to_string(e.sentence + 1);
    Tab(&b);
    AppendTsvField(r.doc_source, &b);
    Tab(&b);
    if (e.location) {
      AppendTsvField(e.location->name, &b);
      b += "\t\t\t";  // District, Province
      AppendTsvField(CountryName(e.location->country), &b);
      Tab(&b);
      AppendNumber(e.location->lat, &b);
      Tab(&b);
      AppendNumber(e.location->lon, &b);
    } else {
      b += "\t\t\t\t\t";
    }
    return EndLine();
  }
};

}  // namespace

const std::vector<std::string_view>& IcewsColumns() {
  static const std::vector<std::string_view> c = {
      "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
      "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
      "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"};
  return c;
}

std::unique_ptr<RecordSink> MakeIcewsExport(std::ostream& out, bool header) {
  return std::make_unique<IcewsExport>(out, header);
}

}  // namespace dyad::out
