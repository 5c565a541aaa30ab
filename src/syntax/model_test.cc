// syntax/model_test.cc: training on a tiny invented treebank, the model file, the scorer.
#include "syntax/model.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "syntax/model_path.h"
#include "syntax/model_score.h"

namespace dyad::syntax {
namespace {

const std::string kTiny = std::string(DYAD_TEST_DATA_DIR) + "/syntax/tiny.conllu";

std::shared_ptr<const Model> TrainTiny(const Treebank& bank) {
  TrainOptions o;
  o.tagger_iterations = 10;
  o.parser_iterations = 15;
  o.jackknife_folds = 0;  // twelve sentences are too few to split
  auto m = Model::Train(bank, bank, o);
  EXPECT_TRUE(m.ok()) << m.status().message();
  return m.ok() ? m.value() : nullptr;
}

Tree FormsOnly(const Tree& gold) {
  Tree t;
  for (const Word& g : gold.words) {
    Word w;
    w.form = g.form;
    t.words.push_back(w);
  }
  return t;
}

void ExpectReproduces(const Model& m, const Treebank& bank) {
  for (const auto& s : bank.sentences) {
    Tree t = FormsOnly(s.tree);
    m.Annotate(t);
    for (size_t i = 0; i < t.size(); ++i) {
      const Word &g = s.tree.words[i], &p = t.words[i];
      EXPECT_EQ(p.upos, g.upos) << s.sent_id << " word " << i + 1 << " " << g.form;
      EXPECT_EQ(p.xpos, g.xpos) << s.sent_id << " word " << i + 1 << " " << g.form;
      EXPECT_EQ(p.lemma, g.lemma) << s.sent_id << " word " << i + 1 << " " << g.form;
      EXPECT_EQ(p.head, g.head) << s.sent_id << " word " << i + 1 << " " << g.form;
      EXPECT_EQ(p.deprel, g.deprel) << s.sent_id << " word " << i + 1 << " " << g.form;
    }
  }
}

TEST(SyntaxModel, TinyTreebankParsesItsOwnSentencesExactly) {
  auto bank = ReadConllu(kTiny);
  ASSERT_TRUE(bank.ok()) << bank.status().message();
  ASSERT_TRUE(bank->errors.empty()) << bank->errors[0];
  ASSERT_EQ(bank->sentences.size(), 12u);
  auto m = TrainTiny(*bank);
  ASSERT_NE(m, nullptr);
  ExpectReproduces(*m, *bank);
  SyntaxScores s = ScoreModel(*m, *bank);
  EXPECT_EQ(s.words, 90u);  // 8+5+7+8+7+8+7+9+8+7+8+8, counted by hand
  EXPECT_DOUBLE_EQ(s.las, 100.0);
}

TEST(SyntaxModel, SaveLoadRoundTripGivesTheSameAnalyses) {
  auto bank = ReadConllu(kTiny);
  ASSERT_TRUE(bank.ok());
  auto m = TrainTiny(*bank);
  ASSERT_NE(m, nullptr);
  std::string path = testing::TempDir() + "/tiny-model.bin";
  ASSERT_TRUE(m->Save(path).ok());
  auto loaded = Model::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  ExpectReproduces(*loaded.value(), *bank);
  // Saving the loaded model writes the same bytes.
  std::string path2 = testing::TempDir() + "/tiny-model2.bin";
  ASSERT_TRUE(loaded.value()->Save(path2).ok());
  std::ifstream a(path, std::ios::binary), b(path2, std::ios::binary);
  std::string sa((std::istreambuf_iterator<char>(a)), {}), sb((std::istreambuf_iterator<char>(b)), {});
  EXPECT_EQ(sa, sb);
  // Truncated: the message names the file.
  std::ofstream(path2, std::ios::binary | std::ios::trunc) << sa.substr(0, sa.size() / 2);
  auto cut = Model::Load(path2);
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.status().message().find(path2), std::string::npos);
  EXPECT_NE(cut.status().message().find("truncated"), std::string::npos);
  std::remove(path.c_str());
  std::remove(path2.c_str());
}

TEST(SyntaxModel, TrainingIsDeterministic) {
  auto bank = ReadConllu(kTiny);
  ASSERT_TRUE(bank.ok());
  auto m1 = TrainTiny(*bank), m2 = TrainTiny(*bank);
  ASSERT_NE(m1, nullptr);
  ASSERT_NE(m2, nullptr);
  std::string p1 = testing::TempDir() + "/det1.bin", p2 = testing::TempDir() + "/det2.bin";
  ASSERT_TRUE(m1->Save(p1).ok());
  ASSERT_TRUE(m2->Save(p2).ok());
  std::ifstream a(p1, std::ios::binary), b(p2, std::ios::binary);
  std::string sa((std::istreambuf_iterator<char>(a)), {}), sb((std::istreambuf_iterator<char>(b)), {});
  EXPECT_EQ(sa, sb);
  std::remove(p1.c_str());
  std::remove(p2.c_str());
}

TEST(SyntaxModel, LoadRejectsOtherFiles) {
  auto missing = Model::Load("/nonexistent/model.bin");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/model.bin"), std::string::npos);
  std::string path = testing::TempDir() + "/not-a-model.bin";
  std::ofstream(path) << "# just some text, not a model\n";
  auto bad = Model::Load(path);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("not a dyad syntax model"), std::string::npos);
  std::remove(path.c_str());
}

