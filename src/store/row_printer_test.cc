// Tests of RowPrinter: each format's text for a few rows, worked out by hand, and the
// table's widths fixed by its first rows.
#include "store/row_printer.h"

#include <gtest/gtest.h>

#include <sstream>

namespace dyad::store {
namespace {

const std::vector<std::string> kColumns = {"code", "n", "text"};
const std::vector<bool> kNumeric = {false, true, false};

std::string Print(const std::string& format, std::vector<std::vector<std::string>> rows) {
  std::ostringstream out;
  RowPrinter p(out, format, kColumns, kNumeric);
  for (auto& r : rows) EXPECT_TRUE(p.Row(std::move(r)));
  EXPECT_TRUE(p.Finish());
  EXPECT_EQ(p.rows(), static_cast<int64_t>(rows.size()));
  return out.str();
}

TEST(RowPrinter, CsvQuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(Print("csv", {{"042", "3", "Iran, again"}, {"010", "", "say \"no\""}}),
            "code,n,text\n042,3,\"Iran, again\"\n010,,\"say \"\"no\"\"\"\n");
  EXPECT_EQ(Print("csv", {}), "code,n,text\n");
}

TEST(RowPrinter, JsonKeepsCodesAsStringsAndNumbersAsNumbers) {
  EXPECT_EQ(Print("json", {{"042", "3", "x"}, {"010", "", "y"}}),
            "{\"code\":\"042\",\"n\":3,\"text\":\"x\"}\n{\"code\":\"010\",\"n\":null,\"text\":\"y\"}\n");
}

TEST(RowPrinter, TableAlignsAndRightAlignsNumbers) {
  EXPECT_EQ(Print("table", {{"042", "3", "a"}, {"1823", "12", "b\tc"}}),
            "code  n   text\n"
            "----  --  ----\n"
            "042    3  a\n"
            "1823  12  b c\n");
}

TEST(RowPrinter, TableWidthsComeFromTheFirstRowsOnly) {
  std::vector<std::vector<std::string>> rows(RowPrinter::kTableSample, {"01", "1", "t"});
  rows.push_back({"0123456", "1", "t"});  // after the sample: overflows its column
  const std::string out = Print("table", rows);
  EXPECT_EQ(out.substr(0, out.find('\n')), "code  n  text");
  EXPECT_NE(out.find("\n0123456  1  t\n"), std::string::npos);
  EXPECT_NE(out.find("\n01    1  t\n"), std::string::npos);  // "01" padded to 4, then 2 spaces
}

}  // namespace
}  // namespace dyad::store
