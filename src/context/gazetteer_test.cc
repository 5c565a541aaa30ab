#include "context/gazetteer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <ctime>
#include <cmath>
#include <fstream>
#include <iostream>

#include "text/tokens.h"

namespace dyad::context {
namespace {

const std::string kMini = std::string(DYAD_TEST_DATA_DIR) + "/gazetteer-mini.tsv";
const std::string kReal = std::string(DYAD_DICT_GENERATED_DIR) + "/gazetteer.tsv";

double KmBetween(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180, kEarthKm = 6371.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::sqrt(h));
}

// The words of `text` as a sentence has them (token norms), kept alive by `store`.
std::vector<std::string_view> Words(const std::string& text, std::vector<text::Token>* store) {
  *store = text::Tokenize(text, text::Span{0, static_cast<uint32_t>(text.size())});
  std::vector<std::string_view> out;
  for (const auto& t : *store) out.push_back(t.norm);
  return out;
}

// The slow, obviously right normaliser: tokenise and join the norms.
std::string ReferenceNormalize(std::string_view name) {
  std::string out;
  for (const auto& t : text::Tokenize(name, text::Span{0, static_cast<uint32_t>(name.size())})) {
    if (!out.empty()) out += ' ';
    out += t.norm;
  }
  return out;
}

TEST(Gazetteer, LoadsTheFixture) {
  auto g = Gazetteer::Load(kMini);
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_EQ((*g)->size(), 21u);
  EXPECT_GT((*g)->name_count(), 21u);
  EXPECT_GT((*g)->MemoryUsage(), 0u);
}

TEST(Gazetteer, LongestMatchTakesMultiWordNames) {
  auto g = Gazetteer::Load(kMini);
  ASSERT_TRUE(g.ok()) << g.status().message();
  std::vector<text::Token> store;
  auto w = Words("in New York City today", &store);
  size_t len = 0;
  auto places = (*g)->LongestMatch(w, 1, &len);
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(places[0].name, "New York City");
  EXPECT_EQ(places[0].country, "USA");
  EXPECT_EQ(places[0].geonameid, 5128581);

  w = Words("the New York Times", &store);
  places = (*g)->LongestMatch(w, 1, &len);
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(len, 2u);

  w = Words("the Alma Ata talks", &store);
  places = (*g)->LongestMatch(w, 1, &len);
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].name, "Almaty");
  EXPECT_DOUBLE_EQ(places[0].lat, 43.25);
  EXPECT_DOUBLE_EQ(places[0].lon, 76.91667);
  EXPECT_EQ(places[0].population, 1977011);
  EXPECT_EQ(places[0].feature, "PPLA");
}

TEST(Gazetteer, HyphensAndDiacriticsAreOneWord) {
  auto g = Gazetteer::Load(kMini);
  ASSERT_TRUE(g.ok()) << g.status().message();
  std::vector<text::Token> store;
  size_t len = 0;
  auto w = Words("a trip to Nur-Sultan", &store);
  auto places = (*g)->LongestMatch(w, 3, &len);
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(places[0].name, "Astana");

  for (const char* text : {"Nekā", "Neka", "NEKA"}) {
    w = Words(text, &store);
    places = (*g)->LongestMatch(w, 0, &len);
    ASSERT_EQ(places.size(), 1u) << text;
    EXPECT_EQ(places[0].geonameid, 122397) << text;
    EXPECT_EQ(places[0].name, "Nekā");
  }
  w = Words("Fort-Shevchenko", &store);
  EXPECT_EQ((*g)->LongestMatch(w, 0, &len).size(), 1u);
}

TEST(Gazetteer, AmbiguousNamesGiveEveryPlace) {
  auto g = Gazetteer::Load(kMini);
  ASSERT_TRUE(g.ok()) << g.status().message();
  auto paris = (*g)->Lookup({"paris"});
  ASSERT_EQ(paris.size(), 3u);
  EXPECT_EQ(paris[0].country, "FRA");  // in file order
  EXPECT_EQ(paris[1].geonameid, 4647963);
  auto aktau = (*g)->Lookup({"aktau"});
  EXPECT_EQ(aktau.size(), 2u);
  EXPECT_EQ((*g)->Lookup({"shevchenko"}).size(), 1u);
}

TEST(Gazetteer, UnknownNamesGiveNothing) {
  auto g = Gazetteer::Load(kMini);
  ASSERT_TRUE(g.ok()) << g.status().message();
  std::vector<text::Token> store;
  auto w = Words("in Xyzzyville", &store);
  size_t len = 7;
  EXPECT_TRUE((*g)->LongestMatch(w, 1, &len).empty());
  EXPECT_EQ(len, 0u);
  EXPECT_TRUE((*g)->LongestMatch(w, 0, &len).empty());
  EXPECT_TRUE((*g)->Lookup({"new"}).empty());  // a prefix of a name is not a name
}

