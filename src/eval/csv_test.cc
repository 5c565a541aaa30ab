// Tests of the CSV reader: quoting, embedded commas, quotes and newlines, line numbers.
#include "eval/csv.h"

#include <gtest/gtest.h>

namespace dyad::eval {
namespace {

TEST(Csv, QuotedFieldsCommasQuotesAndNewlines) {
  auto r = ParseCsv("t.csv", "a,\"b,c\",\"say \"\"hi\"\"\"\n\"two\nlines\",,x\r\n");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].fields, (std::vector<std::string>{"a", "b,c", "say \"hi\""}));
  EXPECT_EQ((*r)[0].line, 1);
  EXPECT_EQ((*r)[1].fields, (std::vector<std::string>{"two\nlines", "", "x"}));
  EXPECT_EQ((*r)[1].line, 2);
}

TEST(Csv, LineNumbersCountNewlinesInsideQuotes) {
  auto r = ParseCsv("t.csv", "\"a\nb\",1\n\nc,2");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[1].line, 4);  // after a two-line record and a blank line
  EXPECT_EQ((*r)[1].fields, (std::vector<std::string>{"c", "2"}));
}

TEST(Csv, ErrorsNameFileAndLine) {
  auto open = ParseCsv("t.csv", "a,b\n\"never closed\n");
  ASSERT_FALSE(open.ok());
  EXPECT_NE(open.status().message().find("t.csv:"), std::string::npos);
  auto stray = ParseCsv("t.csv", "a,b\n\"x\"y,z\n");
  ASSERT_FALSE(stray.ok());
  EXPECT_NE(stray.status().message().find("t.csv:2"), std::string::npos);
}

}  // namespace
}  // namespace dyad::eval
