// Tests of code/frames.h through the coder, with tests/data/mini.dict. Expected codes
// checked by hand against the CAMEO 1.1b3 code names.
#include "code/frames.h"

#include <gtest/gtest.h>

#include "code/coder_test_util.h"

namespace dyad {
namespace {

// CAMEO codes a stated intention, dated when it was stated: "will meet" is 036.
TEST(Frames, WillIsAnIntentDatedWhenSaid) {
  auto ev = CodeText("Iran will meet Germany on Tuesday.", "2006-06-16");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "036");
  EXPECT_EQ(ev[0].source->code, "IRN");
  EXPECT_EQ(ev[0].target->code, "DEU");
  EXPECT_EQ(ev[0].date, "2006-06-16");
  EXPECT_FALSE(ev[0].modality.hypothetical);
}

// An appeal is coded from the speaker to the addressee, with the mirror of the action.
TEST(Frames, AppealTakesSpeakerAndAddressee) {
  auto ev = CodeText("Germany called on Iran to release the prisoners.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "0253");  // appeal for release of persons or property
  EXPECT_EQ(ev[0].source->code, "DEU");
  EXPECT_EQ(ev[0].target->code, "IRN");
  auto urge = CodeText("France urged Russia on Friday to withdraw troops from Georgia.");
  ASSERT_FALSE(urge.empty());
  EXPECT_EQ(urge[0].code, "0256");  // appeal for de-escalation of military engagement
  EXPECT_EQ(urge[0].source->code, "FRA");
  EXPECT_EQ(urge[0].target->code, "RUS");
}

TEST(Frames, IntentRefusalDemandAndThreat) {
  auto agree = CodeText("Jordan agreed to hold joint military exercises with Britain.");
  ASSERT_FALSE(agree.empty());
  EXPECT_EQ(agree[0].code, "0312");
  EXPECT_EQ(agree[0].source->code, "JOR");
  auto refuse = CodeText("Iran refused to release the hostages.");
  ASSERT_FALSE(refuse.empty());
  EXPECT_EQ(refuse[0].code, "1243");
  EXPECT_EQ(refuse[0].source->code, "IRN");
  auto demand = CodeText("China demanded that Japan withdraw troops from Ukraine.");
  ASSERT_FALSE(demand.empty());
  EXPECT_EQ(demand[0].code, "1056");
  EXPECT_EQ(demand[0].source->code, "CHN");
  EXPECT_EQ(demand[0].target->code, "JPN");
  auto threat = CodeText("Russia threatened to impose sanctions on Ukraine.");
  ASSERT_FALSE(threat.empty());
  EXPECT_EQ(threat[0].code.substr(0, 3), "131");
  EXPECT_EQ(threat[0].target->code, "UKR");
  // A forecast is not a threat: "will attack" stays an attack, flagged hypothetical.
  auto forecast = CodeText("Analysts believe Russia will attack Ukraine.");
  ASSERT_FALSE(forecast.empty());
  EXPECT_EQ(forecast[0].root, "18");
  EXPECT_TRUE(forecast[0].modality.hypothetical);
}

// CAMEO reads an actor's announcement of its own future coercive act as a threat ("announced
// that he will withdraw the inspectors": 136), as it reads "warned that it would".
TEST(Frames, AnnouncedFutureCoercionIsAThreat) {
  auto ev = CodeText("Russia announced on Monday that it will impose sanctions on Ukraine.");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0].root, "13");
  EXPECT_EQ(ev[0].code.substr(0, 3), "131");  // threaten with sanctions (131x)
  EXPECT_EQ(ev[0].source->code, "RUS");
  EXPECT_EQ(ev[0].target->code, "UKR");
  // "said it will": the speaker's own future coercion is a threat too (138: threaten
  // with military force); another's is a forecast, the act itself, hypothetical.
  auto own = CodeText("Russia said that it will attack Ukraine.");
  ASSERT_FALSE(own.empty());
  EXPECT_EQ(own[0].code.substr(0, 3), "138");
  EXPECT_EQ(own[0].source->code, "RUS");
  auto other = CodeText("Russia said that Iran will attack Ukraine.");
  ASSERT_FALSE(other.empty());
  EXPECT_EQ(other[0].root, "18");
  EXPECT_EQ(other[0].source->code, "IRN");
  EXPECT_TRUE(other[0].modality.hypothetical);
}

