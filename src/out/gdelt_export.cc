// out/gdelt_export.cc: the GDELT 2.0 event layout (61 tab-separated columns, no header).
//
// Column by column as the GDELT 2.0 event codebook states them (docs/export-formats.md says
// where each value comes from and what dyad leaves empty):
//   - actor codes are split by out/actor_codes.h: country, known group, ethnic, religion 1
//     and 2, three types, each chunk classified by the CAMEO tables, not by its position;
//   - actor names are the resolved person, the words of the text, or the country's name,
//     upper case as GDELT writes them: never a pronoun ("HE", "IT");
//   - GoldsteinScale is GDELT's own table (ontology/cameo_datasets.h), which differs from
//     ICEWS's on a few codes; QuadClass is GDELT's rule (roots 06-09 material cooperation);
//   - ActionGeo: type 3 (US city) for a place in the United States, 4 (world city) for
//     one elsewhere (dyad's places are all populated places from GeoNames); the full name
//     "City, Country" (dyad's gazetteer has no state names), the FIPS 10-4 country code,
//     latitude, longitude, and the GeoNames id as FeatureID. ADM1Code is the country's
//     FIPS code alone ("IR", "US"): the gazetteer keeps no administrative divisions; the
//     codebook does not say what GDELT writes for an unresolved ADM1, so dyad writes what
//     GDELT writes for a country-level match. ADM2 stays empty.
//   - Actor1Geo/Actor2Geo: where the actor's country is known (its CountryCode column), a
//     country-level match as GDELT makes one: type 1, the country's name, its FIPS code as
//     CountryCode, ADM1Code and FeatureID (the codebook's textual FeatureID for non-city
//     matches). Lat/Long (GDELT: the country's centroid) stay empty: dyad's data has no
//     country centroids. Actors without a country (IGOs, regions) have no geography.
//   - SQLDATE and its forms are the event's date; FractionDate is GDELT's approximation
//     YYYY + (MONTH * 30 + DAY) / 365, four decimals.
#include <cstdio>

#include "ontology/cameo_datasets.h"
#include "out/actor_codes.h"
#include "out/countries.h"
#include "out/export_util.h"

namespace dyad::out {
namespace {

void GdeltActor(const std::optional<ActorRef>& a, std::string* b) {
  // Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code,
  // Type1Code, Type2Code, Type3Code
  if (!a) {
    b->append(10, '\t');
    return;
  }
  const ActorParts p = SplitActor(*a);
  for (const std::string& f : {a->code, Upper(ActorName(*a)), p.country, p.known_group, p.ethnic, p.religion1,
                               p.religion2, p.types[0], p.types[1], p.types[2]}) {
    AppendTsvField(f, b);
    Tab(b);
  }
}

// Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID (8 columns, each
// followed by a tab) of the event's place.
void GdeltGeo(const std::optional<Location>& loc, std::string* b) {
  if (!loc) {
    b->append(8, '\t');
    return;
  }
  const CountryInfo* c = FindCountry(loc->country);
  b->append(loc->country == "USA" ? "3" : "4");
  Tab(b);
  std::string full = loc->name;
  if (c) full += ", " + std::string(c->name);
  AppendTsvField(full, b);
  Tab(b);
  if (c) AppendTsvField(c->fips, b);
  Tab(b);
  if (c) AppendTsvField(c->fips, b);  // ADM1: the country alone (no divisions in the gazetteer)
  b->append("\t\t");                  // ADM2: none
  AppendNumber(loc->lat, b);
  Tab(b);
  AppendNumber(loc->lon, b);
  Tab(b);
  if (loc->geonameid) b->append(std::to_string(loc->geonameid));
  Tab(b);
}

// The 8 ActorNGeo columns of an actor: a country-level match (type 1) on the actor's
// country when it has one with a FIPS code; empty otherwise.
void GdeltActorGeo(const std::optional<ActorRef>& a, std::string* b) {
  const CountryInfo* c = a ? FindCountry(SplitActor(*a).country) : nullptr;
  if (!c || c->fips.empty()) {
    b->append(8, '\t');
    return;
  }
  const std::string fips(c->fips);
  b->append("1\t");
  AppendTsvField(c->name, b);
  b->append("\t" + fips + "\t" + fips + "\t\t\t\t" + fips + "\t");  // ADM2, Lat, Long empty
}

class GdeltExport final : public DelimitedExport {
 public:
  GdeltExport(std::ostream& out, bool header) : DelimitedExport(out, header, GdeltColumns()) {}
  Status Write(const ExportRecord& r) override {
    const Event& e = r.event;
    std::string& b = StartLine();
    b += std::to_string(r.event_id);
    Tab(&b);
    int y = 0, m = 0, day = 0;
    if (SplitDate(e.date, &y, &m, &day)) {
      const std::string d = DigitsOfDate(e.date);
      char frac[32];
      std::snprintf(frac, sizeof frac, "%.4f", y + (m * 30 + day) / 365.0);
      b += d + "\t" + d.substr(0, 6) + "\t" + d.substr(0, 4) + "\t" + frac + "\t";
    } else {
      b += "\t\t\t\t";
    }
    GdeltActor(e.source, &b);
    GdeltActor(e.target, &b);
    b += e.sentence == 0 ? "1" : "0";  // IsRootEvent: the lead sentence
    Tab(&b);
    AppendTsvField(e.code, &b);
    Tab(&b);
    AppendTsvField(e.code.substr(0, 3), &b);
    Tab(&b);
    AppendTsvField(e.root, &b);
    Tab(&b);
    b += std::to_string(ontology::GdeltQuad(e.root));
    Tab(&b);
    const ontology::CameoDatasets* cd = ontology::FindCameoDatasets(e.code);
    AppendNumber(cd ? cd->goldstein_gdelt : e.goldstein, &b);
    Tab(&b);
    b += std::to_string(r.cluster_events) + "\t" + std::to_string(r.cluster_sources) + "\t" +
         std::to_string(r.cluster_documents) + "\t";
    Tab(&b);  // AvgTone
    GdeltActorGeo(e.source, &b);
    GdeltActorGeo(e.target, &b);
    GdeltGeo(e.location, &b);
    std::string added;
    for (char c : r.ingested_at) {
      if (c >= '0' && c <= '9') added += c;
    }
    b += added;
    Tab(&b);
    AppendTsvField(r.doc_url.empty() ? e.doc_id : r.doc_url, &b);
    return EndLine();
  }
};

}  // namespace

const std::vector<std::string_view>& GdeltColumns() {
  static const std::vector<std::string_view> c = {
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
      "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
      "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
      "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL"};
  return c;
}

std::unique_ptr<RecordSink> MakeGdeltExport(std::ostream& out, bool header) {
  return std::make_unique<GdeltExport>(out, header);
}

}  // namespace dyad::out
