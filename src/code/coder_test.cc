// Tests of the coder on small sentences with tests/data/mini.dict.
#include "dyad/coder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

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
  CoderOptions options;
  options.default_date = "2006-06-16";
  options.facts_only = true;
  auto coder = Coder::Create(MiniDict(), options);
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
  CoderOptions options;
  options.default_date = "2006-13-40";
  auto coder = Coder::Create(MiniDict(), options);
  EXPECT_FALSE(coder.ok());
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// Regression (fuzz/regressions/coder/timeout-quadratic-events-long-sentence): one
// sentence of thousands of clauses made the modality scan and the statement pruning
// quadratic. Every piece of it is still coded, each once: a sentence states the same
// event (code, source, target) once.
TEST(CoderRegression, AVeryLongSentenceCodesEveryPieceOnce) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "Germany criticized Iran and ";
  text += "Germany criticized Iran.";
  auto ev = CodeText(text);
  // The endless sentence (81,024 bytes) is cut into pieces of at most 4 KB
  // (text/sentences.h): at least 20 of them, each with its one criticism.
  EXPECT_GE(ev.size(), 20u);
  EXPECT_LE(ev.size(), 25u);
  std::set<int> sentences;
  for (const auto& e : ev) {
    EXPECT_EQ(e.code, "111");
    EXPECT_LE(e.sentence_text.size(), 4096u);
    EXPECT_TRUE(sentences.insert(e.sentence).second) << "sentence " << e.sentence << " twice";
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
  auto ev = CodeText("The German ambassador said the border with Iran and Arnor was quiet.");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].code, "010");
  EXPECT_EQ(ev[0].source->code, "DEUGOV");
  EXPECT_EQ(ev[0].target->code, "IRN");
  EXPECT_EQ(ev[1].target->code, "ARN");
  auto own = CodeText("The German ambassador said the border with Germany was quiet.");
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

