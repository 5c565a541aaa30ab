// Tests of actor mentions with tests/data/mini.dict.
#include "code/mentions.h"

#include <gtest/gtest.h>

#include <fstream>

#include "code/analyze.h"
#include "context/citations.h"
#include "dyad/dictionary.h"

namespace dyad::code {
namespace {

class MentionsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    DictionaryOptions o;
    o.load_defaults = false;
    o.extra_paths = {std::string(DYAD_TEST_DATA_DIR) + "/mini.dict"};
    auto r = Dictionary::Load(o);
    ASSERT_TRUE(r.ok()) << r.status().message();
    dict_ = r.value();
  }
  // The text of each mention of `text`, with its code on 2006-06-16.
  std::vector<std::string> Find(const std::string& text) {
    text_ = text;
    s_ = Analyze(text_, {0, static_cast<uint32_t>(text_.size())}, dict_->compiled().lemmatizer());
    context::MarkCitations(text_, &s_);
    std::vector<std::string> out;
    for (const auto& m : FindMentions(s_, dict_->compiled())) {
      std::string words = text_.substr(s_.tokens[m.first].begin, s_.tokens[m.last].end - s_.tokens[m.first].begin);
      out.push_back(words + "=" + (m.pronoun ? "PRON" : ResolveMention(m, 20060616).code));
    }
    return out;
  }
  static inline std::shared_ptr<const Dictionary> dict_;
  std::string text_;
  Sentence s_;
};

using V = std::vector<std::string>;

TEST_F(MentionsTest, CountryAgentAndPersonCompose) {
  EXPECT_EQ(Find("Kazakh Foreign Minister Kasymzhomart Tokayev arrived."),
            V{"Kazakh Foreign Minister Kasymzhomart Tokayev=KAZGOV"});
  EXPECT_EQ(Find("the Foreign Minister of Iran spoke"), V{"Foreign Minister of Iran=IRNGOV"});
  EXPECT_EQ(Find("Iranian troops moved"), V{"Iranian troops=IRNMIL"});
}

TEST_F(MentionsTest, LongestPhraseWins) {
  EXPECT_EQ(Find("the Republic of Kazakhstan said"), V{"Republic of Kazakhstan=KAZ"});
}

TEST_F(MentionsTest, AmbassadorToAPlaceStaysOneMention) {
  EXPECT_EQ(Find("the Iranian Ambassador to Kazakhstan, Tokayev, said"),
            V{"Iranian Ambassador to Kazakhstan, Tokayev=IRNGOV"});
  // "to" after a role that is not a posting is not absorbed.
  EXPECT_EQ(Find("the Iranian President to Kazakhstan"), (V{"Iranian President=IRNGOV", "Kazakhstan=KAZ"}));
}

TEST_F(MentionsTest, PronounsAndPairs) {
  EXPECT_EQ(Find("He said its army and the two sides met"),
            (V{"He=PRON", "its=PRON", "army=", "the two sides=PRON"}));
}

TEST_F(MentionsTest, CapitalsAndDatedPeople) {
  EXPECT_EQ(Find("Tehran and Astana"), (V{"Tehran=IRNGOV", "Astana=KAZGOV"}));
  EXPECT_EQ(Find("Nazarbayev spoke"), V{"Nazarbayev=KAZGOV"});
}

TEST_F(MentionsTest, CitationsAreNotMentions) {
  EXPECT_EQ(Find("Iran spoke (Tehran Times, June 8)."), V{"Iran=IRN"});
}

}  // namespace
}  // namespace dyad::code

namespace dyad::code {
namespace {

TEST_F(MentionsTest, ACountrysRoleIsOneActor) {
  EXPECT_EQ(Find("Iran's foreign minister said"), V{"Iran's foreign minister=IRNGOV"});
  EXPECT_EQ(Find("Iran's decision"), V{"Iran=IRN"});
}

TEST_F(MentionsTest, CapitalsAfterPlacePrepositionsArePlaces) {
  EXPECT_EQ(Find("officials met in Tehran"), V{});
  EXPECT_EQ(Find("a visit to Tehran"), V{"Tehran=IRNGOV"});
  EXPECT_EQ(Find("Tehran said"), V{"Tehran=IRNGOV"});
}

}  // namespace
}  // namespace dyad::code

