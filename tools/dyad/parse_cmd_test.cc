// Integration tests of `dyad parse`: the real binary, with a model trained on the tests'
// tiny invented treebank. The checks hold for any model (the shape of the output, offsets,
// order, exit codes), except ParsesATinyTreebankSentence; the committed model's accuracy is
// checked in src/syntax/model_ci_test.cc.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_test_util.h"
#include "syntax/ud_tokens.h"

namespace dyad::testing {
namespace {

// A model trained for these tests on the invented treebank tests/data/syntax/tiny.conllu
// (milliseconds), so that the tests run without the committed model.
const std::string& TinyModel() {
  static const std::string path = [] {
    const std::string out = (ScratchDir("parse-model") / "tiny.bin").string();
    auto r = RunDyad("train-parser --train " + std::string(DYAD_TEST_DATA_DIR) +
                     "/syntax/tiny.conllu --jackknife 0 --out " + out);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return out;
  }();
  return path;
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

struct Sentence {
  std::string sent_id, text;
  std::vector<std::vector<std::string>> rows;  // ten columns each
};

// Splits CoNLL-U output into sentences; fails the test on a malformed line.
std::vector<Sentence> ReadConllu(const std::string& out) {
  std::vector<Sentence> sents;
  Sentence cur;
  for (const std::string& line : Split(out, '\n')) {
    if (line.empty()) {
      if (!cur.rows.empty()) sents.push_back(cur);
      cur = Sentence();
    } else if (line.rfind("# sent_id = ", 0) == 0) {
      cur.sent_id = line.substr(12);
    } else if (line.rfind("# text = ", 0) == 0) {
      cur.text = line.substr(9);
    } else if (line[0] != '#') {
      auto cols = Split(line, '\t');
      EXPECT_EQ(cols.size(), 10u) << line;
      cur.rows.push_back(cols);
    }
  }
  return sents;
}

// Every word's TokenRange points at bytes whose UD form is the word's FORM; heads make a
// tree with one root.
void CheckSentence(const Sentence& s, const std::string& doc) {
  int roots = 0;
  for (size_t i = 0; i < s.rows.size(); ++i) {
    const auto& c = s.rows[i];
    ASSERT_EQ(c.size(), 10u);
    EXPECT_EQ(c[0], std::to_string(i + 1));
    const size_t at = c[9].find("TokenRange=");
    ASSERT_NE(at, std::string::npos) << c[9];
    auto range = Split(c[9].substr(at + 11), ':');
    const size_t b = std::stoul(range[0]), e = std::stoul(range[1]);
    ASSERT_LT(b, e);
    ASSERT_LE(e, doc.size());
    EXPECT_EQ(syntax::UdForm(doc.substr(b, e - b)), c[1]) << s.sent_id;
    const int head = std::stoi(c[6]);
    EXPECT_GE(head, 0);
    EXPECT_LE(head, static_cast<int>(s.rows.size()));
    EXPECT_NE(head, static_cast<int>(i + 1));
    if (head == 0) {
      ++roots;
      EXPECT_EQ(c[7], "root");
    }
    EXPECT_NE(c[3], "_") << "UPOS missing";
  }
  EXPECT_EQ(roots, 1) << s.sent_id;
}

TEST(ParseCommand, Help) {
  auto r = RunDyad("parse --help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* opt : {"--model", "--format", "--threads", "--eval", "--json"})
    EXPECT_NE(r.out.find(opt), std::string::npos) << opt;
}

TEST(ParseCommand, MissingModelIsAnError) {
  auto r = RunDyad("parse --model /no/such/model.bin /dev/null");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/no/such/model.bin"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST(ParseCommand, JsonNeedsEval) {
  EXPECT_EQ(RunDyad("parse --json /dev/null").exit_code, 2);
  EXPECT_EQ(RunDyad("parse --format xml /dev/null").exit_code, 2);
}

TEST(ParseCommand, ConlluFromText) {
  auto dir = ScratchDir("parse-text");
  const std::string doc =
      "Erdo\xC4\x9F" "an\xE2\x80\x99s spokesman said Ankara wouldn\xE2\x80\x99t send troops.\n\n"
      "\xE2\x80\x9CWe are ready,\xE2\x80\x9D Zelenskyy\xE2\x80\x94who met the U.S. envoy\xE2\x80\x94told reporters.";
  auto f = WriteFile(dir / "story.txt", doc);
  auto r = RunDyad("parse --model " + TinyModel() + " " + f);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("# newdoc id = story.txt\n", 0), 0u) << r.out;
  auto sents = ReadConllu(r.out);
  ASSERT_EQ(sents.size(), 2u) << r.out;
  EXPECT_EQ(sents[0].sent_id, "story.txt-1");
  EXPECT_EQ(sents[1].sent_id, "story.txt-2");
  EXPECT_EQ(sents[0].text, doc.substr(0, doc.find("\n")));
  for (const auto& s : sents) CheckSentence(s, doc);
  // "wouldn’t" is "would" + "n't", glued.
  const auto& row = sents[0].rows[5];
  EXPECT_EQ(row[1], "would");
  EXPECT_EQ(row[9].rfind("SpaceAfter=No|", 0), 0u);
  EXPECT_EQ(sents[0].rows[6][1], "n't");
}

// A sentence of the tiny treebank, written as running text with a curly apostrophe: the
// words are UD's ("did" "n't"), the tags and tree the treebank's (the model learnt them
// exactly), the offsets the text's.
TEST(ParseCommand, ParsesATinyTreebankSentence) {
  auto dir = ScratchDir("parse-tiny");
  auto f = WriteFile(dir / "t.txt", "The president didn\xE2\x80\x99t sign the treaty.\n");
  auto r = RunDyad("parse --model " + TinyModel() + " " + f);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string want =
      "# newdoc id = t.txt\n"
      "# sent_id = t.txt-1\n"
      "# text = The president didn\xE2\x80\x99t sign the treaty.\n"
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tTokenRange=0:3\n"
      "2\tpresident\tpresident\tNOUN\tNN\t_\t5\tnsubj\t_\tTokenRange=4:13\n"
      "3\tdid\tdo\tAUX\tVBD\t_\t5\taux\t_\tSpaceAfter=No|TokenRange=14:17\n"
      "4\tn't\tnot\tPART\tRB\t_\t5\tadvmod\t_\tTokenRange=17:22\n"
      "5\tsign\tsign\tVERB\tVB\t_\t0\troot\t_\tTokenRange=23:27\n"
      "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\tTokenRange=28:31\n"
      "7\ttreaty\ttreaty\tNOUN\tNN\t_\t5\tobj\t_\tSpaceAfter=No|TokenRange=32:38\n"
      "8\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\tTokenRange=38:39\n"
      "\n";
  EXPECT_EQ(r.out, want);
}

std::string Id(int i) {
  std::string id = "n";
  id += std::to_string(i);
  return id;
}

TEST(ParseCommand, JsonLinesInOrderOnThreadsAndBadLines) {
  auto dir = ScratchDir("parse-jsonl");
  std::string lines;
  for (int i = 0; i < 40; ++i) {
    if (i == 5) lines += "{\"id\": \"broken\", \"text\": \n";
    lines += "{\"id\": \"" + Id(i) + "\", \"text\": \"The minister visited Baku on " +
             "Monday. Talks ended after " + std::to_string(i + 2) + " hours.\"}\n";
  }
  auto f = WriteFile(dir / "docs.jsonl", lines);
  auto one = RunDyad("parse --model " + TinyModel() + " --format jsonl --threads 1 " + f);
  EXPECT_EQ(one.exit_code, 2);
  EXPECT_NE(one.err.find("docs.jsonl:6"), std::string::npos) << one.err;
  std::istringstream in(one.out);
  std::vector<nlohmann::json> got;
  for (std::string line; std::getline(in, line);) got.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(got.size(), 80u);
  for (int i = 0; i < 40; ++i) {
    EXPECT_EQ(got[2 * i]["doc_id"], Id(i));
    EXPECT_EQ(got[2 * i + 1]["sent_id"], Id(i) + "-2");
  }
  EXPECT_EQ(got[0]["text"], "The minister visited Baku on Monday.");
  EXPECT_EQ(got[0]["words"].size(), 7u);
  EXPECT_EQ(got[1]["begin"], 37);  // after "...Monday. "
  for (const char* t : {"2", "0"}) {
    auto many = RunDyad("parse --model " + TinyModel() + " --format jsonl --threads " + t + " " + f);
    EXPECT_EQ(many.exit_code, 2);
    EXPECT_EQ(many.out, one.out) << "--threads " << t;
  }
}

TEST(ParseCommand, Stdin) {
  auto dir = ScratchDir("parse-stdin");
  auto f = WriteFile(dir / "in.txt", "Iran objected.");
  auto r = RunDyad("parse --model " + TinyModel() + " -", f);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto sents = ReadConllu(r.out);
  ASSERT_EQ(sents.size(), 1u);
  EXPECT_EQ(sents[0].sent_id, "stdin-1");
  EXPECT_EQ(sents[0].rows.size(), 3u);
}

// An invented gold file: three sentences, one of them broken (HEAD out of range).
const char* kGold =
    "# sent_id = g1\n# text = Envoys met.\n"
    "1\tEnvoys\tenvoy\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
    "# sent_id = g2\n# text = Bad head.\n"
    "1\tBad\tbad\tADJ\tJJ\t_\t9\tamod\t_\t_\n"
    "2\thead\thead\tNOUN\tNN\t_\t0\troot\t_\t_\n\n"
    "# sent_id = g3\n# text = The talks ended.\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\ttalks\ttalk\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\tended\tend\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

TEST(ParseCommand, EvalTableAndJson) {
  auto dir = ScratchDir("parse-eval");
  auto gold = WriteFile(dir / "gold.conllu", kGold);
  auto r = RunDyad("parse --model " + TinyModel() + " --eval " + gold);
  EXPECT_EQ(r.exit_code, 2);  // the broken sentence is reported and skipped
  EXPECT_NE(r.err.find("gold.conllu:"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("2 sentences, 7 words"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\nLAS        | "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\npunct      |      2 |"), std::string::npos) << r.out;

  auto j = RunDyad("parse --model " + TinyModel() + " --threads 2 --eval " + gold + " --json");
  EXPECT_EQ(j.exit_code, 2);
  auto v = nlohmann::json::parse(j.out);
  EXPECT_EQ(v["sentences"], 2);
  EXPECT_EQ(v["words"], 7);
  EXPECT_GE(v["las"].get<double>(), 0.0);
  EXPECT_LE(v["las"].get<double>(), v["uas"].get<double>());
  EXPECT_EQ(v["relations"]["nsubj"]["gold"], 2);
}

TEST(ParseCommand, BrokenPipeIsNotAnError) {
  auto dir = ScratchDir("parse-pipe");
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "Iran rejected the proposal. ";
  auto f = WriteFile(dir / "big.txt", text);
  std::string cmd = std::string("set -o pipefail; ") + DYAD_BINARY + " parse --threads 2 --model " +
                    TinyModel() + " " + f + " 2>" + (dir / "err").string() + " | head -c 10 >/dev/null";
  int status = std::system(("bash -c '" + cmd + "'").c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(ReadAll((dir / "err").string()), "");
}

TEST(ParseCommand, EvalExcludesFiles) {
  EXPECT_EQ(RunDyad("parse --eval /dev/null /dev/null").exit_code, 2);
}

}  // namespace
}  // namespace dyad::testing
