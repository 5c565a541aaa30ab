#include "context/modality.h"

#include <gtest/gtest.h>

#include "code/analyze.h"

namespace dyad::context {
namespace {

class ModalityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto l = lex::Lemmatizer::Open(DYAD_WORDNET_DIR);
    ASSERT_TRUE(l.ok()) << l.status().message();
    lemmatizer_ = std::move(l).value().release();
  }
  // The modality of the event whose verb is the word `verb` of `text`, with its source at
  // the word `source` (or the verb when empty).
  Modality Of(const std::string& text, const std::string& verb, const std::string& source = "") {
    texts_.push_back(text);
    const std::string& t = texts_.back();
    code::Sentence s = code::Analyze(t, {0, static_cast<uint32_t>(t.size())}, *lemmatizer_);
    size_t v = s.size(), src = s.size();
    for (size_t i = 0; i < s.size(); ++i) {
      if (v == s.size() && s.words[i] == verb) v = i;
      if (src == s.size() && !source.empty() && s.words[i] == source) src = i;
    }
    EXPECT_LT(v, s.size()) << "no word '" << verb << "' in: " << text;
    return FindModality(s, v, source.empty() ? v : src);
  }
  static inline lex::Lemmatizer* lemmatizer_ = nullptr;
  std::vector<std::string> texts_;
};

TEST_F(ModalityTest, PlainAssertionHasNoFlags) {
  Modality m = Of("Iran attacked Iraq on Monday.", "attacked");
  EXPECT_FALSE(m.negated);
  EXPECT_FALSE(m.hypothetical);
  EXPECT_FALSE(m.reported);
}

TEST_F(ModalityTest, NegationCues) {
  EXPECT_TRUE(Of("Iran did not attack Iraq.", "attack").negated);
  EXPECT_TRUE(Of("Iran didn't attack Iraq.", "attack").negated);
  EXPECT_TRUE(Of("Iran has never attacked Iraq.", "attacked").negated);
  EXPECT_TRUE(Of("Iran refused to meet Iraq.", "meet").negated);
  EXPECT_TRUE(Of("Iran denied that it attacked Iraq.", "attacked").negated);
  EXPECT_TRUE(Of("He brushed off rumors that Kazakhstan was conducting talks with Iran.", "conducting").negated);
  EXPECT_TRUE(Of("Iran rejected reports that its troops attacked Iraq.", "attacked").negated);
}

TEST_F(ModalityTest, NegationMustNotFire) {
  // "not only" stays far from the verb, and a denial after the verb governs nothing.
  EXPECT_FALSE(Of("Iran attacked Iraq and denied nothing.", "attacked").negated);
  EXPECT_FALSE(Of("Not far from the border, Iran attacked Iraq.", "attacked").negated);
}

TEST_F(ModalityTest, HypotheticalCues) {
  EXPECT_TRUE(Of("Iran will attack Iraq.", "attack").hypothetical);
  EXPECT_TRUE(Of("Iran might be given full membership.", "given").hypothetical);
  EXPECT_TRUE(Of("Iran may attack Iraq.", "attack").hypothetical);
  EXPECT_TRUE(Of("Iran plans to visit Iraq.", "visit").hypothetical);
  EXPECT_TRUE(Of("Iran intends to visit Iraq.", "visit").hypothetical);
  EXPECT_TRUE(Of("Iran hopes to visit Iraq.", "visit").hypothetical);
  EXPECT_TRUE(Of("If Iran attacks Iraq, the region will burn.", "attacks").hypothetical);
  EXPECT_TRUE(Of("Should Iran gain membership, Kazakhstan may suffer.", "gain").hypothetical);
}

TEST_F(ModalityTest, HypotheticalMustNotFire) {
  // "Will" and "May" as names and months are not modals.
  EXPECT_FALSE(Of("Yesterday Will Smith visited Iraq.", "visited").hypothetical);
  EXPECT_FALSE(Of("On May 5 Iran attacked Iraq.", "attacked").hypothetical);
  EXPECT_FALSE(Of("Theresa May visited Iraq.", "visited").hypothetical);
  EXPECT_FALSE(Of("Iran attacked Iraq.", "attacked").hypothetical);
  EXPECT_FALSE(Of("Kazakhstan gave up its arsenal of its own free will and opposes it.", "opposes").hypothetical);
}

TEST_F(ModalityTest, ReportedSpeech) {
  EXPECT_TRUE(Of("Officials said Iran attacked Iraq.", "attacked", "iran").reported);
  EXPECT_TRUE(Of("According to Iraq, Iran attacked the border.", "attacked", "iran").reported);
  // The speaker's own act is not reported.
  EXPECT_FALSE(Of("Iran said it attacked Iraq.", "said", "iran").reported);
}

TEST_F(ModalityTest, BareInfinitiveIsNotAsserted) {
  EXPECT_TRUE(Of("Europe needs to recognise that the crisis is not going away.", "recognise").hypothetical);
  EXPECT_TRUE(Of("It is possible to disagree with the strategy.", "disagree").hypothetical);
  EXPECT_FALSE(Of("Europe recognised the new government.", "recognised").hypothetical);
  // "to" before an inflected word is a preposition: "agreed to talks".
  EXPECT_FALSE(Of("Iran returned to talks with Germany.", "talks").hypothetical);
}

}  // namespace
}  // namespace dyad::context
