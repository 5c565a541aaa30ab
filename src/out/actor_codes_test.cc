// Tests of the CAMEO actor-code split. Expected parts read by hand from the CAMEO 1.1b3
// codebook (Table 3.1 roles, 3.1.9 international codes, the religious coding scheme's first
// trio) and the GDELT 2.0 codebook's Actor1* column definitions.
#include "out/actor_codes.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

namespace dyad::out {
namespace {

ActorRef Actor(std::string code, std::string country, std::string text = "", std::string name = "") {
  ActorRef a;
  a.code = std::move(code);
  a.country = std::move(country);
  a.text = std::move(text);
  a.name = std::move(name);
  return a;
}

TEST(SplitActor, ReligionAndKnownGroupByKindNotPosition) {
  // al-Qaeda's style of code: type IMG, religion MOS (Islam), known group ISL.
  const ActorParts p = SplitActor(Actor("IMGMOSISL", ""));
  EXPECT_EQ(p.types[0], "IMG");
  EXPECT_EQ(p.religion1, "MOS");
  EXPECT_EQ(p.known_group, "ISL");
  EXPECT_EQ(p.country, "");
  EXPECT_EQ(p.ethnic, "");
}

TEST(SplitActor, CountryRolesEthnicityAndDenomination) {
  ActorParts p = SplitActor(Actor("IRQGOVKRD", "IRQ"));
  EXPECT_EQ(p.country, "IRQ");
  EXPECT_EQ(p.types[0], "GOV");
  EXPECT_EQ(p.ethnic, "KRD");
  p = SplitActor(Actor("SYRMOSALW", "SYR"));  // Alawites: Islam, then the denomination
  EXPECT_EQ(p.religion1, "MOS");
  EXPECT_EQ(p.religion2, "ALW");
  p = SplitActor(Actor("USAGOVMIL", "USA"));
  EXPECT_EQ(p.types[0], "GOV");
  EXPECT_EQ(p.types[1], "MIL");
  EXPECT_EQ(p.types[2], "");
  p = SplitActor(Actor("PSEREBMOSHMS", "PSE"));
  EXPECT_EQ(p.types[0], "REB");
  EXPECT_EQ(p.religion1, "MOS");
  EXPECT_EQ(p.known_group, "HMS");
  p = SplitActor(Actor("IGOWSTNAT", ""));  // NATO: a regional IGO
  EXPECT_EQ(p.country, "WST");
  EXPECT_EQ(p.types[0], "IGO");
  EXPECT_EQ(p.known_group, "NAT");
}

// Every identity chunk of dictionaries/ethnic.dict is classified (religion, ethnicity or
// role), so no dictionary code lands in the known-group column by accident.
TEST(SplitActor, EveryEthnicDictionaryChunkIsClassified) {
  std::ifstream in(std::string(DYAD_TEST_DATA_DIR) + "/../../dictionaries/ethnic.dict");
  ASSERT_TRUE(in) << "dictionaries/ethnic.dict";
  int codes = 0;
  for (std::string line; std::getline(in, line);) {
    const size_t arrow = line.find("=>");
    if (line.empty() || line[0] == '#' || arrow == std::string::npos) continue;
    size_t i = arrow + 2;
    while (i < line.size() && line[i] == ' ') ++i;
    std::string code;
    while (i < line.size() && line[i] >= 'A' && line[i] <= 'Z') code += line[i++];
    ++codes;
    // A leading country (three letters that are a country) is not an identity chunk.
    for (size_t c = 0; c + 3 <= code.size(); c += 3) {
      const std::string chunk = code.substr(c, 3);
      if (c == 0 && code.size() > 3 && !IsReligionCode(chunk) && !IsEthnicCode(chunk) && !IsTypeCode(chunk)) continue;
      if (code.size() == 3 && !IsReligionCode(chunk) && !IsEthnicCode(chunk) && !IsTypeCode(chunk)) {
        continue;  // a bare country code (Tamil Nadu => IND)
      }
      EXPECT_TRUE(IsReligionCode(chunk) || IsEthnicCode(chunk) || IsTypeCode(chunk) ||
                  chunk == "SUN" || chunk == "SHI" || chunk == "ALW" || chunk == "CTH" || chunk == "PRO" ||
                  chunk == "DOX")
          << code << " chunk " << chunk;
    }
  }
  EXPECT_GT(codes, 60);
}

TEST(ActorName, NeverAPronoun) {
  EXPECT_TRUE(IsPronoun("He"));
  EXPECT_TRUE(IsPronoun("their"));
  EXPECT_TRUE(IsPronoun("us"));
  EXPECT_FALSE(IsPronoun("US"));  // the country
  EXPECT_FALSE(IsPronoun("Iranian officials"));
  EXPECT_EQ(ActorName(Actor("SYRGOV", "SYR", "he", "Bashar al-Assad")), "Bashar al-Assad");
  EXPECT_EQ(ActorName(Actor("SYRGOV", "SYR", "he")), "Syria");
  EXPECT_EQ(ActorName(Actor("TURMIL", "TUR", "Turkish troops")), "Turkish troops");
  EXPECT_EQ(ActorName(Actor("IMGMOSISL", "", "it")), "");
}

TEST(Sectors, NamesOfRolesReligionAndEthnicity) {
  EXPECT_EQ(SectorName("GOV"), "Government");
  EXPECT_EQ(SectorName("XYZ"), "");
  const std::vector<std::string> want = {"Government", "Ethnic"};
  EXPECT_EQ(Sectors(Actor("IRQGOVKRD", "IRQ")), want);
}

}  // namespace
}  // namespace dyad::out