TEST(SyntaxModel, ScoreCounterMatchesHandCount) {
  // Gold: "Iran rejected talks": 0 nsubj->1, 1 root, 2 obj->1.
  Tree gold, pred;
  auto add = [](Tree& t, const char* upos, int head, const char* rel) {
    Word w;
    w.upos = upos;
    w.head = head;
    w.deprel = rel;
    t.words.push_back(w);
  };
  add(gold, "PROPN", 1, "nsubj:pass");
  add(gold, "VERB", -1, "root");
  add(gold, "NOUN", 1, "obj");
  add(pred, "PROPN", 1, "nsubj");  // right head, same universal relation: LAS yes, full no
  add(pred, "VERB", -1, "root");
  add(pred, "VERB", 0, "obj");     // wrong tag, wrong head
  ScoreCounter c;
  c.Add(gold, pred);
  SyntaxScores s = c.Scores();
  EXPECT_EQ(s.words, 3u);
  EXPECT_NEAR(s.upos, 200.0 / 3, 1e-9);
  EXPECT_NEAR(s.uas, 200.0 / 3, 1e-9);
  EXPECT_NEAR(s.las, 200.0 / 3, 1e-9);
  EXPECT_NEAR(s.las_full, 100.0 / 3, 1e-9);
}

// The committed model (models/en-ud.bin) on an invented sentence.
TEST(SyntaxModel, CommittedModelParsesASimpleSentence) {
  auto m = Model::Load(DefaultModelPath());
  if (!m.ok()) GTEST_SKIP() << "no committed model: " << m.status().message();
  Tree t;
  for (const char* f : {"The", "ministers", "rejected", "the", "new", "proposal", "in", "Geneva", "."}) {
    Word w;
    w.form = f;
    t.words.push_back(w);
  }
  m.value()->Annotate(t);
  EXPECT_EQ(t.words[1].upos, "NOUN");
  EXPECT_EQ(t.words[1].xpos, "NNS");
  EXPECT_EQ(t.words[1].lemma, "minister");
  EXPECT_EQ(t.words[2].lemma, "reject");
  EXPECT_EQ(t.words[7].lemma, "Geneva");
  EXPECT_EQ(t.words[2].head, -1);
  EXPECT_EQ(t.words[2].deprel, "root");
  EXPECT_EQ(t.words[1].head, 2);
  EXPECT_EQ(t.words[1].deprel, "nsubj");
  EXPECT_EQ(t.words[5].head, 2);
  EXPECT_EQ(t.words[5].deprel, "obj");
  EXPECT_EQ(t.words[4].deprel, "amod");
  EXPECT_EQ(t.words[7].head, 2);
  EXPECT_EQ(t.words[7].deprel, "obl");
  EXPECT_EQ(t.words[6].head, 7);
  EXPECT_EQ(t.words[6].deprel, "case");
}

}  // namespace
}  // namespace dyad::syntax
