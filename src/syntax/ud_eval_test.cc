#include "syntax/ud_eval.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "syntax/chain_model_test_util.h"

namespace dyad::syntax {
namespace {

// One word; `head` is 1-based as in CoNLL-U (0 = root).
Word W(const char* form, const char* lemma, const char* upos, const char* xpos, int head,
       const char* deprel) {
  Word w;
  w.form = form;
  w.lemma = lemma;
  w.upos = upos;
  w.xpos = xpos;
  w.head = head - 1;
  w.deprel = deprel;
  return w;
}

Tree T(std::vector<Word> words) {
  Tree t;
  t.words = std::move(words);
  return t;
}

std::vector<Tree> Gold() {
  return {T({W("Iran", "Iran", "PROPN", "NNP", 2, "nsubj"),
             W("rejected", "reject", "VERB", "VBD", 0, "root"),
             W("talks", "talk", "NOUN", "NNS", 2, "obj"),
             W(".", ".", "PUNCT", ".", 2, "punct")}),
          T({W("Talks", "talk", "NOUN", "NNS", 3, "nsubj:pass"),
             W("were", "be", "AUX", "VBD", 3, "aux:pass"),
             W("held", "hold", "VERB", "VBN", 0, "root"),
             W("by", "by", "ADP", "IN", 5, "case"),
             W("envoys", "envoy", "NOUN", "NNS", 3, "obl:agent")}),
          T({W("She", "_", "PRON", "PRP", 2, "nsubj"),
             W("left", "leave", "VERB", "VBD", 0, "root")})};
}

std::vector<Tree> System() {
  return {T({W("Iran", "Iran", "PROPN", "NNP", 2, "nsubj"),
             W("rejected", "reject", "VERB", "VBD", 0, "root"),
             W("talks", "talk", "VERB", "VBZ", 2, "obj"),      // tags wrong
             W(".", ".", "PUNCT", ".", 3, "punct")}),          // head wrong
          T({W("Talks", "talk", "NOUN", "NNS", 3, "nsubj"),     // subtype dropped: LAS right
             W("were", "be", "AUX", "VBD", 3, "aux"),          // the same
             W("held", "hold", "VERB", "VBD", 0, "root"),       // XPOS wrong
             W("by", "by", "ADP", "IN", 5, "case"),
             W("envoys", "envoys", "NOUN", "NNS", 3, "obj")}),  // lemma and label wrong
          T({W("She", "she", "PRON", "PRP", 2, "nsubj"),        // gold lemma "_": right
             W("left", "left", "ADJ", "JJ", 1, "amod")})};     // all wrong
}

// The scores, by hand (11 words: 4 + 5 + 2):
//   UPOS   9/11 = 81.82  (wrong: talks, left)
//   XPOS   8/11 = 72.73  (wrong: talks, held, left)
//   Lemmas 9/11 = 81.82  (wrong: envoys, left; She counts as right, gold "_")
//   UAS    9/11 = 81.82  (wrong: ".", left)
//   LAS    8/11 = 72.73  (wrong: ".", envoys (obl vs obj), left)
//   CLAS   gold content words: Iran talks rejected | Talks held envoys | She left = 8;
//          system content words: nsubj root obj | nsubj root obj | nsubj amod = 8;
//          right: 3 + 2 (envoys wrong) + 1 (left wrong) = 6 -> 6/8 = 75.00
//   nsubj  gold 3, system 3, correct 3 -> P 100, R 100, F1 100
//   root   gold 3, system 2, correct 2 -> P 100, R 66.67, F1 2*2/(3+2) = 80
//   obj    gold 1, system 2, correct 1 -> P 50, R 100, F1 2*1/(1+2) = 66.67
//   obl    gold 1, system 0, correct 0; amod gold 0, system 1; punct gold 1, system 1,
//          correct 0; aux and case gold 1, system 1, correct 1
TEST(SyntaxUdEval, HandComputedThreeSentences) {
  auto r = EvaluateTrees(Gold(), System());
  ASSERT_TRUE(r.ok()) << r.status().message();
  const UdEvaluation& e = r.value();
  EXPECT_EQ(e.sentences, 3u);
  EXPECT_EQ(e.words, 11u);
  EXPECT_NEAR(e.upos.F1(), 100.0 * 9 / 11, 1e-9);
  EXPECT_NEAR(e.upos.Precision(), 81.818181, 1e-4);
  EXPECT_NEAR(e.xpos.F1(), 72.727272, 1e-4);
  EXPECT_NEAR(e.lemmas.F1(), 81.818181, 1e-4);
  EXPECT_NEAR(e.uas.F1(), 81.818181, 1e-4);
  EXPECT_NEAR(e.las.F1(), 72.727272, 1e-4);
  EXPECT_EQ(e.clas.gold, 8u);
  EXPECT_EQ(e.clas.system, 8u);
  EXPECT_EQ(e.clas.correct, 6u);
  EXPECT_NEAR(e.clas.F1(), 75.0, 1e-9);

  const auto& rel = e.relations;
  EXPECT_EQ(rel.count("nsubj:pass"), 0u);  // only universal relations
  ASSERT_EQ(rel.count("nsubj"), 1u);
  EXPECT_EQ(rel.at("nsubj").gold, 3u);
  EXPECT_EQ(rel.at("nsubj").correct, 3u);
  EXPECT_NEAR(rel.at("root").Precision(), 100.0, 1e-9);
  EXPECT_NEAR(rel.at("root").Recall(), 66.666666, 1e-4);
  EXPECT_NEAR(rel.at("root").F1(), 80.0, 1e-9);
  EXPECT_NEAR(rel.at("obj").Precision(), 50.0, 1e-9);
  EXPECT_NEAR(rel.at("obj").F1(), 66.666666, 1e-4);
  EXPECT_EQ(rel.at("obl").gold, 1u);
  EXPECT_EQ(rel.at("obl").system, 0u);
  EXPECT_EQ(rel.at("amod").gold, 0u);
  EXPECT_EQ(rel.at("amod").system, 1u);
  EXPECT_EQ(rel.at("punct").correct, 0u);
  EXPECT_EQ(rel.at("case").correct, 1u);
}

TEST(SyntaxUdEval, PerfectSystemScoresHundred) {
  auto r = EvaluateTrees(Gold(), Gold());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().las.F1(), 100.0);
  EXPECT_EQ(r.value().relations.at("obl").F1(), 100.0);
}

TEST(SyntaxUdEval, DifferentTokenizationIsAnError) {
  auto sys = System();
  sys.pop_back();
  auto r = EvaluateTrees(Gold(), sys);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "gold has 3 sentences, the system 2");

