// The committed model against the figure its README promises: parse the EWT dev set
// (gold tokenization, predicted tags) and compare LAS with models/README.md's line
// "<!-- ci: ewt_dev_las=NN.NN -->". Bounded (2,001 sentences, seconds); it does not retrain.
// Skips when ../shared (the treebank) or the model is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "syntax/conllu.h"
#include "syntax/model.h"
#include "syntax/ud_eval.h"

namespace dyad::syntax {
namespace {

const std::string kModelDir = std::string(DYAD_TEST_DATA_DIR) + "/../../models";

// The LAS figure of models/README.md's CI line, or a negative number when there is none.
double ReadmeLas(const std::string& readme) {
  std::ifstream in(readme);
  std::stringstream ss;
  ss << in.rdbuf();
  std::smatch m;
  const std::string text = ss.str();
  static const std::regex kLine(R"(<!--\s*ci:\s*ewt_dev_las=([0-9]+(\.[0-9]+)?)\s*-->)");
  if (!std::regex_search(text, m, kLine)) return -1;
  return std::stod(m[1].str());
}

TEST(SyntaxModelCi, ReadmeFigureIsParsed) {
  const auto dir = std::filesystem::temp_directory_path() / "dyad-model-ci-readme.md";
  std::ofstream(dir) << "# Model\n\nLAS 80.1 on dev.\n<!-- ci: ewt_dev_las=81.27 -->\n";
  EXPECT_DOUBLE_EQ(ReadmeLas(dir.string()), 81.27);
  std::ofstream(dir) << "no figure here\n";
  EXPECT_LT(ReadmeLas(dir.string()), 0);
}

TEST(SyntaxModelCi, EwtDevLasMatchesReadme) {
  const std::string dev = std::string(DYAD_SHARED_DIR) + "/data/ud/en_ewt-ud-dev.conllu";
  const std::string model_path = kModelDir + "/en-ud.bin";
  if (!std::filesystem::exists(dev)) GTEST_SKIP() << "no EWT dev set at " << dev << " (../shared absent)";
  if (!std::filesystem::exists(model_path)) GTEST_SKIP() << "no committed model at " << model_path;
  const double promised = ReadmeLas(kModelDir + "/README.md");
  ASSERT_GE(promised, 0) << kModelDir << "/README.md lacks the line <!-- ci: ewt_dev_las=NN.NN -->";

  auto model = Model::Load(model_path);
  ASSERT_TRUE(model.ok()) << model.status().message();
  auto gold = ReadConllu(dev);
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  EXPECT_TRUE(gold.value().errors.empty()) << gold.value().errors.front();
  ASSERT_GT(gold.value().sentences.size(), 1900u);

  std::vector<Tree> gold_trees;
  for (const auto& s : gold.value().sentences) gold_trees.push_back(s.tree);
  auto scores = EvaluateTrees(gold_trees, ReparseGold(*model.value(), gold.value(), 0));
  ASSERT_TRUE(scores.ok()) << scores.status().message();
  const double las = scores.value().las.F1();
  EXPECT_NEAR(las, promised, 0.5) << "EWT dev LAS " << las << ", models/README.md says " << promised;
}

}  // namespace
}  // namespace dyad::syntax
