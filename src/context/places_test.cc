#include "context/places.h"

#include <gtest/gtest.h>

#include <cmath>
#include <deque>
#include <fstream>

#include "text/tokens.h"

namespace dyad::context {
namespace {

double KmBetween(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = M_PI / 180, kEarthKm = 6371.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::sqrt(h));
}

const Gazetteer& Mini() {
  static const auto g = [] {
    auto r = Gazetteer::Load(std::string(DYAD_TEST_DATA_DIR) + "/gazetteer-mini.tsv");
    if (!r.ok()) ADD_FAILURE() << r.status().message();
    return std::move(r).value();
  }();
  return *g;
}

// A sentence with the parts places need: tokens, words, lemmas (a few verb forms are
// lemmatised by hand: the tests have no WordNet), no boundaries or exclusions.
struct Fixture {
  std::string text;
  code::Sentence s;
  std::vector<code::Mention> mentions;
  std::deque<dict::ActorEntry> actors;  // stable addresses for mentions

  explicit Fixture(std::string t) : text(std::move(t)) {
    s.span = {0, static_cast<uint32_t>(text.size())};
    s.tokens = text::Tokenize(text, s.span);
    for (const auto& tok : s.tokens) {
      s.words.push_back(tok.norm);
      std::string lemma = tok.norm;
      if (lemma == "travelled" || lemma == "travels") lemma = "travel";
      if (lemma == "flying" || lemma == "flew") lemma = "fly";
      s.lemmas.push_back(lemma);
    }
    s.boundary.assign(s.size(), false);
    s.excluded.assign(s.size(), false);
  }
  // The index of the first token whose norm is `w`.
  size_t At(std::string_view w, size_t from = 0) const {
    for (size_t i = from; i < s.size(); ++i)
      if (s.words[i] == w) return i;
    ADD_FAILURE() << "no '" << w << "' in: " << text;
    return 0;
  }
  // Marks tokens [first, last] as a mention of an actor coded `code`.
  Fixture& Actor(size_t first, size_t last, std::string code) {
    actors.emplace_back();
    actors.back().codes.emplace_back();
    actors.back().codes.back().code = std::move(code);
    code::Mention m;
    m.first = first;
    m.last = last;
    m.actor = &actors.back();
    mentions.push_back(m);
    return *this;
  }
  Fixture& Person(size_t first, size_t last) {
    actors.emplace_back();
    actors.back().kind = dict::ActorKind::kPerson;
    actors.back().codes.emplace_back();
    actors.back().codes.back().code = "IRNGOV";
    code::Mention m;
    m.first = first;
    m.last = last;
    m.person = &actors.back();
    mentions.push_back(m);
    return *this;
  }
  std::optional<Location> Place(std::string_view verb, const DocumentCountries& c = {},
                                const PlaceOptions& o = {}) {
    size_t v = At(verb);
    return FindEventPlace(s, mentions, v, v, Mini(), c, o);
  }
};

DocumentCountries Countries(std::initializer_list<const char*> codes) {
  DocumentCountries c;
  for (const char* code : codes) c.Add(code);
  return c;
}

TEST(Places, SpeakingInAlmaty) {
  Fixture f("Speaking in Almaty on May 22 the Iranian Ambassador to Kazakhstan said that Iran "
            "wants good relations.");
  f.Actor(f.At("iranian"), f.At("ambassador"), "IRN").Actor(f.At("kazakhstan"), f.At("kazakhstan"), "KAZ");
  auto p = f.Place("said", Countries({"IRN", "KAZ"}));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->name, "Almaty");
  EXPECT_EQ(p->country, "KAZ");
  EXPECT_EQ(p->geonameid, 1526384);
  EXPECT_LT(KmBetween(p->lat, p->lon, 43.25, 76.92), 10);
  // "May" is a month, not a place, even capitalised after "on".
  EXPECT_EQ(FindPlaces(f.s, f.mentions, Mini(), {}).size(), 1u);
}

TEST(Places, VisitToTehran) {
  Fixture f("The Kazakh foreign minister paid a visit to Tehran on Monday.");
  f.Actor(f.At("kazakh"), f.At("minister"), "KAZ").Actor(f.At("tehran"), f.At("tehran"), "IRNGOV");
  auto p = f.Place("paid");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->name, "Tehran");
  EXPECT_EQ(p->country, "IRN");
}

