// out/delimited_exports.cc: TABARI, Phoenix and GDELT 2.0 event layouts (tab-separated).
//
// Each layout is a fixed column list (dyad's statement of the reference, checked by
// export_sinks_test.cc against ../shared/data/formats when present) and a function that
// fills one line from an ExportRecord. What dyad does not know is left empty, never
// invented: GDELT's ethnic and religion codes, tone, actor geography and FIPS country
// codes; Phoenix's issues and state names.
//
// Actor codes are split into three-letter chunks, as CAMEO builds them: a leading chunk
// equal to the actor's country (or IGO/NGO/IMG/MNC) is the entity; Phoenix takes the next
// chunk as the role when it is one of its thirteen agent codes and the rest as
// attributes; GDELT takes a chunk after IGO/NGO/IMG/MNC as the known group and up to three
// remaining chunks as types.
#include <cstdio>
#include <set>

#include "ontology/cameo.h"
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

void Tab(std::string* b) { b->push_back('\t'); }

// What the three layouts share: the header line (when asked for) goes out with the first
// record, or on Flush when there is none; one line buffer is reused for every record.
class DelimitedExport : public RecordSink {
 public:
  Status Flush() final {
    if (!pending_.empty()) {
      DYAD_RETURN_IF_ERROR(WriteLine(out_, pending_));
      pending_.clear();
    }
    return FlushStream(out_);
  }

 protected:
  DelimitedExport(std::ostream& out, bool header, const std::vector<std::string_view>& columns)
      : out_(out) {
    if (header) pending_ = HeaderLine(columns);
  }
  // The line buffer for the next record, holding the header when it is still to be written.
  std::string& StartLine() {
    line_ = std::move(pending_);
    pending_.clear();
    return line_;
  }
  // Ends the record's line and writes it (with the header before it, if any).
  Status EndLine() {
    line_ += '\n';
    return WriteLine(out_, line_);
  }

 private:
  std::ostream& out_;
  std::string line_, pending_;
};

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
int PhoenixQuad(const std::string& root) {
  const int r = root.size() == 2 ? (root[0] - '0') * 10 + (root[1] - '0') : 0;
  if (r <= 2) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13 || r == 16) return 3;
  return 4;
}

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
    const std::string d = DigitsOfDate(e.date);
    b += d;
    Tab(&b);
    if (!d.empty()) {
      b += d.substr(0, 4) + "\t" + std::to_string(std::stoi(d.substr(4, 2))) + "\t" +
           std::to_string(std::stoi(d.substr(6, 2)));
    } else {
      b += "\t";
      Tab(&b);
    }
    Tab(&b);
    PhoenixActor(e.source, &b);
    PhoenixActor(e.target, &b);
    AppendTsvField(e.code, &b);
    Tab(&b);
    AppendTsvField(e.root, &b);
    Tab(&b);
    b += std::to_string(PhoenixQuad(e.root));
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

// ---------------------------------------------------------------- GDELT 2.0
void GdeltActor(const std::optional<ActorRef>& a, std::string* b) {
  // Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code,
  // Type1Code, Type2Code, Type3Code
  std::string code, name, country, group, types[3];
  if (a) {
    code = a->code;
    name = Upper(a->name.empty() ? a->text : a->name);
    country = a->country;
    const auto chunks = CodeChunks(a->code);
    size_t i = 0;
    if (i < chunks.size() && !a->country.empty() && chunks[i] == a->country) ++i;
    if (i < chunks.size() && OrgChunks().count(chunks[i])) {
      ++i;
      if (i < chunks.size()) group = chunks[i++];
    }
    for (int t = 0; t < 3 && i < chunks.size(); ++t) types[t] = chunks[i++];
  }
  for (const std::string* f : {&code, &name, &country, &group}) {
    AppendTsvField(*f, b);
    Tab(b);
  }
  b->append("\t\t\t");  // ethnic, religion 1, religion 2: dyad has none
  for (const auto& t : types) {
    AppendTsvField(t, b);
    Tab(b);
  }
}

class GdeltExport final : public DelimitedExport {
 public:
  GdeltExport(std::ostream& out, bool header) : DelimitedExport(out, header, GdeltColumns()) {}
  Status Write(const ExportRecord& r) override {
    const Event& e = r.event;
    std::string& b = StartLine();
    b += std::to_string(r.event_id);
    Tab(&b);
    const std::string d = DigitsOfDate(e.date);
    if (!d.empty()) {
      const int y = std::stoi(d.substr(0, 4)), m = std::stoi(d.substr(4, 2)), day = std::stoi(d.substr(6, 2));
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
    b += std::to_string(e.quad);
    Tab(&b);
    AppendNumber(e.goldstein, &b);
    Tab(&b);
    b += std::to_string(r.cluster_events) + "\t" + std::to_string(r.cluster_sources) + "\t" +
         std::to_string(r.cluster_documents) + "\t";
    Tab(&b);  // AvgTone
    b.append(16, '\t');  // Actor1Geo_* and Actor2Geo_*: 8 columns each
    if (e.location) {
      b += "4\t";  // ActionGeo_Type: a place (WORLDCITY); dyad does not tell US places apart
      AppendTsvField(e.location->name, &b);
      b += "\t\t\t\t";  // CountryCode (FIPS), ADM1, ADM2: not known
      AppendNumber(e.location->lat, &b);
      Tab(&b);
      AppendNumber(e.location->lon, &b);
      Tab(&b);
      if (e.location->geonameid) b += std::to_string(e.location->geonameid);
      Tab(&b);
    } else {
      b.append(8, '\t');
    }
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

std::unique_ptr<RecordSink> MakeTabariExport(std::ostream& out, bool header) {
  return std::make_unique<TabariExport>(out, header);
}
std::unique_ptr<RecordSink> MakePhoenixExport(std::ostream& out, bool header) {
  return std::make_unique<PhoenixExport>(out, header);
}
std::unique_ptr<RecordSink> MakeGdeltExport(std::ostream& out, bool header) {
  return std::make_unique<GdeltExport>(out, header);
}

}  // namespace dyad::out
