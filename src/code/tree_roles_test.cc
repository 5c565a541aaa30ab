// Tests of code/tree_roles.h on dependency trees written by hand for invented sentences.
#include "code/tree_roles.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace dyad::code {
namespace {

// "form/XPOS/head/deprel ..." with heads 1-based as in CoNLL-U (0: root); word i comes
// from token i.
syntax::Tree T(const std::string& spec) {
  syntax::Tree t;
  std::istringstream in(spec);
  std::string item;
  while (in >> item) {
    syntax::Word w;
    size_t a = item.find('/'), b = item.find('/', a + 1), c = item.find('/', b + 1);
    w.form = item.substr(0, a);
    w.lemma = w.form;
    for (auto& ch : w.lemma) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    w.xpos = item.substr(a + 1, b - a - 1);
    w.head = std::stoi(item.substr(b + 1, c - b - 1)) - 1;
    w.deprel = item.substr(c + 1);
    w.source_token = static_cast<int>(t.words.size());
    // Verbs are VERB, or AUX as auxiliaries (PastTense reads them); other tags stay unset.
    if (w.xpos.rfind("VB", 0) == 0 || w.xpos == "MD")
      w.upos = w.deprel.rfind("aux", 0) == 0 || w.deprel == "cop" || w.xpos == "MD" ? "AUX" : "VERB";
    t.words.push_back(w);
  }
  return t;
}

TEST(TreeRoles, ReportedClauseHasItsOwnSubject) {
  // Rebels said that troops attacked the village .
  auto t = T("Rebels/NNS/2/nsubj said/VBD/0/root that/IN/5/mark troops/NNS/5/nsubj "
             "attacked/VBD/2/ccomp the/DT/7/det village/NN/5/obj ././2/punct");
  EXPECT_EQ(RolesOf(t, 4).doer, 3);  // troops attacked
  EXPECT_EQ(RolesOf(t, 1).doer, 0);  // rebels said
  EXPECT_FALSE(RolesOf(t, 4).passive);
}

TEST(TreeRoles, PassiveDoerIsTheAgent) {
  // The convoy was attacked by militants .
  auto t = T("The/DT/2/det convoy/NN/4/nsubj:pass was/VBD/4/aux:pass attacked/VBN/0/root "
             "by/IN/6/case militants/NNS/4/obl:agent ././4/punct");
  Roles r = RolesOf(t, 3);
  EXPECT_TRUE(r.passive);
  EXPECT_EQ(r.doer, 5);
  EXPECT_EQ(r.patient, 1);
}

TEST(TreeRoles, PassiveWithoutAgentHasNoDoer) {
  // The envoy was expelled .
  auto t = T("The/DT/2/det envoy/NN/4/nsubj:pass was/VBD/4/aux:pass expelled/VBN/0/root ././4/punct");
  Roles r = RolesOf(t, 3);
  EXPECT_TRUE(r.passive);
  EXPECT_EQ(r.doer, -1);
  EXPECT_EQ(r.patient, 1);
}

TEST(TreeRoles, ObjectControlGivesTheObject) {
  // The minister urged Iran to withdraw .
  auto t = T("The/DT/2/det minister/NN/3/nsubj urged/VBD/0/root Iran/NNP/3/obj to/TO/6/mark "
             "withdraw/VB/3/xcomp ././3/punct");
  EXPECT_EQ(RolesOf(t, 5).doer, 3);
  EXPECT_EQ(RolesOf(t, 2).doer, 1);
}

TEST(TreeRoles, SubjectControlGivesTheSubject) {
  // Iran agreed to withdraw .
  auto t = T("Iran/NNP/2/nsubj agreed/VBD/0/root to/TO/4/mark withdraw/VB/2/xcomp ././2/punct");
  EXPECT_EQ(RolesOf(t, 3).doer, 0);
}

TEST(TreeRoles, ConjunctSharesTheSubject) {
  // Police arrested protesters and charged them .
  auto t = T("Police/NNS/2/nsubj arrested/VBD/0/root protesters/NNS/2/obj and/CC/5/cc "
             "charged/VBD/2/conj them/PRP/5/obj ././2/punct");
  EXPECT_EQ(RolesOf(t, 4).doer, 0);
}

TEST(TreeRoles, ConjunctWithItsOwnSubjectKeepsIt) {
  // Police arrested protesters and rebels attacked them .
  auto t = T("Police/NNS/2/nsubj arrested/VBD/0/root protesters/NNS/2/obj and/CC/6/cc "
             "rebels/NNS/6/nsubj attacked/VBD/2/conj them/PRP/6/obj ././2/punct");
  EXPECT_EQ(RolesOf(t, 5).doer, 4);
}

// Coordinated participles share the passive's patient and its "by" phrase, wherever the
// parser hangs it.
TEST(TreeRoles, CoordinatedPassivesShareTheAgent) {
  // The embassy was stormed and looted by protesters .
  auto t = T("The/DT/2/det embassy/NN/4/nsubj:pass was/VBD/4/aux:pass stormed/VBN/0/root "
             "and/CC/6/cc looted/VBN/4/conj by/IN/8/case protesters/NNS/6/obl:agent ././4/punct");
  Roles first = RolesOf(t, 3);
  EXPECT_TRUE(first.passive);
  EXPECT_EQ(first.doer, 7);  // the agent hung on "looted"
  EXPECT_EQ(first.patient, 1);
  Roles second = RolesOf(t, 5);
  EXPECT_TRUE(second.passive);
  EXPECT_EQ(second.doer, 7);
  EXPECT_EQ(second.patient, 1);
}

// A conjunct with an auxiliary of its own: passive with "been", active with "has" alone.
TEST(TreeRoles, ConjunctVoiceFollowsItsOwnAuxiliary) {
  // Iran denies it but is believed to be arming rebels .
  auto t = T("Iran/NNP/2/nsubj denies/VBZ/0/root it/PRP/2/obj but/CC/6/cc is/VBZ/6/aux:pass "
             "believed/VBN/2/conj to/TO/10/mark be/VB/10/aux arming/VBG/6/xcomp rebels/NNS/10/obj "
             "././2/punct");
  Roles believed = RolesOf(t, 5);
  EXPECT_TRUE(believed.passive);
  EXPECT_EQ(believed.patient, 0);  // Iran is believed
  EXPECT_EQ(believed.doer, -1);
  EXPECT_EQ(RolesOf(t, 8).doer, 0);  // raising: Iran arms the rebels
  // The envoys were refused entry and have left .
  auto u = T("The/DT/2/det envoys/NNS/4/nsubj:pass were/VBD/4/aux:pass refused/VBN/0/root "
             "entry/NN/4/obj and/CC/8/cc have/VBP/8/aux left/VBN/4/conj ././4/punct");
  Roles left = RolesOf(u, 7);
  EXPECT_FALSE(left.passive);
  EXPECT_EQ(left.doer, 1);  // the envoys left
}

// "X is said to have been killed by Y": the raised subject is the patient.
TEST(TreeRoles, RaisedPassiveInfinitive) {
  // The commander is said to have been killed by rebels .
  auto t = T("The/DT/2/det commander/NN/4/nsubj:pass is/VBZ/4/aux:pass said/VBN/0/root "
             "to/TO/8/mark have/VB/8/aux been/VBN/8/aux:pass killed/VBN/4/xcomp by/IN/10/case "
             "rebels/NNS/8/obl:agent ././4/punct");
  Roles r = RolesOf(t, 7);
  EXPECT_TRUE(r.passive);
  EXPECT_EQ(r.patient, 1);
  EXPECT_EQ(r.doer, 9);
}

// An obl:agent without "by" is a parser's slip ("according to the government"): no doer.
TEST(TreeRoles, AnAgentNeedsBy) {
  // Troops were engaged in fighting , according to officials .
  auto t = T("Troops/NNS/3/nsubj:pass were/VBD/3/aux:pass engaged/VBN/0/root in/IN/5/case "
             "fighting/NN/3/obl ,/,/9/punct according/VBG/9/case to/IN/7/fixed officials/NNS/3/obl:agent "
             "././3/punct");
  Roles r = RolesOf(t, 2);
  EXPECT_TRUE(r.passive);
  EXPECT_EQ(r.doer, -1);
  EXPECT_EQ(r.patient, 0);
}

TEST(TreeRoles, ReducedPassiveModifyingANoun) {
  // a ship attacked by pirates
  auto t = T("a/DT/2/det ship/NN/0/root attacked/VBN/2/acl by/IN/5/case pirates/NNS/3/obl:agent");
  Roles r = RolesOf(t, 2);
  EXPECT_TRUE(r.passive);
  EXPECT_EQ(r.doer, 4);
  EXPECT_EQ(r.patient, 1);
}

TEST(TreeRoles, ActiveParticipleModifyingANoun) {
  // troops attacking the town
  auto t = T("troops/NNS/0/root attacking/VBG/1/acl the/DT/4/det town/NN/2/obj");
  EXPECT_EQ(RolesOf(t, 1).doer, 0);
  EXPECT_FALSE(RolesOf(t, 1).passive);
}

TEST(TreeRoles, InfinitiveAfterAnObjectNounTakesTheVerbsDoer) {
  // Chad and Niger signed a pledge to withdraw troops .
  auto t = T("Chad/NNP/4/nsubj and/CC/3/cc Niger/NNP/1/conj signed/VBD/0/root a/DT/6/det "
             "pledge/NN/4/obj to/TO/8/mark withdraw/VB/6/acl troops/NNS/8/obj ././4/punct");
  EXPECT_EQ(RolesOf(t, 7).doer, 0);
  // a pledge to withdraw troops (no verb above the noun): no doer
  auto u = T("a/DT/2/det pledge/NN/0/root to/TO/4/mark withdraw/VB/2/acl troops/NNS/4/obj");
  EXPECT_EQ(RolesOf(u, 3).doer, -1);
}

TEST(TreeRoles, RelativePronounStandsForItsNoun) {
  // the rebels who attacked the base fled
  auto t = T("the/DT/2/det rebels/NNS/7/nsubj who/WP/4/nsubj attacked/VBD/2/acl:relcl "
             "the/DT/6/det base/NN/4/obj fled/VBD/0/root");
  EXPECT_EQ(RolesOf(t, 3).doer, 1);
  EXPECT_EQ(RolesOf(t, 6).doer, 1);
}

TEST(TreeRoles, AdverbialParticipleTakesTheMainSubject) {
  // Iran protested , accusing Israel of spying
  auto t = T("Iran/NNP/2/nsubj protested/VBD/0/root ,/,/4/punct accusing/VBG/2/advcl "
             "Israel/NNP/4/obj of/IN/7/mark spying/VBG/4/advcl");
  EXPECT_EQ(RolesOf(t, 3).doer, 0);
}

TEST(TreeRoles, TargetIsTheObjectElseADirectedOblique) {
  // Police detained protesters outside the hall .
  auto t = T("Police/NNS/2/nsubj detained/VBD/0/root protesters/NNS/2/obj outside/IN/6/case "
             "the/DT/6/det hall/NN/2/obl ././2/punct");
  EXPECT_EQ(TargetOf(t, 1), 2);
  // Rebels fired at the convoy on Monday .
  auto u = T("Rebels/NNS/2/nsubj fired/VBD/0/root at/IN/5/case the/DT/5/det convoy/NN/2/obl "
             "on/IN/7/case Monday/NNP/2/obl ././2/punct");
  EXPECT_EQ(TargetOf(u, 1), 4);
  // Rebels fled .
  auto v = T("Rebels/NNS/2/nsubj fled/VBD/0/root ././2/punct");
  EXPECT_EQ(TargetOf(v, 1), -1);
  EXPECT_EQ(TargetOf(v, -1), -1);
}

TEST(TreeRoles, TalkedAboutIsNeitherAnActorOfTheContentNorAModifier) {
  // talks between Chad and Niger are hard  (Chad: nmod of talks, Niger: its conjunct)
  auto t = T("talks/NNS/6/nsubj between/IN/3/case Chad/NNP/1/nmod and/CC/5/cc Niger/NNP/3/conj "
             "are/VBP/6/cop hard/JJ/0/root");
  Mention chad, niger;
  chad.first = chad.last = 2;
  niger.first = niger.last = 4;
  EXPECT_TRUE(TalkedAbout(t, chad));
  EXPECT_TRUE(TalkedAbout(t, niger));
  // rebels fired at the Chadian border  (rebels act; "Chadian" only describes the border)
  auto u = T("rebels/NNS/2/nsubj fired/VBD/0/root at/IN/6/case the/DT/6/det Chadian/JJ/6/amod "
             "border/NN/2/obl");
  Mention rebels, chadian;
  rebels.first = rebels.last = 0;
  chadian.first = chadian.last = 4;
  EXPECT_FALSE(TalkedAbout(u, rebels));
  EXPECT_FALSE(TalkedAbout(u, chadian));
}

TEST(TreeRoles, ModifiesNounIsAnAdjectiveCompoundOrPossessor) {
  // soldiers were killed in Chadian strikes in Niger
  auto t = T("soldiers/NNS/3/nsubj:pass were/VBD/3/aux:pass killed/VBN/0/root in/IN/6/case "
             "Chadian/JJ/6/amod strikes/NNS/3/obl in/IN/8/case Niger/NNP/3/obl");
  Mention chadian, niger, soldiers;
  chadian.first = chadian.last = 4;
  niger.first = niger.last = 7;
  soldiers.first = soldiers.last = 0;
  EXPECT_TRUE(ModifiesNoun(t, chadian));
  EXPECT_FALSE(ModifiesNoun(t, niger));
  EXPECT_FALSE(ModifiesNoun(t, soldiers));
  // Niger's army  (a possessor)
  auto u = T("Niger/NNP/3/nmod:poss 's/POS/1/case army/NN/0/root");
  Mention niger2;
  niger2.first = niger2.last = 0;
  EXPECT_TRUE(ModifiesNoun(u, niger2));
}

TEST(TreeRoles, AttributiveParticiplesDescribeTheirNoun) {
  // Chad rejected the alleged attack
  auto a = T("Chad/NNP/2/nsubj rejected/VBD/0/root the/DT/5/det alleged/VBN/5/amod attack/NN/2/obj");
  EXPECT_TRUE(Attributive(a, 3));
  EXPECT_FALSE(Attributive(a, 1));
  // Chad has seized territory (misparsed: the verb hung as an adjective of its object)
  auto b = T("Chad/NNP/3/nsubj has/VBZ/3/aux seized/VBN/4/amod territory/NN/0/root");
  EXPECT_FALSE(Attributive(b, 2));
  // Chad has since seized territory; Chad fled from besieged towns
  auto d = T("Chad/NNP/4/nsubj has/VBZ/4/aux since/IN/4/advmod seized/VBN/5/amod territory/NN/0/root");
  EXPECT_FALSE(Attributive(d, 3));
  d.words[2].deprel = "case";  // as the model parses it, with "since" a subordinator
  d.words[2].upos = "SCONJ";
  EXPECT_FALSE(Attributive(d, 3));
  auto e = T("Chad/NNP/2/nsubj fled/VBD/0/root from/IN/5/case besieged/VBN/5/amod towns/NNS/2/obl");
  EXPECT_TRUE(Attributive(e, 3));
  // the attack alleged (a participle after its noun is a reduced clause, not this)
  auto c = T("the/DT/2/det attack/NN/0/root alleged/VBN/2/amod");
  EXPECT_FALSE(Attributive(c, 2));
  EXPECT_FALSE(Attributive(c, -1));
}

TEST(TreeRoles, NominalDoerIsInThePhraseOrTheVerbsSubject) {
  Mention chad, niger;
  chad.first = chad.last = 0;
  // Chad launched an offensive on Niger
  auto a = T("Chad/NNP/2/nsubj launched/VBD/0/root an/DT/4/det offensive/NN/2/obj "
             "on/IN/6/case Niger/NNP/4/nmod");
  niger.first = niger.last = 5;
  EXPECT_EQ(NominalDoer(a, {chad, niger}, 3), std::optional<size_t>(0));
  // Niger condemned Chad's offensive
  auto b = T("Niger/NNP/2/nsubj condemned/VBD/0/root Chad/NNP/4/nmod:poss offensive/NN/2/obj");
  Mention niger0, chad2;
  niger0.first = niger0.last = 0;
  chad2.first = chad2.last = 2;
  EXPECT_EQ(NominalDoer(b, {niger0, chad2}, 3), std::optional<size_t>(1));
  // Volunteers joined the offensive on Niger: the verb's doer is no actor.
  auto c = T("Volunteers/NNS/2/nsubj joined/VBD/0/root the/DT/4/det offensive/NN/2/obj "
             "on/IN/6/case Niger/NNP/4/nmod");
  EXPECT_EQ(NominalDoer(c, {niger}, 3), std::optional<size_t>(kNoMention));
  // Chad was valuable in the offensive on Niger: hangs from an adjective.
  auto d = T("Chad/NNP/3/nsubj was/VBD/3/cop valuable/JJ/0/root in/IN/6/case the/DT/6/det "
             "offensive/NN/3/obl on/IN/8/case Niger/NNP/6/nmod");
  d.words[2].upos = "ADJ";
  Mention niger7;
  niger7.first = niger7.last = 7;
  EXPECT_EQ(NominalDoer(d, {chad, niger7}, 5), std::optional<size_t>(kNoMention));
  // Chad did not join the offensive on Niger: a denied link names no doer.
  auto f = T("Chad/NNP/4/nsubj did/VBD/4/aux not/RB/4/advmod join/VB/0/root the/DT/6/det "
             "offensive/NN/4/obj on/IN/8/case Niger/NNP/6/nmod");
  Mention niger7b;
  niger7b.first = niger7b.last = 7;
  EXPECT_EQ(NominalDoer(f, {chad, niger7b}, 5), std::optional<size_t>(kNoMention));
  // The offensive ended: a subject; the tree says nothing of its doer.
  auto e = T("The/DT/2/det offensive/NN/3/nsubj ended/VBD/0/root");
  EXPECT_EQ(NominalDoer(e, {}, 1), std::nullopt);
}

TEST(TreeRoles, InPhraseOfFollowsNominalDependents) {
  // Chad's envoy to Niger said it
  auto t = T("Chad/NNP/3/nmod:poss 's/POS/1/case envoy/NN/6/nsubj to/IN/5/case Niger/NNP/3/nmod "
             "said/VBD/0/root it/PRP/6/obj");
  Mention chad, envoy, niger, it;
  chad.first = chad.last = 0;
  envoy.first = envoy.last = 2;
  niger.first = niger.last = 4;
  it.first = it.last = 6;
  EXPECT_TRUE(InPhraseOf(t, niger, envoy));
  EXPECT_TRUE(InPhraseOf(t, chad, envoy));
  EXPECT_FALSE(InPhraseOf(t, it, envoy));    // an object of the verb
  EXPECT_FALSE(InPhraseOf(t, envoy, envoy));
  EXPECT_FALSE(InPhraseOf(t, envoy, niger));
}

TEST(TreeRoles, PastTenseReadsTheVerbAndItsAuxiliaries) {
  // Chad attacked Niger
  auto a = T("Chad/NNP/2/nsubj attacked/VBD/0/root Niger/NNP/2/obj");
  EXPECT_TRUE(PastTense(a, 1));
  EXPECT_TRUE(PastTense(a, 2));  // a word takes its clause verb's tense
  // Niger was attacked
  auto b = T("Niger/NNP/3/nsubj:pass was/VBD/3/aux:pass attacked/VBN/0/root");
  EXPECT_TRUE(PastTense(b, 2));
  // Chad has attacked Niger
  auto c = T("Chad/NNP/3/nsubj has/VBZ/3/aux attacked/VBN/0/root Niger/NNP/3/obj");
  EXPECT_FALSE(PastTense(c, 2));
  // Chad attacks Niger; Chad will attack Niger
  auto d = T("Chad/NNP/2/nsubj attacks/VBZ/0/root Niger/NNP/2/obj");
  EXPECT_FALSE(PastTense(d, 1));
  auto e = T("Chad/NNP/3/nsubj will/MD/3/aux attack/VB/0/root Niger/NNP/3/obj");
  EXPECT_FALSE(PastTense(e, 2));
  EXPECT_FALSE(PastTense(e, -1));
}

TEST(TreeRoles, MentionOfPhraseLooksInsideNominalDependentsOnly) {
  // the ambassador of Iran who met Germany
  auto t = T("the/DT/2/det ambassador/NN/0/root of/IN/4/case Iran/NNP/2/nmod who/WP/6/nsubj "
             "met/VBD/2/acl:relcl Germany/NNP/6/obj");
  Mention iran;
  iran.first = iran.last = 3;
  Mention germany;
  germany.first = germany.last = 6;
  std::vector<Mention> ms{iran, germany};
  EXPECT_EQ(MentionOfPhrase(t, ms, 1), 0u);   // through nmod: Iran
  EXPECT_EQ(MentionOfPhrase(t, ms, 3), 0u);   // Iran itself
  EXPECT_EQ(MentionOfPhrase(t, ms, 5), kNoMention);  // "met" is no phrase of an actor
  std::vector<Mention> only_germany{germany};
  EXPECT_EQ(MentionOfPhrase(t, only_germany, 1), kNoMention);  // not through the relative clause
  EXPECT_EQ(MentionOfPhrase(t, ms, -1), kNoMention);
}

}  // namespace
}  // namespace dyad::code