namespace dyad {
namespace {

std::vector<std::string> Dyads(const std::vector<Event>& ev) {
  std::vector<std::string> out;
  for (const auto& e : ev)
    out.push_back(e.code + " " + (e.source ? e.source->code : "-") + ">" +
                  (e.target ? e.target->code : "-"));
  std::sort(out.begin(), out.end());  // the order of a sentence's events is not part of the contract
  return out;
}

// "he" and "she" stand for a person named as the last subject (a name, or a singular
// role such as "the foreign minister"), never for a country or a group.
TEST(CoderPronouns, HeIsAPersonNotACountry) {
  EXPECT_EQ(Dyads(CodeText("Iran criticized Arnor. He visited Germany.")),
            (std::vector<std::string>{"111 IRN>ARN"}));
  EXPECT_EQ(Dyads(CodeText("The Iranian foreign minister criticized Arnor. He visited Germany.")),
            (std::vector<std::string>{"042 IRNGOV>DEU", "111 IRNGOV>ARN"}));
  EXPECT_EQ(Dyads(CodeText("Tokayev criticized Arnor. She visited Germany.", "2020-01-01")),
            (std::vector<std::string>{"042 KAZGOV>DEU", "111 KAZGOV>ARN"}));
  // A body is no person: "the Iranian government ... He" finds no one.
  EXPECT_EQ(Dyads(CodeText("The Iranian government criticized Arnor. He visited Germany.")),
            (std::vector<std::string>{"111 IRNGOV>ARN"}));
}

// "Amal, a nurse, said she was ...": the pronoun after "said" opens what was said; it is
// no inverted speaker ("..., said the minister"), so an earlier subject is not the speaker.
TEST(CoderPronouns, PronounAfterSaidIsTheContentsSubject) {
  EXPECT_EQ(Dyads(CodeText("The Iranian ambassador met Germany. Amal, a nurse, said she was angry "
                           "with the German president.")),
            (std::vector<std::string>{"040 IRNGOV>DEU"}));
}

// A subject the dictionary does not know ("Halvorsen") is no one dyad can code; a pronoun
// before it ("It is six weeks since ...") does not stand in for it.
TEST(CoderPronouns, UnknownNamedSubjectIsNotReplacedByAnEarlierPronoun) {
  EXPECT_EQ(Dyads(CodeText("Iran criticized Arnor. It is six weeks since Halvorsen criticized Germany.")),
            (std::vector<std::string>{"111 IRN>ARN"}));
}

// "the two countries" names the last dyad: a coordination of two actors of different
// countries, even when the sentence's events were with a third.
TEST(CoderGroups, TheTwoCountriesAreTheLastCoordinatedPair) {
  auto ev = CodeText("Iran and Arnor criticized Germany. The two neighbouring countries fought a war.");
  EXPECT_EQ(Dyads(ev), (std::vector<std::string>{"111 ARN>DEU", "111 IRN>DEU", "190 ARN>IRN",
                                                 "190 IRN>ARN"}));
  // "parties" takes no modifier: "the two main parties" are no dyad, and nothing is coded.
  EXPECT_TRUE(CodeText("Iran and Arnor criticized Germany. The two main parties fought a war.").size() == 2);
}

// A mediation between two parties implies their negotiation, each with the other; a
// pair phrase as the target is each of the last dyad.
TEST(CoderGroups, MediationBetweenAPairImpliesTheirTalks) {
  auto ev = CodeText("Germany mediated talks between Iran and Arnor.");
  EXPECT_EQ(Dyads(ev), (std::vector<std::string>{"045 DEU>ARN", "045 DEU>IRN", "046 ARN>IRN",
                                                 "046 IRN>ARN"}));
  auto pair = CodeText("Iran and Arnor criticized Japan. Germany mediated talks between the two countries.");
  EXPECT_EQ(Dyads(pair), (std::vector<std::string>{"045 DEU>ARN", "045 DEU>IRN", "046 ARN>IRN",
                                                   "046 IRN>ARN", "111 ARN>JPN", "111 IRN>JPN"}));
  // No dyad named before: the mediation stands without a target, and implies nothing.
  EXPECT_EQ(Dyads(CodeText("Germany mediated talks between the two countries.")),
            (std::vector<std::string>{"045 DEU>-"}));
}

// "A and B began their meeting": "their" is the two sources, each with the other.
TEST(CoderGroups, TheirAfterCoordinatedSourcesIsMutual) {
  EXPECT_EQ(Dyads(CodeText("Iran and Arnor began their meeting.")),
            (std::vector<std::string>{"040 ARN>IRN", "040 IRN>ARN"}));
}

// A statement about "both countries" is addressed to each of the last dyad.
TEST(CoderGroups, StatementAboutBothCountries) {
  auto ev = CodeText("Iran and Arnor criticized Japan. The German ambassador said the border between both countries was quiet.");
  EXPECT_EQ(Dyads(ev), (std::vector<std::string>{"010 DEUGOV>ARN", "010 DEUGOV>IRN", "111 ARN>JPN",
                                                 "111 IRN>JPN"}));
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// "A and B said they ...": "they" is the whole coordinated subject, also after a dateline;
// a mutual act is then each with the other.
TEST(CoderGroups, TheyAfterACoordinatedSpeakerIsAllOfIt) {
  const std::vector<std::string> both = {"030 ARN>IRN", "030 IRN>ARN"};
  EXPECT_EQ(Dyads(CodeText("Iran and Arnor said they had agreed to cooperate.")), both);
  EXPECT_EQ(Dyads(CodeText("ASTANA \u2014 Iran and Arnor said on Monday that they had agreed to cooperate.")), both);
  // One speaker: "they" stays that speaker's.
  EXPECT_EQ(Dyads(CodeText("Iran said they had agreed to cooperate.")),
            (std::vector<std::string>{"030 IRN>-"}));
}

// Co-speakers of one statement are not its addressees; what it talks about is.
TEST(CoderGroups, CoSpeakersDoNotAddressEachOther) {
  EXPECT_EQ(Dyads(CodeText("Iran and Arnor said the border with Japan was quiet.")),
            (std::vector<std::string>{"010 ARN>JPN", "010 IRN>JPN"}));
}

// A denial with no target answers the party its source last dealt with; a plain statement
// does not borrow one.
// An act with no subject of its own in its sentence is not the last sentence's subject's:
// it is left uncoded. A pronoun subject still refers back.
TEST(CoderDiscourse, ASubjectlessActIsNoOnesAct) {
  EXPECT_EQ(Dyads(CodeText("Germany criticized Iran on Monday. Attacking Ukraine was a mistake, the paper wrote.")),
            (std::vector<std::string>{"111 DEU>IRN"}));
  EXPECT_EQ(Dyads(CodeText("Germany criticized Iran on Monday. Then came a plan to attack Ukraine.")),
            (std::vector<std::string>{"111 DEU>IRN"}));
  EXPECT_EQ(Dyads(CodeText("The German foreign minister criticized Iran on Monday. He visited Ukraine on Tuesday.")),
            (std::vector<std::string>{"042 DEUGOV>UKR", "111 DEUGOV>IRN"}));
}

// A passive without "by" is never read as active with its roles reversed: its subject is
// the target, and the doer is an actor that describes the means ("in Iranian air
// strikes"), not a place ("in Georgia"). A progressive stays active.
TEST(CoderPassive, WithoutByTheSubjectIsTheTarget) {
  EXPECT_EQ(Dyads(CodeText("Ukraine was attacked in Iranian air strikes on Monday.")),
            (std::vector<std::string>{"180 IRN>UKR"}));
  EXPECT_EQ(Dyads(CodeText("The German army was attacked in an Iranian ambush.")),
            (std::vector<std::string>{"180 IRN>DEUMIL"}));
  EXPECT_TRUE(CodeText("Ukraine was attacked in Georgia on Monday.").empty());
  EXPECT_EQ(Dyads(CodeText("Russia was attacking Ukraine on Monday.")),
            (std::vector<std::string>{"180 RUS>UKR"}));
  EXPECT_EQ(Dyads(CodeText("Ukraine was attacked by Russia on Monday.")),
            (std::vector<std::string>{"180 RUS>UKR"}));
}

// An actor after a place preposition is where the act happened, not whom it was done to.
TEST(CoderTargets, APlaceIsNoTarget) {
  EXPECT_TRUE(CodeText("Germany will attack in Ukraine on Monday.").empty());
  EXPECT_EQ(Dyads(CodeText("Germany attacked Ukraine on Monday.")), (std::vector<std::string>{"180 DEU>UKR"}));
  EXPECT_EQ(Dyads(CodeText("Germany attacked the Iranian army in Ukraine on Monday.")),
            (std::vector<std::string>{"180 DEU>IRNMIL"}));
}

// An event told in the past with no date of its own continues the previous sentence's
// dated event (at most two weeks before the story); not a present-tense one, and not
// two sentences on.
TEST(CoderDates, APastEventContinuesThePreviousSentencesDate) {
  // The story is dated Friday 2006-06-16; "on Monday" is 2006-06-12.
  auto ev = CodeText("Germany attacked Ukraine on Monday. Iran criticized Germany. Iran criticized Ukraine.");
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(ev[0].date, "2006-06-12");
  EXPECT_EQ(ev[1].date, "2006-06-12");
  EXPECT_EQ(ev[1].date_source, "text");
  EXPECT_EQ(ev[2].date, "2006-06-16");
  EXPECT_EQ(ev[2].date_source, "document");
  auto present = CodeText("Germany attacked Ukraine on Monday. Iran criticizes Germany.");
  ASSERT_EQ(present.size(), 2u);
  EXPECT_EQ(present[1].date, "2006-06-16");
  // A date over two weeks before the story is not carried: "in March" (2006) is news but
  // too far back; "in March 2005" is history, never carried.
  auto old = CodeText("Germany attacked Ukraine in March. Iran criticized Germany.");
  ASSERT_EQ(old.size(), 2u);
  EXPECT_EQ(old[0].date, "2006-03-01");
  EXPECT_EQ(old[1].date, "2006-06-16");
  auto history = CodeText("Germany attacked Ukraine in March 2005. Iran criticized Germany.");
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0].date_source, "history");
  EXPECT_EQ(history[1].date, "2006-06-16");
  EXPECT_EQ(history[1].date_source, "document");
}

// An actor inside the speaker's own apposition describes the speaker and is not whom the
// statement addresses; the actors of what was said are.
TEST(CoderStatements, TheSpeakersAppositionIsNoAddressee) {
  EXPECT_EQ(Dyads(CodeText("Tokayev, a guest of the German president, said the talks with Iran were useful.")),
            (std::vector<std::string>{"010 KAZGOV>IRN"}));
}

TEST(CoderDiscourse, DenialAnswersTheLastPartner) {
  EXPECT_EQ(Dyads(CodeText("Germany criticized Iran on Monday. Iran denied the accusation.")),
            (std::vector<std::string>{"016 IRN>DEU", "111 DEU>IRN"}));
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// A subject pronoun refers to the sentence's first actor also when an adverbial and its
// comma come first ("Last week, Germany said they ...").
TEST(CoderSubjects, PronounAfterAFrontedAdverbial) {
  EXPECT_EQ(Dyads(CodeText("Arnor criticized Japan. Last week, Germany said they would visit Iran.")),
            (std::vector<std::string>{"036 DEU>IRN", "111 ARN>JPN"}));
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// An event dated by a year or a month alone says so (date_precision); a day is a day, and
// the story's own date is a day.
TEST(CoderDates, PrecisionOfTheDate) {
  auto year = CodeText("Iran attacked Arnor in 2006.");  // a story of 2006-06-16
  ASSERT_EQ(year.size(), 1u);
  EXPECT_EQ(year[0].date, "2006-01-01");
  EXPECT_EQ(year[0].date_precision, "year");
  auto month = CodeText("Iran attacked Arnor in March 2006.");
  ASSERT_EQ(month.size(), 1u);
  EXPECT_EQ(month[0].date, "2006-03-01");
  EXPECT_EQ(month[0].date_precision, "month");
  auto day = CodeText("Iran attacked Arnor on March 3, 2006.");
  ASSERT_EQ(day.size(), 1u);
  EXPECT_EQ(day[0].date, "2006-03-03");
  EXPECT_EQ(day[0].date_precision, "day");
  auto story = CodeText("Iran attacked Arnor.");
  ASSERT_EQ(story.size(), 1u);
  EXPECT_EQ(story[0].date_precision, "day");
  EXPECT_EQ(CodeText("Iran attacked Arnor.", "")[0].date_precision, "");
}

// History is not the date of a new event: an act the text dates over a year before the
// story (its period ended more than 12 months before) is written with the story's date and
// date_source "history"; "last year" and a month within the year keep the text's date. A
// "since" that far back starts a state that still holds: the act takes the story's date.
// Without a story date there is no rule. (docs/event-schema.md, "Dates")
TEST(CoderDates, HistoryTakesTheStorysDate) {
  for (const char* text : {"Iran attacked Arnor in 2003.", "Iran attacked Arnor in March 2005.",
                           "Iran attacked Arnor three years ago.", "Iran attacked Arnor on June 15, 2005."}) {
    auto ev = CodeText(text, "2006-06-16");
    ASSERT_EQ(ev.size(), 1u) << text;
    EXPECT_EQ(ev[0].code, "180") << text;
    EXPECT_EQ(ev[0].date, "2006-06-16") << text;
    EXPECT_EQ(ev[0].date_source, "history") << text;
    EXPECT_EQ(ev[0].date_precision, "day") << text;
  }
  auto day = CodeText("Iran attacked Arnor on June 16, 2005.", "2006-06-16");  // a year to the day
  ASSERT_EQ(day.size(), 1u);
  EXPECT_EQ(day[0].date, "2005-06-16");
  EXPECT_EQ(day[0].date_source, "text");
  auto last_year = CodeText("Iran attacked Arnor last year.", "2006-06-16");
  ASSERT_EQ(last_year.size(), 1u);
  EXPECT_EQ(last_year[0].date, "2005-01-01");
  EXPECT_EQ(last_year[0].date_source, "text");
  EXPECT_EQ(last_year[0].date_precision, "year");
  auto july = CodeText("Iran attacked Arnor in July 2005.", "2006-06-16");  // ends 2005-07-31
  ASSERT_EQ(july.size(), 1u);
  EXPECT_EQ(july[0].date, "2005-07-01");
  EXPECT_EQ(july[0].date_precision, "month");
  auto since = CodeText("Iran has criticized Germany since August 2004.", "2006-06-16");
  ASSERT_EQ(since.size(), 1u);
  EXPECT_EQ(since[0].code, "111");
  EXPECT_EQ(since[0].date, "2006-06-16");
  EXPECT_EQ(since[0].date_source, "document");
  auto undated = CodeText("Iran attacked Arnor in 2003.", "");
  ASSERT_EQ(undated.size(), 1u);
  EXPECT_EQ(undated[0].date, "2003-01-01");
  EXPECT_EQ(undated[0].date_source, "text");
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// "him", "them": the nearest actor before them in their sentence, of their number where
// one is (rebels: plural), other than the event's own source and places; unresolved across
// sentences.
TEST(CoderSubjects, ObjectPronounsReferInsideTheirSentence) {
  EXPECT_EQ(Dyads(CodeText("Iranian rebels attacked Arnor, and Germany criticized them.")),
            (std::vector<std::string>{"111 DEU>IRNREB", "180 IRNREB>ARN"}));
  EXPECT_EQ(Dyads(CodeText("Iranian rebels attacked Arnor. Germany criticized them.")),
            (std::vector<std::string>{"180 IRNREB>ARN"}));
  EXPECT_EQ(Dyads(CodeText("Iranian rebels fled in Japan until Germany criticized them.")),
            (std::vector<std::string>{"111 DEU>IRNREB"}));
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// A place the statement's content names ("in Japan", "into Iran") is where something
// happens, not an addressee.
TEST(CoderStatements, PlacesInTheContentAreNoAddressees) {
  EXPECT_EQ(Dyads(CodeText("The German ambassador said the weather in Japan was fine.")),
            std::vector<std::string>{});
  EXPECT_EQ(Dyads(CodeText("The German ambassador said the border with Arnor was quiet.")),
            (std::vector<std::string>{"010 DEUGOV>ARN"}));
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// A verb whose subject is a name dyad does not know has no source: no actor later in the
// sentence stands in for it.
TEST(CoderSubjects, AnUnknownSubjectIsNoOnesStandIn) {
  EXPECT_EQ(Dyads(CodeText("Halvorsen criticized Germany over its deal with Japan.")),
            std::vector<std::string>{});
  EXPECT_EQ(Dyads(CodeText("Iran criticized Germany over its deal with Japan.")),
            (std::vector<std::string>{"111 IRN>DEU"}));
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// A participle used as an adjective ("the criticized minister") describes its noun and
// tells of no act; the same verb in a clause does.
TEST(CoderPredicates, AnAttributiveParticipleIsNoAct) {
  EXPECT_EQ(Dyads(CodeText("The German ambassador met the criticized Iranian minister.")),
            (std::vector<std::string>{"040 DEUGOV>IRNGOV"}));
  EXPECT_EQ(Dyads(CodeText("Germany met the Iranian minister, who was criticized by Russia.")),
            (std::vector<std::string>{"040 DEU>IRNGOV", "111 RUS>IRNGOV"}));
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// An act named by a noun is done by an actor in its own phrase or by the subject of the
// verb whose object it is; where the tree says neither is an actor, no actor nearby
// stands in ("valuable in the attack", "Halvorsen joined the attack").
TEST(CoderPredicates, AnActNamedByANounHasTheDoerTheTreeGives) {
  EXPECT_EQ(Dyads(CodeText("Iran launched an attack on Arnor.")),
            (std::vector<std::string>{"180 IRN>ARN"}));
  EXPECT_EQ(Dyads(CodeText("Germany criticized Japan's attack on Arnor.")),
            (std::vector<std::string>{"111 DEU>JPN", "180 JPN>ARN"}));
  EXPECT_EQ(Dyads(CodeText("Germany was valuable in the attack on Arnor.")),
            std::vector<std::string>{});
  for (const Event& e : CodeText("Halvorsen joined the attack on Arnor, Germany said."))
    EXPECT_NE(e.code, "180");
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// A country inside the speaker's own noun phrase ("Iran's ambassador to Japan") is part of
// who speaks, not whom the statement addresses.
TEST(CoderStatements, TheSpeakersOwnPhraseIsNoAddressee) {
  EXPECT_EQ(Dyads(CodeText("Iran's ambassador to Japan, Ali Rezaei, said the plan had failed.")),
            std::vector<std::string>{});
  EXPECT_EQ(Dyads(CodeText("Iran's ambassador in Tokyo said Japan's plan had failed.")),
            (std::vector<std::string>{"010 IRNGOV>JPN"}));
}

}  // namespace
}  // namespace dyad
