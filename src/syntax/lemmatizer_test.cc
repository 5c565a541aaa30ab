// syntax/lemmatizer_test.cc: suffix rules and exceptions learned from invented words.
#include "syntax/lemmatizer.h"

#include <gtest/gtest.h>

#include <array>

namespace dyad::syntax {
namespace {

Tree Words(std::initializer_list<std::array<const char*, 3>> rows) {
  Tree t;
  for (const auto& r : rows) {
    Word w;
    w.form = r[0];
    w.xpos = r[1];
    w.lemma = r[2];
    t.words.push_back(w);
  }
  return t;
}

TEST(SyntaxLemmatizer, LearnsSuffixRulesExceptionsAndKeepsProperNounCase) {
  Tree t = Words({{"studies", "NNS", "study"}, {"parties", "NNS", "party"}, {"ladies", "NNS", "lady"},
                  {"talks", "NNS", "talk"}, {"envoys", "NNS", "envoy"}, {"weapons", "NNS", "weapon"},
                  {"officials", "NNS", "official"}, {"went", "VBD", "go"},
                  {"walked", "VBD", "walk"}, {"signed", "VBD", "sign"}, {"Paris", "NNP", "Paris"},
                  {"Americans", "NNPS", "American"}, {"Germans", "NNPS", "German"}});
  Lemmatizer lem = Lemmatizer::Train({&t});
  EXPECT_EQ(lem.Lemma("cities", "NNS"), "city");     // unseen: the "ies" rule
  EXPECT_EQ(lem.Lemma("Rebels", "NNS"), "rebel");    // unseen, lower-cased, the "s" rule
  EXPECT_EQ(lem.Lemma("went", "VBD"), "go");         // an exception
  EXPECT_EQ(lem.Lemma("attacked", "VBD"), "attack"); // unseen: the "ed" rule
  EXPECT_EQ(lem.Lemma("Oslo", "NNP"), "Oslo");       // proper nouns keep their case
  EXPECT_EQ(lem.Lemma("Russians", "NNPS"), "Russian");
  EXPECT_EQ(lem.Lemma("The", "DT"), "the");          // unknown tag: the lower-cased form
}

}  // namespace
}  // namespace dyad::syntax
