#include "syntax/pipeline.h"

#include <gtest/gtest.h>

#include <thread>

#include "syntax/chain_model_test_util.h"

namespace dyad::syntax {
namespace {

TEST(SyntaxPipeline, SentenceOfADocument) {
  testing::ChainModel model;
  const std::string doc = "Rain fell. Kyiv’s mayor didn’t leave.";
  const uint32_t b = static_cast<uint32_t>(doc.find("Kyiv"));
  Tree t = AnalyzeSentence(model, doc, {b, static_cast<uint32_t>(doc.size())});
  // Kyiv ’s mayor did n’t leave .
  ASSERT_EQ(t.size(), 7u);
  const char* want[] = {"Kyiv", "’s", "mayor", "did", "n’t", "leave", "."};
  for (size_t i = 0; i < t.size(); ++i) {
    const Word& w = t.words[i];
    EXPECT_EQ(doc.substr(w.begin, w.end - w.begin), want[i]);
    EXPECT_EQ(w.head, static_cast<int>(i) - 1);  // the model's work reached the tree
  }
  EXPECT_EQ(t.words[1].form, "'s");  // the model saw ASCII forms: lemma is the form
  EXPECT_EQ(t.words[1].lemma, "'s");
  EXPECT_EQ(t.words[4].lemma, "n't");
  EXPECT_EQ(t.words[0].begin, 11u);  // "Rain fell. " is 11 bytes
  EXPECT_EQ(t.words[3].source_token, t.words[4].source_token);
}

TEST(SyntaxPipeline, EmptySpanGivesAnEmptyTree) {
  testing::ChainModel model;
  EXPECT_EQ(AnalyzeSentence(model, "   ", {0, 3}).size(), 0u);
  EXPECT_EQ(AnalyzeSentence(model, "", {0, 0}).size(), 0u);
}

TEST(SyntaxPipeline, DocumentSentencesInOrder) {
  testing::ChainModel model;
  auto trees = AnalyzeDocument(model, "Iran objected. The talks ended on Monday.");
  ASSERT_EQ(trees.size(), 2u);
  EXPECT_EQ(trees[0].size(), 3u);
  EXPECT_EQ(trees[1].size(), 6u);
  EXPECT_EQ(trees[1].words[0].form, "The");
  EXPECT_EQ(trees[1].words[0].begin, 15u);
}

// Two threads over the same model give what one thread gives.
TEST(SyntaxPipeline, ThreadsAgree) {
  testing::ChainModel model;
  const std::string doc = "Officials in Ankara said on Tuesday that they won’t attend.";
  const Tree one = AnalyzeSentence(model, doc, {0, static_cast<uint32_t>(doc.size())});
  std::vector<Tree> got(2);
  std::vector<std::thread> ts;
  for (int k = 0; k < 2; ++k)
    ts.emplace_back([&, k] {
      for (int r = 0; r < 200; ++r) got[k] = AnalyzeSentence(model, doc, {0, static_cast<uint32_t>(doc.size())});
    });
  for (auto& t : ts) t.join();
  for (const Tree& t : got) {
    ASSERT_EQ(t.size(), one.size());
    for (size_t i = 0; i < t.size(); ++i) {
      EXPECT_EQ(t.words[i].form, one.words[i].form);
      EXPECT_EQ(t.words[i].begin, one.words[i].begin);
    }
  }
}

}  // namespace
}  // namespace dyad::syntax