TEST(Places, OtherCues) {
  EXPECT_EQ(Fixture("He visited Tehran.").Place("visited")->name, "Tehran");
  EXPECT_EQ(Fixture("The minister arrived in Nur-Sultan late on Monday.").Place("arrived")->name, "Astana");
  EXPECT_EQ(Fixture("She travelled to Alma-Ata.").Place("travelled")->name, "Almaty");
  EXPECT_EQ(Fixture("Talks were held at Almaty.").Place("held")->name, "Almaty");
  EXPECT_EQ(Fixture("They met in New York City.").Place("met")->name, "New York City");
  EXPECT_EQ(Fixture("They met in New York.").Place("met")->name, "New York City");
  auto neka = Fixture("Iran will ship oil through the Neka seaport.").Place("ship", Countries({"IRN"}));
  ASSERT_TRUE(neka);
  EXPECT_EQ(neka->name, "Nekā");
  EXPECT_EQ(neka->geonameid, 122397);
}

TEST(Places, SeaportTownOfAktau) {
  Fixture f("The ships docked in the Kazakh seaport town of Aktau.");
  f.Actor(f.At("kazakh"), f.At("kazakh"), "KAZ");
  auto p = f.Place("docked", Countries({"KAZ"}));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->geonameid, 610612);  // the seaport, not the village of 9,500
  EXPECT_EQ(p->name, "Aktau");
  // Without the country in the document, population still decides.
  EXPECT_EQ(f.Place("docked")->geonameid, 610612);
}

TEST(Places, ADemonymIsNoPlaceOfAnotherCountry) {
  // "Kazakh" is also an alternate name of Qazax, Azerbaijan; as a mention of KAZ it can
  // only be a Kazakh place, and there is none by that name.
  Fixture f("Oil flows through the Kazakh port.");
  f.Actor(f.At("kazakh"), f.At("kazakh"), "KAZ");
  EXPECT_FALSE(f.Place("flows"));
}

TEST(Places, CountryPossessive) {
  Fixture f("Talks took place in Iran's Nowshahr.");
  f.Actor(f.At("iran"), f.At("iran"), "IRN");
  auto p = f.Place("took");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->name, "Nowshahr");
}

TEST(Places, CapitalAsSubjectIsNoPlace) {
  Fixture f("Tehran said it would respond.");
  f.Actor(0, 0, "IRNGOV");
  EXPECT_FALSE(f.Place("said", Countries({"IRN"})));
  Fixture g("Astana and Tehran signed the deal.");
  EXPECT_FALSE(g.Place("signed"));
  Fixture h("In Tehran's view the talks failed.");
  EXPECT_FALSE(h.Place("failed"));
}

TEST(Places, UnknownWordIsNoPlace) {
  EXPECT_FALSE(Fixture("They met in Xyzzyville.").Place("met"));
  EXPECT_FALSE(Fixture("They met in secret.").Place("met"));
  EXPECT_FALSE(Fixture("They met in tehran.").Place("met"));  // only capitals start a place
}

TEST(Places, LongerProperNamesAreNoPlace) {
  EXPECT_FALSE(Fixture("The interview appeared in New York Times.").Place("appeared"));
  EXPECT_FALSE(Fixture("He studied at Tehran University.").Place("studied"));
  // ... but an actor may follow a fronted place.
  Fixture f("During his visit to Tehran Kazakh Foreign Minister Tokayev met Mottaki.");
  f.Actor(f.At("tehran"), f.At("tehran"), "IRNGOV").Actor(f.At("kazakh"), f.At("minister"), "KAZ");
  auto p = f.Place("met");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->name, "Tehran");
}

TEST(Places, PersonsAreNoPlace) {
  Fixture f("The statement was read at Paris Hilton's party.");
  EXPECT_FALSE(f.Place("read"));
  Fixture g("They met in Reading.");
  EXPECT_EQ(g.Place("met")->name, "Reading");
  g.Person(g.At("reading"), g.At("reading"));  // were Reading a person's name
  EXPECT_FALSE(g.Place("met"));
}

