// Tests of the word-level clause tests (code/clause_words.h) on invented sentences and the
// actors of tests/data/mini.dict.
#include "code/clause_words.h"

#include <gtest/gtest.h>

#include "code/analyze.h"
#include "code/coder_test_util.h"  // MiniDict

namespace dyad::code {
namespace {

class ClauseWordsTest : public ::testing::Test {
 protected:
  void Read(const std::string& text) {
    text_ = text;
    const auto& dict = MiniDict()->compiled();
    s_ = Analyze(text_, {0, static_cast<uint32_t>(text_.size())}, dict.lemmatizer());
    ms_ = FindMentions(s_, dict);
    mention_at_.assign(s_.size(), kNoMention);
    for (size_t k = 0; k < ms_.size(); ++k)
      for (size_t t = ms_[k].first; t <= ms_[k].last; ++t) mention_at_[t] = k;
  }
  // The token index of the first word `w` (as s_.words has it: lower case).
  size_t At(std::string_view w) const {
    for (size_t t = 0; t < s_.size(); ++t)
      if (s_.words[t] == w) return t;
    ADD_FAILURE() << "no word " << w;
    return 0;
  }
  std::string text_;
  Sentence s_;
  std::vector<Mention> ms_;
  std::vector<size_t> mention_at_;
};

const auto kNone = [](size_t) { return false; };

TEST_F(ClauseWordsTest, AListEndingInAndIsOneCoordination) {
  Read("Kazakhstan, Iran and Germany signed the accord.");
  ASSERT_EQ(ms_.size(), 3u);
  EXPECT_EQ(Conjuncts(s_, ms_, 0, kNone), (std::vector<size_t>{1, 2}));
  EXPECT_EQ(Conjuncts(s_, ms_, 2, kNone), (std::vector<size_t>{1, 0}));
}

TEST_F(ClauseWordsTest, ACommaAloneDoesNotCoordinate) {
  Read("Kazakhstan, Iran said, would not attend.");
  ASSERT_EQ(ms_.size(), 2u);
  EXPECT_TRUE(Conjuncts(s_, ms_, 0, kNone).empty());
}

TEST_F(ClauseWordsTest, AMentionTakenByAnotherClauseIsNoConjunct) {
  Read("Germany criticized Iran and Russia praised China.");
  ASSERT_EQ(ms_.size(), 4u);
  EXPECT_EQ(Conjuncts(s_, ms_, 1, kNone), (std::vector<size_t>{2}));
  auto russia_is_a_subject = [](size_t k) { return k == 2; };
  EXPECT_TRUE(Conjuncts(s_, ms_, 1, russia_is_a_subject).empty());
}

TEST_F(ClauseWordsTest, ThatOpensAnotherClause) {
  Read("Iran said on Monday that it would meet Germany in August.");
  EXPECT_TRUE(ThatBetween(s_, At("said"), At("august")));  // words are lower case
  EXPECT_FALSE(ThatBetween(s_, At("said"), At("monday")));
}

TEST_F(ClauseWordsTest, AMentionOpensTheSentenceAfterAFrontedAdverbial) {
  Read("Last week, Germany warned Iran.");
  ASSERT_EQ(ms_.size(), 2u);
  EXPECT_TRUE(OpensSentence(s_, ms_[0]));
  EXPECT_FALSE(OpensSentence(s_, ms_[1]));
  EXPECT_EQ(OpeningMention(s_, ms_, 1), 0u);
}

TEST_F(ClauseWordsTest, APlacePrepositionMakesAMentionAPlace) {
  Read("Germany sent aid into Ukraine and money to Georgia.");
  ASSERT_EQ(ms_.size(), 3u);
  EXPECT_FALSE(AfterPlacePreposition(s_, ms_[0]));
  EXPECT_TRUE(AfterPlacePreposition(s_, ms_[1]));
  EXPECT_FALSE(AfterPlacePreposition(s_, ms_[2]));
}

TEST_F(ClauseWordsTest, AWordAfterADeterminerReadsAsANoun) {
  Read("The states met Iran.");
  EXPECT_TRUE(NounContext(s_, mention_at_, At("states")));
  Read("Iran met Western states.");
  EXPECT_TRUE(NounContext(s_, mention_at_, At("states")));  // a capitalised word that is no actor
  Read("Western states met Iran.");
  EXPECT_FALSE(NounContext(s_, mention_at_, At("states")));  // ... but not the sentence's first
  Read("Iran on Wednesday states its case.");
  EXPECT_FALSE(NounContext(s_, mention_at_, At("states")));  // a weekday before it is a date
}

TEST_F(ClauseWordsTest, APossessiveInAFrontedPhraseRefersForward) {
  Read("During his visit to Tehran, Tokayev met Iran.");
  ASSERT_GE(ms_.size(), 2u);
  EXPECT_TRUE(ms_[0].pronoun);
  EXPECT_TRUE(FrontedPhrase(s_, ms_, 0));
}

}  // namespace
}  // namespace dyad::code

namespace dyad::code {
namespace {

TEST(ClauseWords, Negators) {
  EXPECT_TRUE(Negator("not"));
  EXPECT_TRUE(Negator("never"));
  EXPECT_TRUE(Negator("n't"));
  EXPECT_TRUE(Negator("didn't"));
  EXPECT_FALSE(Negator("nor"));  // joins clauses; not a negation of the verb it precedes
  EXPECT_FALSE(Negator("note"));
  EXPECT_FALSE(Negator("nt"));
}

}  // namespace
}  // namespace dyad::code