  sys = System();
  sys[1].words.pop_back();
  r = EvaluateTrees(Gold(), sys);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "sentence 2: gold has 5 words, the system 4");

  sys = System();
  sys[2].words[1].form = "Left";
  r = EvaluateTrees(Gold(), sys);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "sentence 3 word 2: gold form 'left', system form 'Left'");
}

TEST(SyntaxUdEval, UniversalRelation) {
  EXPECT_EQ(UniversalRelation("nsubj:pass"), "nsubj");
  EXPECT_EQ(UniversalRelation("obl:agent"), "obl");
  EXPECT_EQ(UniversalRelation("root"), "root");
  EXPECT_EQ(UniversalRelation(""), "");
}

TEST(SyntaxUdEval, TableAndJson) {
  auto r = EvaluateTrees(Gold(), System());
  ASSERT_TRUE(r.ok());
  std::ostringstream table;
  WriteUdTable(r.value(), table);
  EXPECT_NE(table.str().find("LAS        |     72.73 |     72.73 |     72.73\n"), std::string::npos)
      << table.str();
  EXPECT_NE(table.str().find("root       |      3 |      2 |       2 |    100.00 |     66.67 |     80.00\n"),
            std::string::npos)
      << table.str();
  // nsubj (3 gold) is listed before obj (1 gold).
  EXPECT_LT(table.str().find("nsubj "), table.str().find("obj "));
  std::ostringstream json;
  WriteUdJson(r.value(), json);
  auto j = nlohmann::json::parse(json.str());
  EXPECT_EQ(j["words"], 11);
  EXPECT_DOUBLE_EQ(j["las"].get<double>(), 72.73);
  EXPECT_DOUBLE_EQ(j["upos"].get<double>(), 81.82);
  EXPECT_DOUBLE_EQ(j["relations"]["root"]["recall"].get<double>(), 66.67);
  EXPECT_EQ(j["relations"]["obj"]["system"], 2);
}

// The model gets the gold forms and nothing else of the gold annotation.
class FormsOnlyModel : public testing::ChainModel {
 public:
  void Annotate(Tree& tree) const override {
    for (const Word& w : tree.words)
      if (!w.upos.empty() || !w.lemma.empty() || w.head != -1 || !w.deprel.empty()) std::abort();
    ChainModel::Annotate(tree);
  }
};

TEST(SyntaxUdEval, ReparseGoldOnThreads) {
  Treebank tb;
  for (auto& t : Gold()) tb.sentences.push_back({"", "", t});
  FormsOnlyModel model;
  for (int threads : {1, 2, 0}) {
    auto sys = ReparseGold(model, tb, threads);
    ASSERT_EQ(sys.size(), 3u);
    auto r = EvaluateTrees(Gold(), sys);
    ASSERT_TRUE(r.ok()) << r.status().message();
    // The chain model's heads (1-based: the previous word, 0 for the first) against gold:
    //   s1: Iran (gold 2, chain root) no; rejected (gold root, chain 1) no; talks (gold 2,
    //       chain 2) yes; "." (gold 2, chain 3) no -> 1
    //   s2: heads 3 3 0 5 3 vs 0 1 2 3 4 -> none -> 0
    //   s3: heads 2 0 vs 0 1 -> none -> 0
    EXPECT_EQ(r.value().uas.correct, 1u) << threads;
  }
}

}  // namespace
}  // namespace dyad::syntax
