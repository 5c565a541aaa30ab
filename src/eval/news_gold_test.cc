// Tests of the newsgold reader on the invented fixture tests/data/eval/news-mini/ and on
// bad input given in the test.
#include "eval/news_gold.h"

#include <gtest/gtest.h>

namespace dyad::eval {
namespace {

const std::string kGold = std::string(DYAD_TEST_DATA_DIR) + "/eval/news-mini/gold.jsonl";

TEST(NewsGold, ReadsDocumentsSentencesAndEvents) {
  auto g = ReadNewsGold(kGold);
  ASSERT_TRUE(g.ok()) << g.status().message();
  ASSERT_EQ(g->docs.size(), 2u);
  const NewsDoc& a = g->docs[0];
  EXPECT_EQ(a.id, "mini-a");
  EXPECT_EQ(a.date, "2025-03-14");
  EXPECT_EQ(a.where, kGold + ":1");
  ASSERT_EQ(a.sentences.size(), 3u);
  // docs/mini-a.txt: "Kazakhstan criticized Iran on Monday.\n\nThe Iranian ..." The first
  // sentence is 37 bytes; the second starts after the two newlines, at 39.
  EXPECT_EQ(a.sentences[0].start, 0u);
  EXPECT_EQ(a.sentences[0].end, 37u);
  EXPECT_EQ(a.sentences[1].start, 39u);
  EXPECT_EQ(a.text.substr(a.sentences[1].start, 11), "The Iranian");
  ASSERT_EQ(a.events.size(), 3u);
  const NewsEvent& e0 = a.events[0];
  EXPECT_EQ(e0.sentence, 0);
  EXPECT_EQ(e0.source.code, "KAZ");
  EXPECT_EQ(e0.source.alt, std::vector<std::string>{"KAZGOV"});
  EXPECT_EQ(e0.target.code, "IRN");
  EXPECT_EQ(e0.code, "111");
  EXPECT_EQ(e0.acceptable, std::vector<std::string>{"110"});
  EXPECT_EQ(e0.date, "2025-03-10");
  EXPECT_EQ(e0.location, "");  // null
  EXPECT_EQ(a.events[1].location, "Astana");
  EXPECT_EQ(a.events[1].date, "");  // null
  EXPECT_TRUE(a.events[2].negated);
  EXPECT_EQ(a.events[2].sentence, 2);
  EXPECT_EQ(a.events[2].where, kGold + ":1 s2 e0");

  const NewsDoc& b = g->docs[1];
  ASSERT_EQ(b.events.size(), 4u);
  EXPECT_FALSE(b.events[1].linked);
  EXPECT_TRUE(b.events[2].linked);
  EXPECT_EQ(b.events[3].target.code, "");  // "code": null: no actor
  EXPECT_EQ(b.events[3].target.text, "");
}

TEST(NewsGold, SentenceAtFindsTheSentenceHoldingAnOffset) {
  auto g = ReadNewsGold(kGold);
  ASSERT_TRUE(g.ok());
  const NewsDoc& a = g->docs[0];
  EXPECT_EQ(a.SentenceAt(0), 0);
  EXPECT_EQ(a.SentenceAt(38), 0);  // the blank line after sentence 0
  EXPECT_EQ(a.SentenceAt(39), 1);
  EXPECT_EQ(a.SentenceAt(100000), 2);
}

NewsTextFn Texts(std::string text) {
  return [text](const std::string& id) -> Result<std::string> {
    if (id == "missing") return Status::IoError("docs/missing.txt: cannot open");
    return text;
  };
}

std::string Rec(const std::string& id, const std::string& sentences) {
  return R"({"doc_id":")" + id + R"(","doc_date":"2020-01-02","sentences":)" + sentences + "}";
}

TEST(NewsGold, ErrorsNameTheFileLineAndSentence) {
  const std::string ok_sent = R"([{"index":0,"text":"Arnor met Gondor.","events":[]}])";
  auto fn = Texts("Arnor met Gondor. Rohan waited.");
  EXPECT_TRUE(ParseNewsGold("g.jsonl", Rec("d", ok_sent) + "\n", fn).ok());

  auto bad_json = ParseNewsGold("g.jsonl", Rec("d", ok_sent) + "\n{nope\n", fn);
  ASSERT_FALSE(bad_json.ok());
  EXPECT_NE(bad_json.status().message().find("g.jsonl:2"), std::string::npos);

  auto missing = ParseNewsGold("g.jsonl", Rec("missing", ok_sent), fn);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("missing.txt"), std::string::npos);

  // Sentences must occur in order: "Rohan waited." then "Arnor met Gondor." does not.
  auto order = ParseNewsGold(
      "g.jsonl",
      Rec("d", R"([{"text":"Rohan waited."},{"text":"Arnor met Gondor."}])"), fn);
  ASSERT_FALSE(order.ok());
  EXPECT_NE(order.status().message().find("g.jsonl:1 s1"), std::string::npos)
      << order.status().message();

  auto no_code = ParseNewsGold(
      "g.jsonl",
      Rec("d", R"([{"text":"Arnor met Gondor.","events":[{"source":{"code":"ARN"},"target":null}]}])"),
      fn);
  ASSERT_FALSE(no_code.ok());
  EXPECT_NE(no_code.status().message().find("s0 e0: the event has no code"), std::string::npos)
      << no_code.status().message();

  auto bad_flag = ParseNewsGold(
      "g.jsonl",
      Rec("d", R"([{"text":"Arnor met Gondor.","events":[{"source":{"code":"ARN"},"code":"040","negated":"yes"}]}])"),
      fn);
  ASSERT_FALSE(bad_flag.ok());
  EXPECT_NE(bad_flag.status().message().find("negated"), std::string::npos);

  EXPECT_FALSE(ParseNewsGold("g.jsonl", "\n\n", fn).ok());  // no documents
  EXPECT_FALSE(ReadNewsGold("/no/such/gold.jsonl").ok());
}

}  // namespace
}  // namespace dyad::eval