TEST(Places, CommonWordsNeedInformativeCapitals) {
  EXPECT_EQ(Fixture("The summit opened in Nice.").Place("opened")->name, "Nice");
  EXPECT_FALSE(Fixture("Nice port officials said the ship left.").Place("left"));
  EXPECT_FALSE(Fixture("THE SUMMIT OPENED IN NICE").Place("opened"));
  EXPECT_FALSE(Fixture("The summit opened in May.").Place("opened"));
}

TEST(Places, AmbiguityByDocumentCountry) {
  Fixture f("The envoy spoke in Tripoli.");
  EXPECT_EQ(f.Place("spoke")->country, "LBY");                                // population
  EXPECT_EQ(f.Place("spoke", Countries({"LBN"}))->country, "LBN");            // the document's
  EXPECT_EQ(f.Place("spoke", Countries({"LBNGOV", "IRN"}))->geonameid, 266826);
  EXPECT_EQ(f.Place("spoke", Countries({"LBN", "LBY"}))->country, "LBY");     // both: population
}

TEST(Places, AWorldCityOutweighsANamesakeInTheDocument) {
  // A story about the United States that says "in Paris" means Paris, France.
  Fixture f("US and Iranian diplomats met in Paris.");
  auto p = f.Place("met", Countries({"USA", "IRN"}));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->country, "FRA");
  // With the weight made absolute, the American Parises are too close to call.
  PlaceOptions strict;
  strict.document_country_weight = 1e9;
  EXPECT_FALSE(f.Place("met", Countries({"USA"}), strict));
}

TEST(Places, TooCloseToCallIsNoPlace) {
  Fixture f("The rally was held in Springfield.");
  EXPECT_FALSE(f.Place("held", Countries({"USA"})));
}

TEST(Places, SmallPlacesOnlyInTheDocumentsCountries) {
  Fixture f("The ferry arrived in Bautino.");
  EXPECT_FALSE(f.Place("arrived"));
  auto p = f.Place("arrived", Countries({"KAZ"}));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->name, "Bautino");
}

TEST(Places, NearestStrongCueWins) {
  Fixture f("A Tehran-based analyst said the ministers met in Almaty.");
  auto places = FindPlaces(f.s, f.mentions, Mini(), {});
  ASSERT_EQ(places.size(), 2u);
  EXPECT_EQ(places[0].cue, PlaceCue::kBased);
  EXPECT_EQ(places[0].location.name, "Tehran");
  EXPECT_EQ(places[1].cue, PlaceCue::kPreposition);
  EXPECT_EQ(f.Place("said")->name, "Almaty");

  Fixture g("A Tehran-based newspaper reported the news.");
  EXPECT_EQ(g.Place("reported")->name, "Tehran");

  Fixture h("After talks in Almaty the minister was flying to Tehran.");
  size_t flying = h.At("flying");
  EXPECT_EQ(PlaceForEvent(h.s, FindPlaces(h.s, h.mentions, Mini(), {}), flying, h.At("to"))->name, "Tehran");
  EXPECT_EQ(h.Place("talks")->name, "Almaty");
}

TEST(Places, ClauseBoundariesLimitReach) {
  Fixture f("The minister said that Kazakhstan will host talks in Astana.");
  f.Actor(f.At("kazakhstan"), f.At("kazakhstan"), "KAZ");
  EXPECT_FALSE(f.Place("said"));
  EXPECT_EQ(f.Place("host")->name, "Astana");
}

TEST(Places, ExcludedTokensAreNoPlace) {
  Fixture f("Iran welcomed the plan (Tehran Times, June 8).");
  for (size_t t = f.At("("); t <= f.At(")"); ++t) f.s.excluded[t] = true;
  EXPECT_FALSE(f.Place("welcomed"));
}

TEST(Places, DocumentCountriesKeepCountryParts) {
  DocumentCountries c;
  c.Add("IRNGOV");
  c.Add("KAZ");
  c.Add("IGOUNO");
  c.Add("");
  c.Add("IRN");
  EXPECT_EQ(c.codes(), (std::vector<std::string>{"IRN", "KAZ"}));
  EXPECT_TRUE(c.Contains("KAZ"));
  EXPECT_FALSE(c.Contains("IGO"));
}