// Coordination, identities, organisations with roles and "of"/"from" groups, with a few
// entries added to mini.dict (facts only).
namespace dyad::code {
namespace {

class MentionsMoreTest : public MentionsTest {
 protected:
  static void SetUpTestSuite() {
    std::string path = ::testing::TempDir() + "/mentions_more.dict";
    std::ofstream(path) << "[actors]\n"
                           "Hungarian => HUN\nRomanian => ROU\nIraqi => IRQ\nKenya => KEN\n"
                           "Yoruba => NGAYRB\nHamas => PSEREBMOSHMS\nRed Cross => NGOHLHIRC\n"
                           "UN; United Nations => IGOUNO\n"
                           "[agents]\nofficials => GOV\nmembers of parliament => LEG\n"
                           "opposition => OPP\nparty => PTY\nresidents => CVL\ndoctors => HLH\n"
                           "aid groups => NGO\nKurds; Kurdish => KRD\nShiite => MOSSHI\n";
    DictionaryOptions o;
    o.load_defaults = false;
    o.extra_paths = {std::string(DYAD_TEST_DATA_DIR) + "/mini.dict", path};
    auto r = Dictionary::Load(o);
    ASSERT_TRUE(r.ok()) << r.status().message();
    dict_ = r.value();
  }
};

TEST_F(MentionsMoreTest, CoordinatedCountryWordsShareTheRoleNoun) {
  EXPECT_EQ(Find("Senior Hungarian and Romanian officials agreed"),
            (V{"Hungarian=HUNGOV", "Romanian officials=ROUGOV"}));
  EXPECT_EQ(Find("U.S. and Iranian troops"), (V{"U.S.=USAMIL", "Iranian troops=IRNMIL"}));
  EXPECT_EQ(Find("German, British and Iranian troops"),
            (V{"German=DEUMIL", "British=GBRMIL", "Iranian troops=IRNMIL"}));
  // Countries coordinated without a shared role stay bare.
  EXPECT_EQ(Find("Iran and Germany agreed"), (V{"Iran=IRN", "Germany=DEU"}));
  EXPECT_EQ(Find("Iran, German troops"), (V{"Iran=IRN", "German troops=DEUMIL"}));
}

// A country's envoy posted to an organisation is the country's ("Russia's UN ambassador",
// "Britain's ambassador to the United Nations"), not the organisation's.
TEST_F(MentionsMoreTest, ACountrysEnvoyToAnOrganisationIsTheCountrys) {
  EXPECT_EQ(Find("Russia's UN ambassador spoke"), V{"Russia's UN ambassador=RUSGOV"});
  EXPECT_EQ(Find("Britain's ambassador to the United Nations spoke"),
            V{"Britain's ambassador to the United Nations=GBRGOV"});
  EXPECT_EQ(Find("the UN ambassador spoke"), V{"UN ambassador=IGOUNO"});  // an IGO code keeps its own
  // A possessive before an organisation that is no posting stays a possessive.
  EXPECT_EQ(Find("Russia's UN veto"), (V{"Russia=RUS", "UN=IGOUNO"}));
}

TEST_F(MentionsMoreTest, IdentitiesComposeAfterTheRole) {
  EXPECT_EQ(Find("Iraqi Kurds marched"), V{"Iraqi Kurds=IRQKRD"});
  EXPECT_EQ(Find("Iraqi Kurdish rebels"), V{"Iraqi Kurdish rebels=IRQREBKRD"});
  EXPECT_EQ(Find("Iraqi Shiite officials"), V{"Iraqi Shiite officials=IRQGOVMOSSHI"});
  EXPECT_EQ(Find("Kurds marched"), V{"Kurds="});  // no country: the coder fills it
  EXPECT_EQ(Find("Yoruba officials"), V{"Yoruba officials=NGAGOVYRB"});
}

TEST_F(MentionsMoreTest, OrganisationsAndCapitalsTakeRoleNouns) {
  EXPECT_EQ(Find("Hamas officials met"), V{"Hamas officials=PSEREBMOSHMS"});
  EXPECT_EQ(Find("Red Cross officials"), V{"Red Cross officials=NGOHLHIRC"});
  EXPECT_EQ(Find("Tehran residents"), V{"Tehran residents=IRNCVL"});
  EXPECT_EQ(Find("Tehran officials"), V{"Tehran officials=IRNGOV"});
}

TEST_F(MentionsMoreTest, GroupsAfterOfAndFrom) {
  EXPECT_EQ(Find("the leader of the Iranian opposition met"), V{"leader of the Iranian opposition=IRNOPP"});
  EXPECT_EQ(Find("doctors from two American aid groups"), V{"doctors from two American aid groups=USAHLH"});
  EXPECT_EQ(Find("members of parliament from Kenya's Liberal Democratic Party said"),
            V{"members of parliament from Kenya's Liberal Democratic Party=KENLEG"});
  // A bare country after "from" is a place.
  EXPECT_EQ(Find("troops from Iran"), (V{"troops=", "Iran=IRN"}));
}

}  // namespace
// Two people share the alias "Vello" (invented); the event's date says which one is meant,
// and a role's end date is inclusive.
TEST(MentionsByDate, SharedAliasResolvesToTheHolderOnTheDate) {
  const std::string path = ::testing::TempDir() + "/vello.dict";
  std::ofstream(path) << "[actors]\nOsterland => OST\n[people]\n"
                         "Arno Vello; Vello => OSTGOV 2001-01-01..2009-12-31\n"
                         "Mira Vello; Vello => OSTGOV 2016-05-01.., OSTOPP 2010-01-01..2016-04-30\n";
  DictionaryOptions o;
  o.load_defaults = false;
  o.extra_paths = {path};
  auto d = Dictionary::Load(o);
  ASSERT_TRUE(d.ok()) << d.status().message();
  const std::string text = "Vello met the press.";
  Sentence s = Analyze(text, {0, static_cast<uint32_t>(text.size())}, d.value()->compiled().lemmatizer());
  auto ms = FindMentions(s, d.value()->compiled());
  ASSERT_EQ(ms.size(), 1u);
  auto at = [&](int32_t date) {
    ResolvedCode r = ResolveMention(ms[0], date);
    return r.code + " " + r.name;
  };
  EXPECT_EQ(at(20050610), "OSTGOV Arno Vello");
  EXPECT_EQ(at(20091231), "OSTGOV Arno Vello");  // the last day of the term
  EXPECT_EQ(at(20120301), "OSTOPP Mira Vello");
  EXPECT_EQ(at(20160430), "OSTOPP Mira Vello");
  EXPECT_EQ(at(20160501), "OSTGOV Mira Vello");
}

}  // namespace dyad::code

