// Tests of the coder on small sentences with tests/data/mini.dict.
#include "dyad/coder.h"

#include <gtest/gtest.h>

#include "code/coder_test_util.h"

namespace dyad {
namespace {

TEST(Coder, ActiveVoice) {
  auto ev = CodeText("The Kazakh foreign minister visited Iran.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source->code, "KAZGOV");
  EXPECT_EQ(ev[0].source->country, "KAZ");
  EXPECT_EQ(ev[0].source->text, "Kazakh foreign minister");
  EXPECT_EQ(ev[0].target->code, "IRN");
  EXPECT_EQ(ev[0].code, "042");
  EXPECT_EQ(ev[0].root, "04");
  EXPECT_EQ(ev[0].date, "2006-06-16");
  EXPECT_EQ(ev[0].date_source, "document");
  EXPECT_EQ(ev[0].evidence.verb, "visited");
}

TEST(Coder, PassiveVoiceSwapsSourceAndTarget) {
  auto ev = CodeText("Iran was visited by the Kazakh minister.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source->code, "KAZGOV");
  EXPECT_EQ(ev[0].target->code, "IRN");
  EXPECT_EQ(ev[0].code, "042");
}

TEST(Coder, OffsetsPointAtTheOriginalBytes) {
  std::string text = "Yesterday \xE2\x80\x9C" "quietly\xE2\x80\x9D the Iranian ambassador criticized Germany.";
  auto ev = CodeText(text);
  ASSERT_EQ(ev.size(), 1u);
  const auto& s = *ev[0].source;
  EXPECT_EQ(text.substr(s.start, s.end - s.start), "Iranian ambassador");
  EXPECT_EQ(s.code, "IRNGOV");
  EXPECT_EQ(text.substr(ev[0].target->start, ev[0].target->end - ev[0].target->start), "Germany");
  EXPECT_EQ(text.substr(ev[0].evidence.start, ev[0].evidence.end - ev[0].evidence.start), "criticized");
  EXPECT_EQ(ev[0].code, "111");
}

TEST(Coder, LongerPatternWinsAndDateComesFromText) {
  auto ev = CodeText("The Kazakh foreign minister also made a trip to Germany on May 18 to talk.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "042");
  EXPECT_EQ(ev[0].target->code, "DEU");
  EXPECT_EQ(ev[0].date, "2006-05-18");
  EXPECT_EQ(ev[0].date_source, "text");
  EXPECT_EQ(ev[0].evidence.pattern, "$ make trip to +");
}

TEST(Coder, PeopleTakeTheCodeOfTheEventDate) {
  auto in2006 = CodeText("Tokayev visited Germany.", "2006-06-16");
  ASSERT_EQ(in2006.size(), 1u);
  EXPECT_EQ(in2006[0].source->code, "KAZGOV");
  EXPECT_EQ(in2006[0].source->name, "Kasymzhomart Tokayev");
  auto in2012 = CodeText("Tokayev visited Germany.", "2012-06-16");
  ASSERT_EQ(in2012.size(), 1u);
  EXPECT_EQ(in2012[0].source->code, "IGOUNO");
  EXPECT_EQ(in2012[0].source->country, "");
}

TEST(Coder, TitleCountryAndPersonComposeIntoOneActor) {
  auto ev = CodeText("Kazakh Foreign Minister Kasymzhomart Tokayev criticized Iranian President Nazarbayev.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source->code, "KAZGOV");
  EXPECT_EQ(ev[0].source->name, "Kasymzhomart Tokayev");
  EXPECT_EQ(ev[0].source->text, "Kazakh Foreign Minister Kasymzhomart Tokayev");
  EXPECT_EQ(ev[0].target->code, "IRNGOV");
}

TEST(Coder, CapitalsStandForGovernments) {
  auto ev = CodeText("Astana criticized Tehran.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source->code, "KAZGOV");
  EXPECT_EQ(ev[0].target->code, "IRNGOV");
}

TEST(Coder, DenialNegatesTheEventInsideIt) {
  auto ev = CodeText("He brushed off rumors that Kazakhstan was conducting talks with the United States.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "046");
  EXPECT_EQ(ev[0].source->code, "KAZ");
  EXPECT_EQ(ev[0].target->code, "USA");
  EXPECT_TRUE(ev[0].modality.negated);
  auto plain = CodeText("Kazakhstan was conducting talks with the United States.");
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_FALSE(plain[0].modality.negated);
}

TEST(Coder, ModalsMakeEventsHypothetical) {
  auto ev = CodeText("Iran might attack Germany.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0].modality.hypothetical);
  EXPECT_FALSE(ev[0].modality.negated);
  auto neg = CodeText("Iran did not attack Germany.");
  ASSERT_EQ(neg.size(), 1u);
  EXPECT_TRUE(neg[0].modality.negated);
}

TEST(Coder, FactsOnlyDropsFlaggedEvents) {
  auto coder = Coder::Create(MiniDict(), CoderOptions{"2006-06-16", true});
  ASSERT_TRUE(coder.ok());
  Document doc{"t", "Iran might attack Germany. Iran attacked Germany.", "2006-06-16", {}, ""};
  auto ev = coder.value()->Code(doc);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].sentence, 1);
}

TEST(Coder, PronounGoesBackToTheLastSubject) {
  auto ev = CodeText("Tokayev visited Germany. He criticized Iran.");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].source->code, "KAZGOV");
  EXPECT_EQ(ev[1].source->name, "Kasymzhomart Tokayev");
  EXPECT_EQ(ev[1].source->text, "He");
}

TEST(Coder, FrontedPossessiveRefersForward) {
  auto ev = CodeText("During his June 6 visit to Tehran Kazakh Foreign Minister Tokayev met Nazarbayev.");
  ASSERT_GE(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "042");
  EXPECT_EQ(ev[0].source->code, "KAZGOV");
  EXPECT_EQ(ev[0].target->code, "IRNGOV");
  EXPECT_EQ(ev[0].date, "2006-06-06");
}

TEST(Coder, CitationsAreNeitherActorsNorDates) {
  auto ev = CodeText("Iran criticized Germany (Tehran Times, June 8).");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2006-06-16");
  EXPECT_EQ(ev[0].citation, "Tehran Times, June 8");
  EXPECT_EQ(ev[0].target->code, "DEU");
}

TEST(Coder, NoSelfEventsAndNothingFromEmptyText) {
  EXPECT_TRUE(CodeText("Iran criticized Iran.").empty());
  EXPECT_TRUE(CodeText("").empty());
  EXPECT_TRUE(CodeText("The weather was fine.").empty());
}

TEST(Coder, BadDefaultDateIsRefused) {
  auto coder = Coder::Create(MiniDict(), CoderOptions{"2006-13-40", false});
  EXPECT_FALSE(coder.ok());
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// Regression (fuzz/regressions/coder/timeout-quadratic-events-long-sentence): one
// sentence of thousands of clauses made the modality scan and the statement pruning
// quadratic. Every clause is still coded.
TEST(CoderRegression, AVeryLongSentenceCodesEveryClause) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "Germany criticized Iran and ";
  text += "Germany criticized Iran.";
  auto ev = CodeText(text);
  // The endless sentence is cut into pieces of at most 4 KB (text/sentences.h); a clause
  // cut in two may lose its event, so nearly all, not all, are coded.
  EXPECT_GE(ev.size(), 2950u);
  EXPECT_LE(ev.size(), 3001u);
  for (const auto& e : ev) {
    EXPECT_EQ(e.code, "111");
    EXPECT_LE(e.sentence_text.size(), 4096u);
  }
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(CoderContext, TheTwoSidesAreTheLastDyadEachWithTheOther) {
  auto ev = CodeText("Kazakhstan criticized Iran on Monday. Later the two sides agreed to cooperate.");
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(ev[1].code, "030");
  EXPECT_EQ(ev[1].source->code, "KAZ");
  EXPECT_EQ(ev[1].target->code, "IRN");
  EXPECT_EQ(ev[2].source->code, "IRN");
  EXPECT_EQ(ev[2].target->code, "KAZ");
  EXPECT_EQ(ev[1].source->text, "the two sides");
}

TEST(CoderContext, ItIsTheLastCountryNotAPerson) {
  auto ev = CodeText("Germany hosted Tokayev. It criticized Iran.");
  ASSERT_EQ(ev.size(), 1u);  // "hosted" is not in the mini dictionary
  EXPECT_EQ(ev[0].source->code, "DEU");
  EXPECT_EQ(ev[0].source->text, "It");
}

TEST(CoderContext, TheMinisterIsThePersonNamedBefore) {
  auto ev = CodeText("Kazakh Foreign Minister Tokayev visited Germany. The foreign minister criticized Iran.");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].source->code, "KAZGOV");
  EXPECT_EQ(ev[1].source->name, "Kasymzhomart Tokayev");
}

TEST(CoderContext, DatesFromTheText) {
  auto ev = CodeText("Iran criticized Germany last week.", "2006-06-16");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "2006-06-09");
  EXPECT_EQ(ev[0].date_source, "text");
  auto future = CodeText("Iran may meet Germany on Tuesday.", "2006-06-16");
  ASSERT_EQ(future.size(), 1u);
  EXPECT_EQ(future[0].date, "2006-06-20");
  EXPECT_TRUE(future[0].modality.hypothetical);
}


TEST(CoderContext, ReportedClaimsAreFlagged) {
  auto ev = CodeText("Officials said Iran attacked Germany.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0].modality.reported);
  EXPECT_EQ(ev[0].source->code, "IRN");
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(CoderContext, ACoordinatedVerbSharesTheSubjectAndHasItsOwnDate) {
  auto ev = CodeText("Tokayev met the Iranian President in Tehran on June 1 and criticized Germany on June 2.");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].code, "111");
  EXPECT_EQ(ev[1].source->code, "KAZGOV");
  EXPECT_EQ(ev[1].target->code, "DEU");
  EXPECT_EQ(ev[0].date, "2006-06-01");
  EXPECT_EQ(ev[1].date, "2006-06-02");
}

TEST(CoderContext, AGerundsGuessedSubjectDoesNotBreakACoordination) {
  auto ev = CodeText("Germany criticized Kazakhstan and Iran for attacking the talks.");
  ASSERT_GE(ev.size(), 2u);
  EXPECT_EQ(ev[0].target->code, "KAZ");
  EXPECT_EQ(ev[1].target->code, "IRN");
}

// "..., said the German ambassador": an inverted statement's speaker follows the verb.
TEST(CoderSubjects, InvertedAttribution) {
  auto ev = CodeText("Iran will not meet Arnor, the German ambassador told Germany.");
  bool found = false;
  for (const auto& e : ev)
    if (e.code == "010") {
      found = true;
      EXPECT_EQ(e.source->code, "DEUGOV");
      EXPECT_EQ(e.target->code, "DEU");
    }
  EXPECT_TRUE(found);
}

// A statement with no addressee is coded by its content, never as a bare 010.
TEST(CoderStatements, TargetlessSayIsNoEvent) {
  auto ev = CodeText("The German ambassador said the weather was fine.");
  EXPECT_TRUE(ev.empty()) << ev.size() << " events, first " << (ev.empty() ? "" : ev[0].code);
  auto told = CodeText("The German ambassador told Iran the weather was fine.");
  ASSERT_EQ(told.size(), 1u);
  EXPECT_EQ(told[0].code, "010");
  EXPECT_EQ(told[0].source->code, "DEUGOV");
  EXPECT_EQ(told[0].target->code, "IRN");
}

// "Jordan, a close ally of Britain, refused ...": the head of the apposition is the subject.
TEST(CoderSubjects, AppositionHeadIsTheSubject) {
  auto ev = CodeText("Jordan, a close ally of Britain, refused to release the hostages.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "1243");
  EXPECT_EQ(ev[0].source->code, "JOR");
}

// "X met Y, urging Z to ...": the participle's subject is the clause's subject, X.
TEST(CoderSubjects, ParticipleSharesTheClauseSubject) {
  auto ev = CodeText("Germany met Arnor urging Iran to act.");
  bool found = false;
  for (const auto& e : ev)
    if (e.code == "020") {
      found = true;
      EXPECT_EQ(e.source->code, "DEU");
      EXPECT_EQ(e.target->code, "IRN");
    }
  EXPECT_TRUE(found);
}

// A protest takes its sub-code from the demand that says what it is for.
TEST(Coder, ProtestTakesItsPurposeSubCode) {
  auto ev = CodeText("Iranian students staged rallies demanding the resignation of Tokayev.");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0].code, "1411");  // demonstrate for leadership change
  EXPECT_EQ(ev[0].root, "14");
  auto plain = CodeText("Iranian students staged rallies.");
  ASSERT_FALSE(plain.empty());
  EXPECT_EQ(plain[0].code, "141");
}

// A source role without a country takes the country named before it in the sentence,
// not the target's: these rebels are Kazakhstan's, not Germany's.
TEST(Coder, SourceRoleTakesTheCountryNamedBeforeIt) {
  auto ev = CodeText("Kazakhstan has trained rebels capable of attacking Germany.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source->code, "KAZREB");
  EXPECT_EQ(ev[0].target->code, "DEU");
}

// "Iraq's government announced that it ...": the statement gives way to what "it" does.
TEST(Coder, StatementGivesWayToThePronounsEvent) {
  auto ev = CodeText("Iran's interim government said that it will meet Germany.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "036");
}

// "German-led troops" are Germany's; "German-backed" would not be.
TEST(Coder, LedByACountryIsThatCountry) {
  auto ev = CodeText("German-led troops attacked Arnor.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source->code, "DEUMIL");
  auto backed = CodeText("German-backed troops attacked Arnor.");
  for (const auto& e : backed) EXPECT_NE(e.source->code, "DEUMIL");
}

// A comma ends a pattern's phrase: "conducted, his aides say, talks" is not one pattern.
TEST(Coder, PatternWordsDoNotSpanAComma) {
  auto ev = CodeText("Iran conducted talks with Germany.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "046");
  EXPECT_TRUE(CodeText("Iran conducted, talks with Germany.").empty());
}

// "cease-fire" and "ceasefire" are one word to the patterns.
TEST(Coder, HyphenatedWordsMatchTheirClosedForm) {
  for (const char* text : {"Iran declared a ceasefire.", "Iran declared a cease-fire."}) {
    auto ev = CodeText(text);
    ASSERT_EQ(ev.size(), 1u) << text;
    EXPECT_EQ(ev[0].code, "0871") << text;
  }
}

// "arrived in Tehran": the capital is the country visited; "met ... in Tehran" is a place.
TEST(Coder, ArrivalInACapitalIsAVisit) {
  auto ev = CodeText("The Kazakh foreign minister arrived in Tehran on Monday.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "042");
  EXPECT_EQ(ev[0].target->code, "IRNGOV");
  auto met = CodeText("The Kazakh foreign minister met Germany in Tehran.");
  ASSERT_EQ(met.size(), 1u);
  EXPECT_EQ(met[0].target->code, "DEU");
}

// A short parenthesis between the subject and its verb is looked through.
TEST(Coder, SubjectBeforeAParenthesis) {
  auto ev = CodeText("Iran (the Islamic Republic) attacked Germany.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source->code, "IRN");
  EXPECT_EQ(ev[0].target->code, "DEU");
}

// "Iranian rebels loyal to Tokayev attacked ...": the rebels attacked, not Tokayev.
TEST(CoderSubjects, HeadOfLoyalToPhrase) {
  auto ev = CodeText("Iranian rebels loyal to Tokayev attacked Germany.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source->code, "IRNREB");
  EXPECT_EQ(ev[0].target->code, "DEU");
}

// "an attack by Iran": "by" right after the verb names the one who acts.
TEST(CoderPassive, ByAfterTheVerbWithoutBe) {
  auto ev = CodeText("Germany suffered an attack by Iran.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "180");
  EXPECT_EQ(ev[0].source->code, "IRN");
  EXPECT_EQ(ev[0].target->code, "DEU");
}

// "German troops attacked in Iran": a reduced passive, not Germany attacking Iran.
TEST(CoderPassive, ParticipleBeforeAPlaceIsNotActive) {
  EXPECT_TRUE(CodeText("German troops attacked in Iran were evacuated.").empty());
  auto active = CodeText("German troops attacked Iran.");
  ASSERT_EQ(active.size(), 1u);
  EXPECT_EQ(active[0].target->code, "IRN");
}

// A role with nothing else to go by takes the one country its sentence names.
TEST(Coder, RoleTakesTheSentencesOnlyCountry) {
  auto ev = CodeText("The army refused to release the hostages, the Iranian ambassador said.");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0].code, "1243");
  EXPECT_EQ(ev[0].source->code, "IRNMIL");
}

// "Iranian rebels and their families attacked ...": the named actor, not "their".
TEST(CoderSubjects, NamedActorBeforeAndTheir) {
  auto ev = CodeText("Iran met Arnor. Iranian rebels and their families attacked Germany.");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].source->code, "IRNREB");
}

// A role's country from a country after a place preposition ("inside Georgia").
TEST(Coder, RoleTakesTheCountryOfThePlacePhrase) {
  auto ev = CodeText("Russia attacked rebels inside Georgia.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].target->code, "GEOREB");
  EXPECT_FALSE(ev[0].location.has_value());  // a country is no location with coordinates
}

// A person dyad does not know is no actor, and is not replaced by an actor named inside
// the apposition or by an older antecedent.
TEST(CoderSubjects, UnknownPersonIsNotAnotherActor) {
  EXPECT_TRUE(CodeText("Hassan Shibly, a lawyer who has worked for years in Germany and Iran, "
                       "criticized Arnor.").empty());
  auto ev = CodeText("Iran criticized Arnor. Hassan Shibly, a lawyer, criticized Germany. He criticized Arnor.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].source->code, "IRN");
  // An apposition that opens with an actor describes the person: "the Iranian ambassador".
  auto described = CodeText("Hassan Shibly, the Iranian ambassador, criticized Germany.");
  ASSERT_EQ(described.size(), 1u);
  EXPECT_EQ(described[0].source->code, "IRNGOV");
}

// An unknown person described by an actor ("Hassan Shibly, the Iranian ambassador,")
// is that actor for the next sentence's "he"; a "he" that refers to no one known gives no
// event rather than borrowing a later actor.
TEST(CoderSubjects, PronounAfterADescribedUnknownPerson) {
  auto ev = CodeText("Hassan Shibly, the Iranian ambassador, criticized Germany. He criticized Arnor.");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].source->code, "IRNGOV");
  auto none = CodeText("Hassan Shibly, a lawyer, said the talks failed. He criticized Germany.");
  for (const auto& e : none) EXPECT_NE(e.source->code, "DEU");
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// The coder reads the dependency tree (code/tree_roles.h) with the committed model.
TEST(CoderTree, ReportedClauseIsCodedWithItsOwnSubject) {
  auto ev = CodeText("Germany said on Monday that Iranian rebels attacked Arnor.");
  ASSERT_EQ(ev.size(), 1u);  // the statement has no addressee: only its content
  EXPECT_EQ(ev[0].code, "180");
  EXPECT_EQ(ev[0].source->code, "IRNREB");
  EXPECT_EQ(ev[0].target->code, "ARN");
}

TEST(CoderTree, PassiveAgentIsTheSource) {
  auto ev = CodeText("Arnor was attacked on Monday by Iranian rebels.");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "180");
  EXPECT_EQ(ev[0].source->code, "IRNREB");
  EXPECT_EQ(ev[0].target->code, "ARN");
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// An act with no target in its sentence is aimed at the party its source last dealt with.
TEST(CoderDiscourse, TargetlessActTakesTheLastPartner) {
  auto ev = CodeText("Germany criticized Iran on Monday. Iran refused to comment.");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].sentence, 1);
  EXPECT_EQ(ev[1].root, "12");
  EXPECT_EQ(ev[1].source->code, "IRN");
  ASSERT_TRUE(ev[1].target.has_value());
  EXPECT_EQ(ev[1].target->code, "DEU");
  // No earlier partner: no target.
  auto alone = CodeText("Iran refused to comment.");
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_FALSE(alone[0].target.has_value());
  // A statement does not borrow an addressee: it stays no event.
  auto said = CodeText("Germany criticized Iran on Monday. Iran said the weather was fine.");
  EXPECT_EQ(said.size(), 1u);
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// A statement whose content has no code of its own is addressed to the actors it names;
// the speaker's own side is no addressee.
TEST(CoderStatements, ContentActorsAreTheAddressees) {
  auto ev = CodeText("The German ambassador said the weather in Iran and Arnor was fine.");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].code, "010");
  EXPECT_EQ(ev[0].source->code, "DEUGOV");
  EXPECT_EQ(ev[0].target->code, "IRN");
  EXPECT_EQ(ev[1].target->code, "ARN");
  auto own = CodeText("The German ambassador said the weather in Germany was fine.");
  EXPECT_TRUE(own.empty());
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// An undated document's events have no date and no date source (null in the schema).
TEST(Coder, UndatedEventHasNoDateSource) {
  auto ev = CodeText("The Kazakh foreign minister visited Iran.", "");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].date, "");
  EXPECT_EQ(ev[0].date_source, "");
  auto dated = CodeText("The Kazakh foreign minister visited Iran.", "2006-06-16");
  ASSERT_EQ(dated.size(), 1u);
  EXPECT_EQ(dated[0].date_source, "document");
}

}  // namespace
}  // namespace dyad