// An act named by a noun after a light verb is framed where the verb is.
TEST(Frames, LightVerbCarriesTheFrameToItsNoun) {
  auto will = CodeText("Germany will provide 500 tons of food aid to Iran.");
  ASSERT_EQ(will.size(), 1u);
  EXPECT_EQ(will[0].code, "0333");  // intent to provide humanitarian aid
  EXPECT_EQ(will[0].source->code, "DEU");
  EXPECT_EQ(will[0].target->code, "IRN");
  auto did = CodeText("Germany provided 500 tons of food aid to Iran.");
  ASSERT_EQ(did.size(), 1u);
  EXPECT_EQ(did[0].code, "073");  // provide humanitarian aid
}

TEST(Frames, SubjectPronounIsTheSentencesFirstActor) {
  auto ev = CodeText("Iran met Germany. The Fijian rebels said they will release the hostages.");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].code, "0353");
  EXPECT_EQ(ev[1].source->code, "FJIREB");
}

// "rejected a German request to release ...": a refusal of the act, aimed at the proposer.
TEST(Frames, RejectedRequestIsARefusalAimedAtTheProposer) {
  auto ev = CodeText("Iran rejected a German request to release the hostages.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "1243");  // refuse to release persons or property
  EXPECT_EQ(ev[0].source->code, "IRN");
  EXPECT_EQ(ev[0].target->code, "DEU");
}

// A date between the frame verb and "to" does not hide the frame.
TEST(Frames, DateInsideTheFrame) {
  auto ev = CodeText("Russia threatened on Monday to impose sanctions on Ukraine.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "1312");  // threaten with sanctions, boycott, embargo
  EXPECT_EQ(ev[0].source->code, "RUS");
  EXPECT_EQ(ev[0].target->code, "UKR");
}

// "urged the rebels in Georgia to ...": the head of the phrase is the addressee, and the
// place after it gives the role its country.
TEST(Frames, AddresseeWithAPlacePhrase) {
  auto ev = CodeText("Germany urged the rebels in Georgia to release the hostages.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "0253");
  EXPECT_EQ(ev[0].source->code, "DEU");
  EXPECT_EQ(ev[0].target->code, "GEOREB");
}

// "said that A and B must ...", "issued a warning to X that it must ...": demands.
TEST(Frames, MustAfterCoordinationAndAfterASayingNoun) {
  auto both = CodeText("Germany said on Friday that Russia and the rebels in Georgia must hold joint exercises.");
  ASSERT_FALSE(both.empty());
  EXPECT_EQ(both[0].code, "1012");  // demand military cooperation
  EXPECT_EQ(both[0].source->code, "DEU");
  auto noun = CodeText("France issued a stern warning Saturday to Iran that it must release the hostages.");
  ASSERT_FALSE(noun.empty());
  EXPECT_EQ(noun[0].code, "1053");  // demand release of persons or property
  EXPECT_EQ(noun[0].source->code, "FRA");
  EXPECT_EQ(noun[0].target->code, "IRN");
}

// "said that Russia must be ready to withdraw troops": the intent required of Russia is a
// demand for the act.
TEST(Frames, MustBeReadyToIsADemand) {
  auto ev = CodeText("Germany said that Russia must be ready to withdraw troops from Georgia.");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0].code, "1056");  // demand de-escalation of military engagement
  EXPECT_EQ(ev[0].source->code, "DEU");
  EXPECT_EQ(ev[0].target->code, "RUS");
}

// "A and B agreed that they should <act>": their own intent, each with the other.
TEST(Frames, AgreedThatTheyShouldIsAnIntent) {
  auto ev = CodeText("Iran and Germany agreed that they should hold joint exercises.");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].code, "0312");
  EXPECT_EQ(ev[1].code, "0312");
}

}  // namespace
}  // namespace dyad