namespace dyad::code {
namespace {

class MentionsAidTest : public MentionsTest {};

// "military" before a word for help names the help, not an actor; elsewhere it is one.
TEST_F(MentionsAidTest, MilitaryAidIsNoActor) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Iran sent military aid to Arnor"), (V{"Iran=IRN", "Arnor=ARN"}));
  EXPECT_EQ(Find("Iran pledged billions in military support"), V{"Iran=IRN"});
  EXPECT_EQ(Find("the Iranian military attacked Arnor"), (V{"Iranian military=IRNMIL", "Arnor=ARN"}));
}

}  // namespace
}  // namespace dyad::code

namespace dyad::code {
namespace {

// "US-led" is the United States, as the capitalised "US" is everywhere; "us-led" in lower
// case is no actor.
TEST_F(MentionsAidTest, UsLedIsTheUnitedStates) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("the US-led coalition"), V{"US-led=USA"});
  EXPECT_TRUE(Find("the us-led coalition").empty());
}

// "US $50 million" is money, not the United States; "US aid" still is.
TEST_F(MentionsAidTest, CountryBeforeADollarSignIsACurrency) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Germany paid US $50 million to Iran"), (V{"Germany=DEU", "Iran=IRN"}));
  EXPECT_EQ(Find("US aid to Iran"), (V{"US=USA", "Iran=IRN"}));
}

}  // namespace
}  // namespace dyad::code
