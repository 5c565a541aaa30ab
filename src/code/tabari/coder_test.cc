#include "code/tabari/coder.h"

#include <gtest/gtest.h>

#include "code/tabari/events.h"
#include "dict/tabari/actors_loader.h"
#include "dict/tabari/agents_loader.h"
#include "dict/tabari/verbs_loader.h"

namespace dyad::tabari {
namespace {

class CoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    LoadReport r;
    ActorsFile af;
    ParseActors("t.actors",
                {"<ADJECTIVE>", "EVIL", "</ADJECTIVE>", "ARNOR [ARN]", "GONDOR [GON]", "OSGILIATH [OSG]",
                 "ITHILEN [ITH]", "AXNOR [AR1 <911226] [AR2]", "SOCCER [###]", "UNITED_STATES [USA]"},
                &af, &r);
    std::vector<AgentEntry> ag;
    ParseAgents("t.agents", {"PRESIDENT_ [~GOVPRS]", "AMBASSADOR_ [~GOV]"}, &ag, &r);
    VerbsFile vf;
    ParseVerbs("t.verbs",
               {"RESTOR [064]", "- NOT * RELATIONS [112]", "ATTACK [190]", "MEET [031:031]", "SAID [023?]",
                "PRESENT [---]", "- * CREDENTIALS [032]", "FREE [066]", "- + * FROM $ [066]", "URGE [102]"},
               &vf, &r);
    ASSERT_TRUE(r.errors.empty()) << r.errors[0];
    lex_ = Lexicon::Build(std::move(af), std::move(ag), std::move(vf));
    opts_.minimum_words = 0;
  }
  std::vector<std::string> Code(const std::string& text, int32_t date = 19950101) {
    TabariCoder coder(*lex_);
    coder.Code(text, date, opts_, nullptr, &parse_, &res_);
    std::vector<std::string> out;
    for (const TabariEvent& e : res_.events) out.push_back(e.source + " " + e.target + " " + e.code);
    std::sort(out.begin(), out.end());
    return out;
  }
  std::unique_ptr<Lexicon> lex_;
  TabariOptions opts_;
  Parse parse_;
  CodeResult res_;
};

using V = std::vector<std::string>;

TEST_F(CoderTest, PatternAndDefaultSearch) {
  EXPECT_EQ(Code("Arnor is about to restore full diplomatic ties with Gondor."), V{"ARN GON 064"});
  EXPECT_EQ(Code("Arnor will not restore relations with Gondor."), V{"ARN GON 112"});
}

TEST_F(CoderTest, PassiveVoiceSwaps) {
  EXPECT_EQ(Code("Gondor was attacked by Arnor on Tuesday."), V{"ARN GON 190"});
}

TEST_F(CoderTest, DesignatedSourceAndTarget) {
  EXPECT_EQ(Code("Ithilen was freed from Osgiliath by the rebels."), V{"OSG ITH 066"});
}

TEST_F(CoderTest, PairedCodesAndCompounds) {
  EXPECT_EQ(Code("Arnor and Gondor will meet Ithilen."),
            (V{"ARN ITH 031", "GON ITH 031", "ITH ARN 031", "ITH GON 031"}));
}

TEST_F(CoderTest, AgentsAttachToActors) {
  EXPECT_EQ(Code("The ambassadors of Arnor presented credentials to Gondor's president."), V{"ARNGOV GONGOVPRS 032"});
}

TEST_F(CoderTest, DateRestrictedCodes) {
  EXPECT_EQ(Code("Axnor attacked Gondor.", 19911201), V{"AR1 GON 190"});
  EXPECT_EQ(Code("Axnor attacked Gondor.", 19920101), V{"AR2 GON 190"});
}

TEST_F(CoderTest, SubordinateCodeOnlyWithoutOthers) {
  EXPECT_EQ(Code("Arnor said Gondor is fine."), V{"ARN GON 023"});
  EXPECT_EQ(Code("Arnor said it attacked Gondor."), V{"ARN GON 190"});
}

