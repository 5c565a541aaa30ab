// Tests of the rules over one sentence's events (code/sentence_rules.h), on events built
// by hand.
#include "code/sentence_rules.h"

#include <gtest/gtest.h>

namespace dyad::code {
namespace {

ActorRef Actor(std::string code) {
  ActorRef a;
  a.country = code.substr(0, 3);
  a.code = std::move(code);
  a.text = a.code;
  return a;
}

Event Ev(std::string code, std::string source, std::optional<std::string> target = std::nullopt,
         uint32_t verb_at = 0) {
  Event e;
  SetCode(&e, std::move(code));
  e.source = Actor(std::move(source));
  if (target) e.target = Actor(*target);
  e.evidence.start = verb_at;
  return e;
}

std::vector<std::string> Summary(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const auto& e : events)
    out.push_back(e.code + " " + e.source->code + ">" + (e.target ? e.target->code : "-"));
  return out;
}

TEST(SentenceRules, SetCodeFillsRootGoldsteinQuadAndPlover) {
  Event e;
  SetCode(&e, "190");  // use conventional military force: Goldstein -10, material conflict
  EXPECT_EQ(e.code, "190");
  EXPECT_EQ(e.root, "19");
  EXPECT_DOUBLE_EQ(e.goldstein, -10.0);
  EXPECT_EQ(e.quad, 4);
  EXPECT_EQ(e.plover, "ASSAULT");
}

TEST(SentenceRules, ConflictAndReciprocalRoots) {
  EXPECT_TRUE(ConflictRoot("190"));
  EXPECT_TRUE(ConflictRoot("112"));
  EXPECT_FALSE(ConflictRoot("141"));  // protest is left out
  EXPECT_FALSE(ConflictRoot("042"));
  EXPECT_TRUE(Reciprocal("046"));
  EXPECT_TRUE(Reciprocal("190"));
  EXPECT_FALSE(Reciprocal("195"));
  EXPECT_FALSE(Reciprocal("112"));
}

TEST(SentenceRules, AMediationBetweenTwoSidesImpliesTheyNegotiate) {
  std::vector<Event> ev = {Ev("045", "CHNGOV", "IRNGOV", 10), Ev("045", "CHNGOV", "SAUGOV", 10)};
  ImpliedNegotiations(&ev, 0);
  EXPECT_EQ(Summary(ev), (std::vector<std::string>{"045 CHNGOV>IRNGOV", "045 CHNGOV>SAUGOV",
                                                   "046 IRNGOV>SAUGOV", "046 SAUGOV>IRNGOV"}));
}

TEST(SentenceRules, AMediationWithOnePartyOrOneSideImpliesNothing) {
  std::vector<Event> one = {Ev("045", "CHNGOV", "IRNGOV", 10)};
  ImpliedNegotiations(&one, 0);
  EXPECT_EQ(one.size(), 1u);
  std::vector<Event> same_side = {Ev("045", "CHNGOV", "IRNGOV", 10), Ev("045", "CHNGOV", "IRNMIL", 10)};
  ImpliedNegotiations(&same_side, 0);
  EXPECT_EQ(same_side.size(), 2u);
}

TEST(SentenceRules, AProtestTakesItsPurposeFromADemandOfTheSameCountry) {
  std::vector<Event> ev = {Ev("141", "TUROPP", "TURGOV"), Ev("1041", "TUROPP", "TURGOV")};
  ProtestPurpose(&ev, 0);
  EXPECT_EQ(ev[0].code, "1411");
  EXPECT_EQ(ev[0].root, "14");
  std::vector<Event> other = {Ev("141", "TUROPP", "TURGOV"), Ev("1041", "GRCGOV", "TURGOV")};
  ProtestPurpose(&other, 0);
  EXPECT_EQ(other[0].code, "141");
}

TEST(SentenceRules, AStatementGivesWayToTheSpeakersSpecificAct) {
  std::vector<Event> ev = {Ev("010", "KAZGOV", "IRN"), Ev("036", "KAZGOV", "IRN"), Ev("010", "DEUGOV", "IRN")};
  DropRedundantStatements(&ev, 0);
  EXPECT_EQ(Summary(ev), (std::vector<std::string>{"036 KAZGOV>IRN", "010 DEUGOV>IRN"}));
}

TEST(SentenceRules, APronounSpeakerCountsAsItsCountry) {
  std::vector<Event> ev = {Ev("010", "IRQGOV", "USA"), Ev("030", "IRQ", "USA")};
  ev[1].source->text = "it";
  DropRedundantStatements(&ev, 0);
  EXPECT_EQ(Summary(ev), (std::vector<std::string>{"030 IRQ>USA"}));
}

// A statement is addressed to the actors its content names, but not to the speaker's
// compatriots; its own state's adversaries at home and foreigners stay.
TEST(SentenceRules, AStatementIsNotAddressedToCompatriots) {
  std::vector<Mention> mentions(4);
  const std::vector<std::string> named = {"GBRCVL", "GBRSEPIRA", "FRA", "GBRMIL"};
  auto resolve = [&](size_t k) { return std::vector<ActorRef>{Actor(named[k])}; };
  std::vector<Event> ev = {Ev("010", "GBRGOV")};
  AddressStatements(&ev, 0, mentions, resolve);
  EXPECT_EQ(Summary(ev), (std::vector<std::string>{"010 GBRGOV>GBRSEPIRA", "010 GBRGOV>FRA"}));
}

TEST(SentenceRules, ASentenceSaysAnEventOnceFromFirst) {
  std::vector<Event> ev = {Ev("190", "RUS", "UKR"), Ev("010", "RUS", "UKR"), Ev("010", "RUS", "UKR"),
                           Ev("010", "RUS", "GEO")};
  SameEventOnce(&ev, 1);  // only events[1..] are the sentence's
  EXPECT_EQ(Summary(ev), (std::vector<std::string>{"190 RUS>UKR", "010 RUS>UKR", "010 RUS>GEO"}));
}

TEST(SentenceRules, AccuserIsTheLastOtherSideThatActedOnTheSource) {
  std::vector<Event> story = {Ev("112", "GBR", "IRNGOV"), Ev("112", "USAGOV", "IRNMIL"), Ev("042", "IRN", "RUS")};
  auto a = Accuser(story, Actor("IRNGOV"));
  ASSERT_TRUE(a);
  EXPECT_EQ(a->code, "USAGOV");  // IRNMIL is on IRNGOV's side; the later accuser wins
  EXPECT_FALSE(Accuser(story, Actor("FRA")));
}

TEST(SentenceRules, DiscoursePartnerIsTheOtherPartyOfTheLastEventOfTheSide) {
  std::vector<Event> story = {Ev("042", "KAZGOV", "IRN"), Ev("036", "DEU", "KAZ")};
  auto p = DiscoursePartner(story, Actor("KAZMIL"));
  ASSERT_TRUE(p);
  EXPECT_EQ(p->code, "DEU");
  EXPECT_FALSE(DiscoursePartner(story, Actor("FRA")));
}

}  // namespace
}  // namespace dyad::code