TEST(Gazetteer, ErrorsNameFileAndLine) {
  auto r = Gazetteer::Parse("# comment\n1\tA\tKAZ\t1\t2\t3\tPPL\tA\n2\tB\tKAZ\t1\n", "t.tsv");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("t.tsv:3:"), std::string::npos) << r.status().message();

  r = Gazetteer::Parse("1\tA\tKAZ\t95\t2\t3\tPPL\tA\n", "t.tsv");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("t.tsv:1: bad coordinates"), std::string::npos) << r.status().message();

  r = Gazetteer::Parse("x\tA\tKAZ\t1\t2\t3\tPPL\tA\n", "t.tsv");
  EXPECT_FALSE(r.ok());
  r = Gazetteer::Parse("1\tA\tKAZ\t1\t2\t-3\tPPL\tA\n", "t.tsv");
  EXPECT_FALSE(r.ok());
  r = Gazetteer::Parse("1\tA\tKAZ\t1\t2\t3\tPPL\t\n", "t.tsv");
  EXPECT_FALSE(r.ok());

  auto missing = Gazetteer::Load("/nonexistent/gazetteer.tsv");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/gazetteer.tsv"), std::string::npos);
}

TEST(Gazetteer, EmptyFileIsAnEmptyGazetteer) {
  auto r = Gazetteer::Parse("# nothing\n", "e.tsv");
  ASSERT_TRUE(r.ok());
  size_t len = 3;
  std::vector<std::string_view> w = {"almaty"};
  EXPECT_TRUE((*r)->LongestMatch(w, 0, &len).empty());
  EXPECT_EQ(len, 0u);
}

TEST(Gazetteer, FastNormalisationAgreesWithTheTokeniser) {
  for (const char* name : {"Almaty", "New York City", "Nur-Sultan", "St. Petersburg", "Nekā",
                           "Ust'-Kamenogorsk", "Washington, D.C.", "`Ayn Halaqim", "Bandar-e Now Shahr",
                           "ALMATY", "la Massana", "Saint-Denis", "Nur--Sultan", "Al-Kuwait", "Ak-Mola",
                           "Martha's Vineyard", "U.S.-Iran", "Sant Julià de Lòria", "O'Fallon", "Ciudad Juárez"}) {
    EXPECT_EQ(NormalizePlaceName(name), ReferenceNormalize(name)) << name;
  }
  // And over a sample of the real gazetteer's keys, when it has been generated.
  std::ifstream in(kReal);
  if (!in) return;
  std::string line;
  size_t n = 0, checked = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || n++ % 97 != 0) continue;
    std::string_view keys = std::string_view(line).substr(line.rfind('\t') + 1);
    while (!keys.empty()) {
      size_t semi = keys.find(';');
      std::string_view k = keys.substr(0, semi);
      keys = semi == std::string_view::npos ? std::string_view() : keys.substr(semi + 1);
      ASSERT_EQ(NormalizePlaceName(k), ReferenceNormalize(k)) << k;
      ++checked;
    }
  }
  EXPECT_GT(checked, 1000u);
}

long RssKb() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

TEST(Gazetteer, RealGazetteerFindsAlmaty) {
  if (!std::ifstream(kReal)) {
    GTEST_SKIP() << kReal << " not generated: run scripts/setup.sh (dictionaries/gen/gazetteer.mjs)";
  }
  long rss0 = RssKb();
  auto t0 = std::chrono::steady_clock::now();
  std::clock_t c0 = std::clock();
  auto g = Gazetteer::Load(kReal);
  double cpu_ms = 1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(g.ok()) << g.status().message();
  long rss1 = RssKb();
  std::cout << "[ gazetteer ] " << (*g)->size() << " places, " << (*g)->name_count() << " names, loaded in "
            << ms << " ms (CPU " << cpu_ms << " ms); index " << (*g)->MemoryUsage() / 1024 << " KiB; RSS +" << (rss1 - rss0)
            << " KiB\n";
  RecordProperty("load_ms", static_cast<int>(ms));
  RecordProperty("index_kib", static_cast<int>((*g)->MemoryUsage() / 1024));
  EXPECT_GT((*g)->size(), 150000u);

  auto almaty = (*g)->Lookup({"almaty"});
  ASSERT_FALSE(almaty.empty());
  bool near = false;
  for (const auto& p : almaty)
    near = near || (p.country == "KAZ" && KmBetween(p.lat, p.lon, 43.25, 76.92) < 10);
  EXPECT_TRUE(near);

  std::vector<text::Token> store;
  size_t len = 0;
  auto w = Words("arrived in Nur-Sultan", &store);
  auto astana = (*g)->LongestMatch(w, 2, &len);
  ASSERT_FALSE(astana.empty());
  EXPECT_EQ(astana[0].country, "KAZ");
  w = Words("in New York on Monday", &store);
  auto ny = (*g)->LongestMatch(w, 1, &len);
  EXPECT_EQ(len, 2u);
  EXPECT_FALSE(ny.empty());
  // Country names and demonyms are screened out by the generator.
  EXPECT_TRUE((*g)->Lookup({"lebanon"}).empty());
  EXPECT_TRUE((*g)->Lookup({"kazakh"}).empty());
}

}  // namespace
}  // namespace dyad::context