TEST_F(CoderTest, DiscardAndNounShift) {
  Code("Arnor attacked Gondor after the soccer match.");
  EXPECT_TRUE(res_.discard);
  // A capitalised verb inside the sentence is a noun ("Restore"): no event.
  EXPECT_EQ(Code("Arnor is about To Restore ties with Gondor."), V{});
}

TEST_F(CoderTest, ComplexConditions) {
  opts_.noactprior = true;
  Code("Attacked Gondor yesterday.");
  EXPECT_TRUE(res_.complex);
}

TEST_F(CoderTest, EventsCarryOffsetsAndCameoFields) {
  std::string text = "Arnor attacked Gondor.";
  Code(text);
  Document doc;
  doc.id = "r1";
  doc.text = text;
  std::vector<Event> evs = ToEvents(res_, parse_, doc);
  ASSERT_EQ(evs.size(), 1u);
  const Event& e = evs[0];
  EXPECT_EQ(e.code, "190");
  EXPECT_EQ(e.root, "19");
  EXPECT_EQ(e.quad, 4);
  EXPECT_EQ(e.date, "1995-01-01");
  ASSERT_TRUE(e.source && e.target);
  EXPECT_EQ(e.source->text, "Arnor");
  EXPECT_EQ(e.source->country, "ARN");
  EXPECT_EQ(e.target->text, "Gondor");
  EXPECT_EQ(text.substr(e.target->start, e.target->end - e.target->start), "Gondor");
  EXPECT_EQ(e.evidence.verb, "attacked");
  EXPECT_EQ(e.evidence.where, "t.verbs:3");
}

TEST(FilterText, TabariFiltering) {
  std::string buf;
  std::vector<TokenText> toks;
  std::vector<uint8_t> cap;
  std::vector<uint32_t> b, f;
  bool all_caps = false;
  std::string text = "The U.S. sent 1,500 troops; al-Assad said \"no\".";
  FilterText(text, &buf, &toks, &cap, &all_caps, &b, &f);
  std::vector<std::string> got(toks.begin(), toks.end());
  EXPECT_EQ(got, (std::vector<std::string>{"THE", "U.S.", "SENT", "1500", "TROOPS", ",", "AL", "ASSAD", "SAID", "\"",
                                           "NO", "\"", "."}));
  EXPECT_FALSE(all_caps);
  EXPECT_TRUE(cap[1]);
  EXPECT_EQ(text.substr(b[3], f[3] - b[3]), "1,500");
}

TEST(LexiconWords, StemsExactAndEndings) {
  PWord stem{"SYRI", false, false, false};
  PWord exact{"OF", true, false, false};
  PWord noend{"MOUSE", true, true, false};
  EXPECT_TRUE(Lexicon::WordMatch(stem, "SYRIANS", Lexicon::Endings::kNone));
  EXPECT_FALSE(Lexicon::WordMatch(stem, "SYRACUSE", Lexicon::Endings::kNone));
  EXPECT_TRUE(Lexicon::WordMatch(exact, "OF", Lexicon::Endings::kNone));
  EXPECT_FALSE(Lexicon::WordMatch(exact, "OFFER", Lexicon::Endings::kVerb));
  PWord libya{"LIBYA", true, false, false};
  EXPECT_TRUE(Lexicon::WordMatch(libya, "LIBYA'S", Lexicon::Endings::kNoun));
  EXPECT_FALSE(Lexicon::WordMatch(libya, "LIBYA'S", Lexicon::Endings::kVerb));
  PWord deplore{"DEPLORE", true, false, false};
  EXPECT_TRUE(Lexicon::WordMatch(deplore, "DEPLORED", Lexicon::Endings::kVerb));
  EXPECT_FALSE(Lexicon::WordMatch(noend, "MOUSES", Lexicon::Endings::kNoun));
}

}  // namespace
}  // namespace dyad::tabari
