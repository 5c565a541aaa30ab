// Tests of actor mentions with tests/data/mini.dict.
#include "code/mentions.h"

#include <gtest/gtest.h>

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
