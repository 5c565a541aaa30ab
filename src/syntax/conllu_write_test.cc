#include "syntax/conllu_write.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "syntax/chain_model_test_util.h"
#include "syntax/pipeline.h"

namespace dyad::syntax {
namespace {

const std::string kDoc = "Rain fell.\nKyiv\xE2\x80\x99s mayor didn\xE2\x80\x99t leave.";

Tree Second() {
  testing::ChainModel model;
  return AnalyzeSentence(model, kDoc, {11, static_cast<uint32_t>(kDoc.size())});
}

// Offsets by hand: "Rain fell.\n" is 11 bytes; ’ is 3 bytes, so "Kyiv" 11-15, "’s" 15-19,
// "mayor" 20-25, "did" 26-29, "n’t" 29-34, "leave" 35-40, "." 40-41 (the end of the text).
TEST(SyntaxConlluWrite, SentenceWithOffsetsAndSpaceAfter) {
  std::string out;
  AppendConlluNewDoc(out, "my doc");
  AppendConlluSentence(out, "my doc-2", kDoc, Second());
  const std::string want =
      "# newdoc id = my_doc\n"
      "# sent_id = my_doc-2\n"
      "# text = Kyiv\xE2\x80\x99s mayor didn\xE2\x80\x99t leave.\n"
      "1\tKyiv\tkyiv\tX\t4\t_\t0\troot\t_\tSpaceAfter=No|TokenRange=11:15\n"
      "2\t's\t's\tX\t2\t_\t1\tdep\t_\tTokenRange=15:19\n"
      "3\tmayor\tmayor\tX\t5\t_\t2\tdep\t_\tTokenRange=20:25\n"
      "4\tdid\tdid\tX\t3\t_\t3\tdep\t_\tSpaceAfter=No|TokenRange=26:29\n"
      "5\tn't\tn't\tX\t3\t_\t4\tdep\t_\tTokenRange=29:34\n"
      "6\tleave\tleave\tX\t5\t_\t5\tdep\t_\tSpaceAfter=No|TokenRange=35:40\n"
      "7\t.\t.\tPUNCT\t1\t_\t6\tdep\t_\tTokenRange=40:41\n"
      "\n";
  EXPECT_EQ(out, want);
}

TEST(SyntaxConlluWrite, TextOnOneLine) {
  testing::ChainModel model;
  const std::string doc = "Talks\n  ended\tlate.Next";
  Tree t = AnalyzeSentence(model, doc, {0, static_cast<uint32_t>(doc.find("Next"))});
  std::string out;
  AppendConlluSentence(out, "d-1", doc, t);
  EXPECT_EQ(out.substr(0, out.find('\n', 16) + 1), "# sent_id = d-1\n# text = Talks ended late.\n");
  // "." is followed by "Next" with no space between.
  EXPECT_NE(out.find("\tSpaceAfter=No|TokenRange=18:19\n"), std::string::npos) << out;
}

TEST(SyntaxConlluWrite, TreeWithoutOffsetsAndEmptyFields) {
  Tree t;
  Word a;
  a.form = "Go";
  Word b;
  b.form = "!";
  b.head = 0;
  b.deprel = "punct";
  t.words = {a, b};
  std::string out;
  AppendConlluSentence(out, "", "", t);
  EXPECT_EQ(out,
            "# sent_id = _\n# text = Go !\n"
            "1\tGo\t_\t_\t_\t_\t0\troot\t_\t_\n"
            "2\t!\t_\t_\t_\t_\t1\tpunct\t_\t_\n\n");
  std::string none;
  AppendConlluSentence(none, "x", "", Tree{});
  EXPECT_EQ(none, "");
}

TEST(SyntaxConlluWrite, JsonLine) {
  std::string out;
  AppendTreeJson(out, "my doc", "my doc-2", kDoc, Second());
  ASSERT_EQ(out.back(), '\n');
  ASSERT_EQ(out.find('\n'), out.size() - 1);
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["doc_id"], "my doc");
  EXPECT_EQ(j["sent_id"], "my doc-2");
  EXPECT_EQ(j["begin"], 11);
  EXPECT_EQ(j["end"], 41);
  EXPECT_EQ(j["text"], "Kyiv\xE2\x80\x99s mayor didn\xE2\x80\x99t leave.");
  ASSERT_EQ(j["words"].size(), 7u);
  EXPECT_EQ(j["words"][0]["head"], 0);
  EXPECT_EQ(j["words"][0]["deprel"], "root");
  EXPECT_EQ(j["words"][4]["id"], 5);
  EXPECT_EQ(j["words"][4]["form"], "n't");
  EXPECT_EQ(j["words"][4]["head"], 4);
  EXPECT_EQ(j["words"][4]["begin"], 29);
  EXPECT_EQ(j["words"][4]["end"], 34);
}

}  // namespace
}  // namespace dyad::syntax
