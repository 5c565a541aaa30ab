#include "dict/foreign_loader.h"

#include <gtest/gtest.h>

namespace dyad::dict {
namespace {

// Invented dictionaries in the TABARI and PETRARCH layouts (no line of the real files).
struct Loaded {
  Entries e;
  std::vector<std::string> warnings;
  LoadCount n;
};

Loaded Load(const std::string& text, const std::string& family = "auto") {
  Loaded l;
  l.n = ParseForeignDictionary("x.txt", text, DetectDictFormat(text, family), &l.e, &l.warnings);
  return l;
}

const ActorEntry* Find(const Entries& e, const std::vector<std::string>& words) {
  for (const ActorEntry& a : e.actors)
    if (a.words == words) return &a;
  return nullptr;
}

TEST(ForeignLoader, PetrarchActorsGroupsDatesSynonymsAndComments) {
  auto l = Load(
      "# Osterland, invented\n"
      "OSTERLAND_  [OST]\n"
      "+REPUBLIC_OF_OSTERLAND_\n"
      "<!-- a comment line -->\n"
      "MARTA_VELLO_  # hand entry\n"
      "PRESIDENT_VELLO_\n"
      "\t[OSTGOV 20100105-20141231]\n"
      "\t[OSTOPP >20150101]\n"
      "AL-VESTA_BRIGADE_ [OSTREB]\n");
  EXPECT_TRUE(l.warnings.empty()) << l.warnings.front();
  EXPECT_EQ(l.n.format, "petrarch actors");
  EXPECT_EQ(l.n.entries, 5u);
  const ActorEntry* rep = Find(l.e, {"republic", "of", "osterland"});
  ASSERT_NE(rep, nullptr);
  EXPECT_EQ(rep->codes.at(0).code, "OST");
  EXPECT_EQ(rep->src.Where(), "x.txt:3");
  // The second phrase line without a code joins the group of the first.
  const ActorEntry* pres = Find(l.e, {"president", "vello"});
  ASSERT_NE(pres, nullptr);
  ASSERT_EQ(pres->codes.size(), 2u);
  EXPECT_EQ(pres->kind, ActorKind::kPerson);
  EXPECT_EQ(pres->codes[0].code, "OSTGOV");
  EXPECT_EQ(pres->codes[0].from, 20100105);
  EXPECT_EQ(pres->codes[0].to, 20141231);
  EXPECT_EQ(pres->codes[1].code, "OSTOPP");
  EXPECT_GT(pres->codes[1].from, 20141231);
  // A hyphen inside a word stays: "al-vesta" is one token, as in text.
  EXPECT_NE(Find(l.e, {"al-vesta", "brigade"}), nullptr);
}

TEST(ForeignLoader, UnreadableLinesNamedWithFileAndLine) {
  auto l = Load("OSTERLAND_ [OST]\nWESTMARK_ [WMK\n\t[OSTGOV 2010-2011]\nNORDVIK_ [NDV 999999]\n",
                "tabari");
  EXPECT_EQ(l.n.entries, 1u);  // OSTERLAND; NORDVIK's only code has a bad date
  ASSERT_EQ(l.warnings.size(), 3u);
  EXPECT_EQ(l.warnings[0].rfind("x.txt:2: ", 0), 0u) << l.warnings[0];
  EXPECT_EQ(l.warnings[1].rfind("x.txt:3: ", 0), 0u) << l.warnings[1];
  EXPECT_EQ(l.warnings[2].rfind("x.txt:4: ", 0), 0u) << l.warnings[2];
  EXPECT_EQ(l.n.skipped, l.warnings.size());
}

TEST(ForeignLoader, NullCodesAreCountedNotLoaded) {
  auto l = Load("SHADOWLAND_ [---]\nOSTERLAND_ [OST]\n", "tabari");
  EXPECT_EQ(l.n.entries, 1u);
  EXPECT_EQ(l.n.null_codes, 1u);
  EXPECT_TRUE(l.warnings.empty());
}

TEST(ForeignLoader, PetrarchAgentsMacrosPluralsAndBraces) {
  auto l = Load(
      "!PERSON! = MAN, MEN\n"
      "SHEEP!PERSON! [~AGR]\n"
      "BORDER_GUARD [~MIL]\n"
      "HARBOUR_AUTHORITY {HARBOUR_AUTHORITIES} [~GOV]\n"
      "POLICE {} [~COP]\n"
      "AID_AGENCY [NGO~]\n");
  EXPECT_TRUE(l.warnings.empty()) << l.warnings.front();
  std::vector<std::string> got;
  for (const AgentEntry& a : l.e.agents) {
    std::string s;
    for (const auto& w : a.words) s += (s.empty() ? "" : " ") + w;
    got.push_back(s + "=" + a.code + "@" + std::to_string(a.src.line));
  }
  EXPECT_EQ(got, (std::vector<std::string>{
                     "sheepman=AGR@2", "sheepmen=AGR@2", "border guards=MIL@3",
                     "border guard=MIL@3", "harbour authority=GOV@4",
                     "harbour authorities=GOV@4", "police=COP@5", "aid agencies=NGO@6",
                     "aid agency=NGO@6"}));
}

TEST(ForeignLoader, TabariVerbsBecomePatternsWithSlotsAndSynsets) {
  auto l = Load(
      "<SYNSETS>\n&FRUIT\n+APPLE\n+PEAR\n</SYNSETS>\n"
      "GREET  [040]\n"
      "- $ * WARMLY +  [042]\n"
      "- * &FRUIT +  [071]\n"
      "SHRUG [---]\n",
      "tabari");
  EXPECT_EQ(l.n.format, "tabari verbs");
  std::vector<std::string> got;
  for (const VerbPattern& p : l.e.verbs) {
    std::string s;
    for (const PatternElem& e : p.elems)
      s += (s.empty() ? "" : " ") + (e.kind == PatternElem::Kind::kSource   ? std::string("$")
                                     : e.kind == PatternElem::Kind::kTarget ? std::string("+")
                                                                            : e.word);
    got.push_back(s + "=" + p.code);
  }
  EXPECT_EQ(got, (std::vector<std::string>{"greet=040", "$ greet warmly +=042",
                                           "greet apple +=071", "greet pear +=071"}));
  EXPECT_EQ(l.n.null_codes, 1u);  // SHRUG [---]
}

std::vector<std::string> PatternTexts(const Entries& e) {
  std::vector<std::string> got;
  for (const VerbPattern& p : e.verbs) {
    std::string s;
    for (const PatternElem& x : p.elems)
      s += (s.empty() ? "" : " ") + (x.kind == PatternElem::Kind::kSource   ? std::string("$")
                                     : x.kind == PatternElem::Kind::kTarget ? std::string("+")
                                                                            : x.word);
    got.push_back(s + "=" + p.code + "@" + std::to_string(p.src.line));
  }
  return got;
}

TEST(ForeignLoader, PetrarchVerbBlocksShareTheirPatterns) {
  auto l = Load(
      "# invented\n"
      "####### SYNONYM SETS #######\n"
      "\n"
      "&GRAIN_\n"
      "+OATS\n"
      "+RYE\n"
      "\n"
      "####### VERB PATTERNS #######\n"
      "\n"
      "---  HURRY   [---]  ---\n"
      "HURRY {HURRIES HURRIED}\n"
      "+SPEED_UP  [042]\n"
      "- * (TO) +                   [042:043]     # HURRY\n"
      "- * {&GRAIN SHIPMENT}        [073]\n");
  EXPECT_TRUE(l.warnings.empty()) << l.warnings.front();
  EXPECT_EQ(l.n.format, "petrarch verbs");
  EXPECT_EQ(PatternTexts(l.e), (std::vector<std::string>{
                                   "hurry to +=042@13", "hurry oats shipment=073@14",
                                   "hurry rye shipment=073@14", "speed up=042@12",
                                   "speed up to +=042@13", "speed up oats shipment=073@14",
                                   "speed up rye shipment=073@14"}));
  EXPECT_EQ(l.n.null_codes, 1u);  // HURRY itself: the block's [---]
}

}  // namespace
}  // namespace dyad::dict
