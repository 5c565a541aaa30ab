#include "io/tabari_records.h"

#include <gtest/gtest.h>

namespace dyad::io {
namespace {

TEST(TabariRecords, HeaderTextCommentBlankLine) {
  std::string data =
      "\n# a comment line\n"
      "950103  DEMO-04\n"
      "Dagolath's minister left for \n"
      "Minas Tirith./*\\n---\n"
      "\\n{ DAG / GON / 032 } 950103\n"
      "\\n{ GON / DAG / 033 } */\n"
      "\n"
      "20150607 YYYY-01\n"
      "Fornost is about to restore ties.\n"
      "\n";
  auto recs = ParseTabariRecords(data);
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[0].date, "950103");
  EXPECT_EQ(recs[0].id, "DEMO-04");
  EXPECT_EQ(recs[0].line, 3);
  EXPECT_EQ(recs[0].text, "Dagolath's minister left for  Minas Tirith.");
  EXPECT_NE(recs[0].comment.find("DAG / GON / 032"), std::string::npos);
  EXPECT_NE(recs[0].comment.find("GON / DAG / 033"), std::string::npos);
  EXPECT_EQ(recs[1].date, "20150607");
  Document d = ToDocument(recs[1], "v.text");
  EXPECT_EQ(d.date, "2015-06-07");
  EXPECT_EQ(d.origin, "v.text:9");
  EXPECT_EQ(ToDocument(recs[0], "v.text").date, "1995-01-03");
}

TEST(TabariRecords, TextAfterClosedCommentIsComment) {
  auto recs = ParseTabariRecords("950104  P-26\nMordor welcomed Gondor. /* a */\n\\n{ GON / FOR / 044 } */\n\n");
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_EQ(recs[0].text, "Mordor welcomed Gondor. ");
  EXPECT_NE(recs[0].comment.find("GON / FOR / 044"), std::string::npos);
}

TEST(TabariRecords, BlankLineEndsUnclosedComment) {
  auto recs = ParseTabariRecords("950101 A\nArnor met Gondor. /* { ARN / GON / 031 }\n\n950101 B\nText. /* {---} */\n");
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[1].id, "B");
  EXPECT_EQ(recs[0].comment.find("---"), std::string::npos);
}

TEST(TabariRecords, MissingFile) {
  auto r = ReadTabariRecords("/nonexistent/x.text");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("/nonexistent/x.text"), std::string::npos);
}

}  // namespace
}  // namespace dyad::io
