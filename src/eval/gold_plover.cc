// eval/gold_plover.cc: the PLOVER gold standard (PLOVER_GSR_CAMEO.txt, JSON).
//
// Each record: {"id", "date", "event" (category), "text", "source": [{"actorText", "code",
// "sector"?}...] | null, "target": [...] | "" | absent, ...}. The "DOCUMENT" record and
// records without text are skipped.
#include <cctype>

#include <nlohmann/json.hpp>

#include "eval/gold.h"
#include "eval/repair.h"

namespace dyad::eval {
namespace {

using nlohmann::json;

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string Upper3(std::string s) {
  if (s.size() > 3) s.resize(3);
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// Country codes the GSR writes that are not ISO 3166-1 alpha-3 (the readme says they all
// are): read as the ISO code dyad uses.
std::string IsoCountry(std::string code) {
  if (code == "JAP") return "JPN";
  if (code == "ITL") return "ITA";
  if (code == "VTN") return "VNM";
  return code;
}

std::vector<GoldActor> Actors(const json& rec, const char* key) {
  std::vector<GoldActor> out;
  auto it = rec.find(key);
  if (it == rec.end() || !it->is_array()) return out;  // null, "" or absent: none
  for (const json& a : *it) {
    if (!a.is_object()) continue;
    GoldActor g;
    g.text = Str(a, "actorText");
    g.code = IsoCountry(Upper3(Str(a, "code")));
    g.sector = Upper3(Str(a, "sector"));
    if (g.sector == "***") g.sector.clear();  // "unknown" in the GSR
    if (!g.code.empty()) out.push_back(std::move(g));
  }
  return out;
}

}  // namespace

Result<GoldSet> ParsePloverGold(std::string_view file, std::string_view content) {
  std::string f(file);
  json doc = json::parse(RepairMojibake(content), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return Status::ParseError(f + ": not valid JSON");
  if (!doc.is_array()) return Status::ParseError(f + ": want a JSON array of records");
  GoldSet set;
  set.format = GoldFormat::kPlover;
  set.file = f;
  set.has_actors = true;
  set.has_categories = true;
  for (size_t i = 0; i < doc.size(); ++i) {
    const json& rec = doc[i];
    std::string where = f + "#" + std::to_string(i);
    if (!rec.is_object()) return Status::ParseError(where + ": record is not an object");
    std::string category = Str(rec, "event"), text = Str(rec, "text");
    if (category == "DOCUMENT" || text.empty()) {
      ++set.skipped;
      continue;
    }
    GoldExample ex;
    ex.id = Str(rec, "id");
    if (ex.id.empty()) ex.id = "plover-" + std::to_string(i);
    ex.text = std::move(text);
    ex.date = Str(rec, "date");
    ex.category = std::move(category);
    ex.sources = Actors(rec, "source");
    ex.targets = Actors(rec, "target");
    ex.where = std::move(where);
    set.examples.push_back(std::move(ex));
  }
  return set;
}

}  // namespace dyad::eval