TEST(Places, RealGazetteerSpeakingInAlmaty) {
  const std::string path = std::string(DYAD_DICT_GENERATED_DIR) + "/gazetteer.tsv";
  if (!std::ifstream(path)) GTEST_SKIP() << path << " not generated: run scripts/setup.sh";
  auto g = Gazetteer::Load(path);
  ASSERT_TRUE(g.ok()) << g.status().message();
  Fixture f("Speaking in Almaty on May 22 the Iranian Ambassador said Iran would ship oil through "
            "the Neka seaport and the Kazakh seaport town of Aktau.");
  f.Actor(f.At("iranian"), f.At("ambassador"), "IRN").Actor(f.At("iran"), f.At("iran"), "IRN");
  f.Actor(f.At("kazakh"), f.At("kazakh"), "KAZ");
  auto countries = Countries({"IRN", "KAZ"});
  size_t said = f.At("said");
  auto p = FindEventPlace(f.s, f.mentions, said, said, **g, countries);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->name, "Almaty");
  EXPECT_LT(KmBetween(p->lat, p->lon, 43.25, 76.92), 10);
  auto places = FindPlaces(f.s, f.mentions, **g, countries);
  ASSERT_EQ(places.size(), 3u);
  EXPECT_EQ(places[1].location.country, "IRN");  // Nekā
  EXPECT_EQ(places[2].location.name, "Aktau");
  EXPECT_LT(KmBetween(places[2].location.lat, places[2].location.lon, 43.65, 51.17), 10);
}

// What the real gazetteer gives after "in": world capitals resolve, while countries,
// regions, US states, institutions and months give no place.
TEST(Places, RealGazetteerNamesAndNonNames) {
  const std::string path = std::string(DYAD_DICT_GENERATED_DIR) + "/gazetteer.tsv";
  if (!std::ifstream(path)) GTEST_SKIP() << path << " not generated: run scripts/setup.sh";
  static const auto g = std::move(Gazetteer::Load(path)).value();
  auto where = [&](const std::string& name) -> std::string {
    Fixture f("They met in " + name + " yesterday.");
    size_t v = f.At("met");
    auto p = FindEventPlace(f.s, f.mentions, v, v, *g, Countries({"KAZ", "IRN"}));
    return p ? p->name + "/" + p->country : "-";
  };
  EXPECT_EQ(where("Almaty"), "Almaty/KAZ");
  EXPECT_EQ(where("Tehran"), "Tehran/IRN");
  EXPECT_EQ(where("Nur-Sultan"), "Astana/KAZ");
  EXPECT_EQ(where("Aktau"), "Aktau/KAZ");
  EXPECT_EQ(where("Moscow"), "Moscow/RUS");
  EXPECT_EQ(where("Beijing"), "Beijing/CHN");
  EXPECT_EQ(where("Geneva"), "Genève/CHE");
  EXPECT_EQ(where("Brussels"), "Brussels/BEL");
  EXPECT_EQ(where("Baku"), "Baku/AZE");
  EXPECT_EQ(where("Ashgabat"), "Ashgabat/TKM");
  EXPECT_EQ(where("Paris"), "Paris/FRA");
  EXPECT_EQ(where("Singapore"), "Singapore/SGP");
  for (const char* city : {"Washington", "London", "New Delhi", "Kabul", "Baghdad", "Damascus", "Kyiv", "Kiev",
                           "Vienna", "Rome", "Ankara", "Istanbul", "Dubai", "Riyadh", "Tashkent", "Bishkek",
                           "Dushanbe", "Tokyo", "Seoul", "Jerusalem", "Berlin", "Minsk", "Islamabad"}) {
    EXPECT_NE(where(city), "-") << city;
  }
  for (const char* non : {"Kazakhstan", "Iran", "Lebanon", "Georgia", "Texas", "California", "Europe",
                          "Congress", "Parliament", "January", "May", "Kuwait", "Mexico", "Central Asia",
                          "Harvard", "Asia", "Russia", "Ukraine", "Syria", "Afghanistan", "Crimea",
                          "Chechnya", "Kurdistan", "Xinjiang", "Siberia", "Turkey", "China"}) {
    EXPECT_EQ(where(non), "-") << non;
  }
}

}  // namespace
}  // namespace dyad::context
