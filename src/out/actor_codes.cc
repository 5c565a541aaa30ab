// out/actor_codes.cc: classifying the three-letter chunks of CAMEO actor codes.
//
// The tables are the CAMEO 1.1b3 codebook's: Table 3.1 (generic domestic role codes:
// primary, secondary, tertiary), PTY (3.1.4), the generic international codes (3.1.9), the
// religious classification's first trio (ch. "CAMEO Religious Coding Scheme", "First Three
// Letters") and the denominations dyad's dictionaries use after it; ethnic codes are the
// identity codes of dictionaries/ethnic.dict (the codebook publishes no ethnic list;
// actor_codes_test.cc checks that every chunk of that dictionary is classified). Regions are
// the transnational region codes of dictionaries/igos.dict and groups.dict.
#include "out/actor_codes.h"

#include <set>

#include "out/countries.h"

namespace dyad::out {
namespace {

using Set = std::set<std::string_view, std::less<>>;

const Set& Types() {
  static const Set s = {"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF",  // primary
                        "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI",  // secondary
                        "LAB", "LEG", "MED", "REF", "MOD", "RAD", "PTY",                       // tertiary, party
                        "IGO", "IMG", "NGO", "NGM", "MNC"};                                    // international
  return s;
}

const Set& Religions() {
  static const Set s = {"ATH", "BAH", "BUD", "CHR", "CON", "HIN", "JAN", "JEW", "MOS", "SHN", "SIK", "TAO",
                        "ABR", "ADR", "EAR", "INR", "IRR", "ITR", "NRM"};
  return s;
}

// Second trio after a religion: denominations (Sunni, Shia, Alawite; Catholic, Protestant,
// Orthodox).
const Set& Denominations() {
  static const Set s = {"SUN", "SHI", "ALW", "CTH", "PRO", "DOX"};
  return s;
}

const Set& Ethnic() {
  static const Set s = {"ABN", "KRD", "HTU", "TUT", "PST", "BAL", "KSH", "FUL", "TRG", "BER", "AZR",
                        "YRB", "IGB", "HAU", "IJW", "OGN", "TIV", "KNR", "IBB", "URH", "ITS", "EFK",
                        "TAM", "SNH", "HZR", "CCN", "ING", "ABK", "TAT", "UIG", "TBT", "ROH", "ACH",
                        "ZUL", "XHS", "AFK", "KIK", "LUO", "KLJ", "ORM", "AMH", "TGR", "SHO", "DIN",
                        "NUR", "MSL", "BNY", "BSQ", "CAT", "FLM", "WLN", "QBC", "MAO"};
  return s;
}

const Set& Regions() {
  static const Set s = {"AFR", "ASA", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EUR", "LAM",
                        "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SEA", "WAF", "WST"};
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

bool IsTypeCode(std::string_view chunk) { return Types().count(chunk) > 0; }
bool IsReligionCode(std::string_view chunk) { return Religions().count(chunk) > 0; }
bool IsEthnicCode(std::string_view chunk) { return Ethnic().count(chunk) > 0; }

ActorParts SplitActor(const ActorRef& a) {
  ActorParts p;
  p.country = a.country;
  int types = 0;
  bool after_religion = false;
  std::string_view previous;
  for (size_t i = 0; i + 3 <= a.code.size(); i += 3) {
    const std::string_view c = std::string_view(a.code).substr(i, 3);
    const bool was_after_religion = after_religion;
    after_religion = false;
    // A country or region is read only where CAMEO puts one: first, or right after an
    // international generic code (IMGIRQ...); elsewhere "ISL" is a group (IMGMOSISL), not
    // Iceland.
    const bool country_slot = i == 0 || previous == "IGO" || previous == "IMG" || previous == "NGO" ||
                              previous == "NGM" || previous == "MNC";
    previous = c;
    if (c == a.country) continue;
    if (IsReligionCode(c) || (was_after_religion && Denominations().count(c))) {
      if (p.religion1.empty()) {
        p.religion1 = std::string(c);
      } else if (p.religion2.empty()) {
        p.religion2 = std::string(c);
      }
      after_religion = true;
    } else if (IsTypeCode(c)) {
      if (types < 3) p.types[types++] = std::string(c);
    } else if (IsEthnicCode(c)) {
      if (p.ethnic.empty()) p.ethnic = std::string(c);
    } else if (country_slot && (Regions().count(c) || FindCountry(c))) {
      if (p.country.empty()) p.country = std::string(c);
    } else if (p.known_group.empty()) {
      p.known_group = std::string(c);
    }
  }
  return p;
}

std::string_view SectorName(std::string_view t) {
  static const std::pair<std::string_view, std::string_view> kNames[] = {
      {"AGR", "Agriculture"}, {"BUS", "Business"}, {"COP", "Police"}, {"CRM", "Criminal"},
      {"CVL", "Civilian"}, {"DEV", "Development"}, {"EDU", "Education"}, {"ELI", "Elite"},
      {"ENV", "Environment"}, {"GOV", "Government"}, {"HLH", "Health"}, {"HRI", "Human Rights"},
      {"IGO", "Intergovernmental Organization"}, {"IMG", "Militarized Group"}, {"INS", "Insurgents"},
      {"JUD", "Judicial"}, {"LAB", "Labor"}, {"LEG", "Legislative / Parliamentary"}, {"MED", "Media"},
      {"MIL", "Military"}, {"MNC", "Multinational Corporation"}, {"MOD", "Moderate"},
      {"NGM", "Nongovernmental Movement"}, {"NGO", "Nongovernmental Organization"}, {"OPP", "Opposition"},
      {"PTY", "Parties"}, {"RAD", "Radical"}, {"REB", "Rebels"}, {"REF", "Refugees / Displaced"},
      {"SEP", "Separatists"}, {"SPY", "Intelligence"}, {"UAF", "Armed Forces (unaligned)"}};
  for (const auto& [code, name] : kNames) {
    if (code == t) return name;
  }
  return "";
}

std::vector<std::string> Sectors(const ActorRef& a) {
  std::vector<std::string> out;
  for (size_t i = 0; i + 3 <= a.code.size(); i += 3) {
    const std::string_view c = std::string_view(a.code).substr(i, 3);
    if (c == a.country) continue;
    if (!SectorName(c).empty()) {
      out.emplace_back(SectorName(c));
    } else if (IsReligionCode(c)) {
      out.emplace_back("Religious");
    } else if (IsEthnicCode(c)) {
      out.emplace_back("Ethnic");
    }
  }
  return out;
}

bool IsPronoun(std::string_view text) {
  static const Set kPronouns = {"i", "me", "my", "we", "us", "our", "ours", "you", "your", "he", "him", "his",
                                "she", "her", "hers", "it", "its", "they", "them", "their", "theirs",
                                "who", "whom", "whose", "which", "that", "this", "these", "those",
                                "itself", "himself", "herself", "themselves", "ourselves"};
  if (text == "US") return false;
  return kPronouns.count(Lower(text)) > 0;
}

std::string ActorName(const ActorRef& a) {
  if (!a.name.empty()) return a.name;
  if (!a.text.empty() && !IsPronoun(a.text)) return a.text;
  if (const CountryInfo* c = FindCountry(a.country)) return std::string(c->name);
  return "";
}

}  // namespace dyad::out