namespace dyad::code {
namespace {

void SetUpos(syntax::Tree* t) {
  for (auto& w : t->words)
    w.upos = w.xpos == "NNP" ? "PROPN" : w.xpos.rfind("NN", 0) == 0 ? "NOUN" : w.xpos == "PRP" ? "PRON" : "X";
}

Mention Span(size_t first, size_t last) {
  Mention m;
  m.first = first;
  m.last = last;
  return m;
}

TEST(TreeConjuncts, TitlesCoordinatedThroughTheNamesTheyDescribe) {
  // The minister of Arnor Ann Smith and the president of Iran met .
  auto t = T("The/DT/2/det minister/NN/5/nmod:desc of/IN/4/case Arnor/NNP/2/nmod Ann/NNP/12/nsubj "
             "Smith/NNP/5/flat and/CC/9/cc the/DT/9/det president/NN/5/conj of/IN/11/case "
             "Iran/NNP/9/nmod met/VBD/0/root ././12/punct");
  SetUpos(&t);
  std::vector<Mention> ms = {Span(1, 3), Span(8, 10)};
  EXPECT_EQ(TreeConjuncts(t, ms, 0), std::vector<size_t>{1});
  EXPECT_EQ(TreeConjuncts(t, ms, 1), std::vector<size_t>{0});
}

TEST(TreeConjuncts, CoordinatedClausesAreNoCoordinatedActors) {
  // Arnor attacked and Iran fled .
  auto t = T("Arnor/NNP/2/nsubj attacked/VBD/0/root and/CC/5/cc Iran/NNP/5/nsubj fled/VBD/2/conj "
             "././2/punct");
  SetUpos(&t);
  std::vector<Mention> ms = {Span(0, 0), Span(3, 3)};
  EXPECT_TRUE(TreeConjuncts(t, ms, 0).empty());
  EXPECT_TRUE(TreeConjuncts(t, ms, 1).empty());
}

}  // namespace
}  // namespace dyad::code
