// out/polecat_export.cc: POLECAT's tabular layout (40 tab-separated columns, header row).
//
// POLECAT codes PLOVER; dyad codes CAMEO and maps it: Event Type is the code's PLOVER
// category (CAMEO2PLOVER-2021, cameo.h), Event Mode and Contexts the mapping's mode and
// context for the code (ontology/cameo_datasets.h). Roots 01 (statements) and 02 (appeals),
// which PLOVER dropped, are kept with an empty Event Type so that no event is lost; filter
// on Event Type to have PLOVER's events only. Quad Code is the quad's name in capitals
// ("VERBAL CONFLICT") by the ICEWS rule; Intensity is ICEWS's Goldstein value (POLECAT's
// own intensity scale is not published). Actors: the name (resolved person, words of the
// text, or country name: never a pronoun), the country's English name, the sector names of
// the actor's roles (the first is the primary sector) and the raw text. Place: the event's
// place (name, city, country name, latitude, longitude, GeoNames id). Source and
// Publication Date: the document's source and date. Left empty, as dyad does not know them:
// Actor/Recipient COW, Title, Wikipedia ID, District, Province, Feature Type, Story People,
// Organizations and Locations.
#include "ontology/cameo_datasets.h"
#include "out/actor_codes.h"
#include "out/countries.h"
#include "out/export_util.h"

namespace dyad::out {
namespace {

std::string CountryName(std::string_view code) {
  const CountryInfo* c = FindCountry(code);
  return c ? std::string(c->name) : "";
}

// Name, Country, COW, Primary Sector, Sectors, Title, Name Raw, Wikipedia ID.
void PolecatActor(const std::optional<ActorRef>& a, std::string* b) {
  if (!a) {
    b->append(8, '\t');
    return;
  }
  AppendTsvField(ActorName(*a), b);
  Tab(b);
  AppendTsvField(CountryName(a->country), b);
  b->append("\t\t");  // COW
  const std::vector<std::string> sectors = Sectors(*a);
  if (!sectors.empty()) AppendTsvField(sectors[0], b);
  Tab(b);
  std::string all;
  for (const std::string& s : sectors) all += (all.empty() ? "" : ";") + s;
  AppendTsvField(all, b);
  b->append("\t\t");  // Title
  AppendTsvField(a->text, b);
  b->append("\t\t");  // Wikipedia ID
}

class PolecatExport final : public DelimitedExport {
 public:
  PolecatExport(std::ostream& out, bool header) : DelimitedExport(out, header, PolecatColumns()) {}
  Status Write(const ExportRecord& r) override {
    const Event& e = r.event;
    std::string& b = StartLine();
    b += "dyad-" + std::to_string(r.event_id);
    Tab(&b);
    AppendTsvField(e.date, &b);
    Tab(&b);
    AppendTsvField(e.plover, &b);
    Tab(&b);
    const ontology::CameoDatasets* cd = ontology::FindCameoDatasets(e.code);
    if (cd) AppendTsvField(cd->plover_mode, &b);
    Tab(&b);
    AppendNumber(e.goldstein, &b);
    Tab(&b);
    b += ontology::QuadName(ontology::IcewsQuad(e.root));
    Tab(&b);
    if (cd) AppendTsvField(cd->plover_context, &b);
    Tab(&b);
    PolecatActor(e.source, &b);
    PolecatActor(e.target, &b);
    if (e.location) {
      const Location& l = *e.location;
      AppendTsvField(l.name, &b);
      Tab(&b);
      AppendTsvField(l.name, &b);
      b += "\t\t\t";  // District, Province
      AppendTsvField(CountryName(l.country), &b);
      Tab(&b);
      AppendNumber(l.lat, &b);
      Tab(&b);
      AppendNumber(l.lon, &b);
      Tab(&b);
      if (l.geonameid) b += std::to_string(l.geonameid);
      Tab(&b);
      AppendTsvField(l.name, &b);
      b += "\t\t";  // Feature Type
    } else {
      b.append(10, '\t');  // the ten place columns
    }
    AppendTsvField(r.doc_source, &b);
    Tab(&b);
    AppendTsvField(r.doc_date, &b);
    b += "\t\t\t\ten\tdyad";  // Story People, Organizations, Locations; Language; Version
    return EndLine();
  }
};

}  // namespace

const std::vector<std::string_view>& PolecatColumns() {
  static const std::vector<std::string_view> c = {
      "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
      "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
      "Actor Name Raw", "Wikipedia Actor ID",
      "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
      "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
      "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
      "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations",
      "Story Locations", "Language", "Version"};
  return c;
}

std::unique_ptr<RecordSink> MakePolecatExport(std::ostream& out, bool header) {
  return std::make_unique<PolecatExport>(out, header);
}

}  // namespace dyad::out
