// Tests of the mojibake repair, on the byte sequences found in the ICEWS cameo-codes.csv.
#include "eval/repair.h"

#include <gtest/gtest.h>

#include "io/utf8.h"

namespace dyad::eval {
namespace {

TEST(Repair, UndoesMacRomanCp1252RoundTrip) {
  EXPECT_EQ(RepairMojibake("Moscow\x82\xc4\xf4s will"), "Moscow\u2019s will");
  EXPECT_EQ(RepairMojibake("\x82\xc4\xfa" "Restore\x82\xc4\xf9"), "\u201cRestore\u201d");
  EXPECT_EQ(RepairMojibake("a \x82\xc4\xee b \x82\xc4\xec c"), "a \u2014 b \u2013 c");
  EXPECT_EQ(RepairMojibake("\xac\xa3" "12m"), "\u00a3" "12m");
}

TEST(Repair, FallsBackToCp1252AndKeepsUtf8) {
  EXPECT_EQ(RepairMojibake("caf\xe9"), "caf\u00e9");       // Latin-1 é
  EXPECT_EQ(RepairMojibake("x\x81y"), "x\ufffdy");          // undefined in cp1252
  EXPECT_EQ(RepairMojibake("\u00c7ankaya \u2019"), "\u00c7ankaya \u2019");  // already UTF-8
  std::string any;
  for (int b = 0; b < 256; ++b) any.push_back(static_cast<char>(b));
  EXPECT_EQ(io::FindInvalidUtf8(RepairMojibake(any)), std::string_view::npos);
}

}  // namespace
}  // namespace dyad::eval
