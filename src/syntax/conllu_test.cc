// syntax/conllu_test.cc: the CoNLL-U reader on small invented treebanks.
#include "syntax/conllu.h"

#include <gtest/gtest.h>

namespace dyad::syntax {
namespace {

// Two good sentences, written for this test.
const char kGood[] =
    "# sent_id = a1\n"
    "# text = Ministers met.\n"
    "1\tMinisters\tminister\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# sent_id = a2\n"
    "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
    "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
    "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "3.1\tgone\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "\n";

TEST(SyntaxConllu, ReadsWordsHeadsAndComments) {
  Treebank tb = ParseConllu(kGood, "good.conllu");
  ASSERT_TRUE(tb.errors.empty()) << tb.errors[0];
  ASSERT_EQ(tb.sentences.size(), 2u);
  const auto& s = tb.sentences[0];
  EXPECT_EQ(s.sent_id, "a1");
  EXPECT_EQ(s.text, "Ministers met.");
  ASSERT_EQ(s.tree.size(), 3u);
  EXPECT_EQ(s.tree.words[0].form, "Ministers");
  EXPECT_EQ(s.tree.words[0].lemma, "minister");
  EXPECT_EQ(s.tree.words[0].upos, "NOUN");
  EXPECT_EQ(s.tree.words[0].xpos, "NNS");
  EXPECT_EQ(s.tree.words[0].head, 1);
  EXPECT_EQ(s.tree.words[0].deprel, "nsubj");
  EXPECT_EQ(s.tree.words[1].head, -1);
  EXPECT_EQ(s.tree.words[2].head, 1);
  // The multi-word token line and the empty node are skipped; syntactic words kept.
  const auto& t = tb.sentences[1].tree;
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t.words[0].form, "do");
  EXPECT_EQ(t.words[1].form, "n't");
  EXPECT_EQ(t.words[1].head, 2);
  EXPECT_EQ(t.words[2].head, -1);
}

// A bad sentence between two good ones: the error names file and line, the good ones stay.
void ExpectOneError(const std::string& bad, const std::string& expected_prefix) {
  std::string text = std::string(kGood) + bad + "\n" + std::string(kGood);
  Treebank tb = ParseConllu(text, "t.conllu");
  EXPECT_EQ(tb.sentences.size(), 4u);
  ASSERT_EQ(tb.errors.size(), 1u);
  EXPECT_EQ(tb.errors[0].substr(0, expected_prefix.size()), expected_prefix) << tb.errors[0];
}

// kGood has 13 lines, so the bad block starts at line 14.
TEST(SyntaxConllu, WrongColumnCount) {
  ExpectOneError("1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\n", "t.conllu:14: expected 10");
}

TEST(SyntaxConllu, BadHead) {
  ExpectOneError("1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n2\tnow\tnow\tADV\tRB\t_\tx\tadvmod\t_\t_\n",
                 "t.conllu:15: bad HEAD 'x'");
}

TEST(SyntaxConllu, HeadOutOfRange) {
  ExpectOneError("1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n2\tnow\tnow\tADV\tRB\t_\t7\tadvmod\t_\t_\n",
                 "t.conllu:15: HEAD 7 out of range");
}

TEST(SyntaxConllu, IdsOutOfOrder) {
  ExpectOneError("1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n3\tnow\tnow\tADV\tRB\t_\t1\tadvmod\t_\t_\n",
                 "t.conllu:15: bad ID '3' (expected 2)");
}

TEST(SyntaxConllu, Cycle) {
  ExpectOneError(
      "1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
      "2\tnow\tnow\tADV\tRB\t_\t3\tadvmod\t_\t_\n"
      "3\there\there\tADV\tRB\t_\t2\tadvmod\t_\t_\n",
      "t.conllu:15: cycle");
}

TEST(SyntaxConllu, NoSingleRoot) {
  ExpectOneError(
      "1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
      "2\tnow\tnow\tADV\tRB\t_\t0\troot\t_\t_\n",
      "t.conllu:14: expected exactly one root, found 2");
}

TEST(SyntaxConllu, InvalidUtf8) {
  ExpectOneError("# text = ok\n1\tGo\xff\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n",
                 "t.conllu:15: invalid UTF-8");
}

TEST(SyntaxConllu, CommentOnlyBlockIsNoSentenceAndNoError) {
  Treebank tb = ParseConllu(std::string("# a header\n# about the file\n\n") + kGood, "h.conllu");
  EXPECT_TRUE(tb.errors.empty());
  EXPECT_EQ(tb.sentences.size(), 2u);
}

TEST(SyntaxConllu, MissingFileFails) {
  auto r = ReadConllu("/nonexistent/x.conllu");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("/nonexistent/x.conllu"), std::string::npos);
}

TEST(SyntaxConllu, ReadsUdEnglishWhenPresent) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/data/ud/en_ewt-ud-dev.conllu";
  auto r = ReadConllu(path);
  if (!r.ok()) GTEST_SKIP() << "UD data not present at " << path;
  EXPECT_TRUE(r->errors.empty()) << r->errors[0];
  EXPECT_GT(r->sentences.size(), 2000u);
}

}  // namespace
}  // namespace dyad::syntax
