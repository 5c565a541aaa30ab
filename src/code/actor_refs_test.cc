// Tests of the rules over actor references (code/actor_refs.h), on references built by hand.
#include "code/actor_refs.h"

#include <gtest/gtest.h>

namespace dyad::code {
namespace {

ActorRef Actor(std::string code, std::string country) {
  ActorRef a;
  a.code = std::move(code);
  a.country = std::move(country);
  return a;
}

TEST(ActorRefs, StateActorsOfOneCountryAreOneSide) {
  EXPECT_TRUE(SameSide(Actor("TURGOV", "TUR"), Actor("TURMIL", "TUR")));
  EXPECT_TRUE(SameSide(Actor("TUR", "TUR"), Actor("TURCOP", "TUR")));
  EXPECT_FALSE(SameSide(Actor("TURGOV", "TUR"), Actor("TUROPP", "TUR")));  // opposition: not the state
  EXPECT_FALSE(SameSide(Actor("TURGOV", "TUR"), Actor("GRCGOV", "GRC")));
  EXPECT_TRUE(SameSide(Actor("IGOEUREEC", ""), Actor("IGOEUREEC", "")));  // same code
  EXPECT_FALSE(StateActor(Actor("IGOEUREEC", "")));
}

// Compatriots: one country and no conflict between state and opposition.
TEST(ActorRefs, CompatriotsShareACountryWithoutStandingAgainstEachOther) {
  EXPECT_TRUE(Compatriots(Actor("GBRGOV", "GBR"), Actor("GBRCVL", "GBR")));
  EXPECT_TRUE(Compatriots(Actor("SYRREF", "SYR"), Actor("SYR", "SYR")));
  EXPECT_TRUE(Compatriots(Actor("USAGOV", "USA"), Actor("USAMIL", "USA")));
  EXPECT_FALSE(Compatriots(Actor("TURGOV", "TUR"), Actor("TURSEPKRDPKK", "TUR")));
  EXPECT_FALSE(Compatriots(Actor("RUSOPP", "RUS"), Actor("RUSGOV", "RUS")));
  EXPECT_FALSE(Compatriots(Actor("TURGOV", "TUR"), Actor("GRCCVL", "GRC")));
  EXPECT_FALSE(Compatriots(Actor("IGOUNO", ""), Actor("IGOUNO", "")));  // no country
  EXPECT_TRUE(Oppositional(Actor("SYRREBKRDYPG", "SYR")));
  EXPECT_FALSE(Oppositional(Actor("SYR", "SYR")));
}

TEST(ActorRefs, AnUnknownCountryIsFilledInOrder) {
  Location place;
  place.country = "IRQ";
  ActorRef role = Actor("---OPP", "");
  ActorRef other = Actor("EGYCOP", "EGY");
  // The country named right after or before it first ...
  ActorRef a = role;
  ASSERT_TRUE(FillUnknownCountry(&a, &other, place, "NPL", "SYR"));
  EXPECT_EQ(a.code, "NPLOPP");
  EXPECT_EQ(a.country, "NPL");
  // ... then the place of the event, then the other side, then the sentence's one country.
  a = role;
  ASSERT_TRUE(FillUnknownCountry(&a, &other, place, "", "SYR"));
  EXPECT_EQ(a.code, "IRQOPP");
  a = role;
  ASSERT_TRUE(FillUnknownCountry(&a, &other, std::nullopt, "", "SYR"));
  EXPECT_EQ(a.code, "EGYOPP");
  a = role;
  ASSERT_TRUE(FillUnknownCountry(&a, nullptr, std::nullopt, "", "SYR"));
  EXPECT_EQ(a.code, "SYROPP");
  a = role;
  EXPECT_FALSE(FillUnknownCountry(&a, nullptr, std::nullopt, "", ""));
  // A known actor is left alone.
  ActorRef known = Actor("USAGOV", "USA");
  EXPECT_TRUE(FillUnknownCountry(&known, &other, place, "NPL", "SYR"));
  EXPECT_EQ(known.code, "USAGOV");
}

TEST(ActorRefs, DistinctCodesKeepsTheFirstOfEach) {
  std::vector<std::optional<ActorRef>> v = {Actor("USASPY", "USA"), Actor("GBRSPY", "GBR"),
                                            Actor("GBRSPY", "GBR")};
  v[1]->text = "MI5";
  v[2]->text = "MI6";
  DistinctCodes(&v);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[1]->text, "MI5");
}

TEST(ActorRefs, PronounSourcesAreTheSubjectPronouns) {
  ActorRef a;
  for (const char* w : {"it", "He", "they", "We"}) {
    a.text = w;
    EXPECT_TRUE(PronounSource(a)) << w;
  }
  a.text = "Iran";
  EXPECT_FALSE(PronounSource(a));
}

}  // namespace
}  // namespace dyad::code
