// Integration tests of `dyad dict lint`: exit codes and output on tests/data/lint/.
#include <gtest/gtest.h>

#include "cli_test_util.h"

namespace dyad::testing {
namespace {

const std::string kLint = std::string(DYAD_TEST_DATA_DIR) + "/lint/";

TEST(DictLintCommand, CleanExitsZero) {
  auto r = RunDyad("dict lint " + kLint + "clean.dict");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("no findings"), std::string::npos);
}

TEST(DictLintCommand, FindingsExitOne) {
  auto r = RunDyad("dict lint " + kLint + "dirty.dict");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  std::string f = kLint + "dirty.dict";
  EXPECT_NE(r.out.find(f + ":7: load: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(f + ":5: duplicate: "), std::string::npos);
  EXPECT_NE(r.out.find("(first at " + f + ":3)"), std::string::npos);
  EXPECT_NE(r.out.find(f + ":6: conflict: "), std::string::npos);
  EXPECT_NE(r.out.find(f + ":15: pattern-duplicate: "), std::string::npos);
  EXPECT_NE(r.out.find(f + ":16: pattern-shadowed: "), std::string::npos);
  EXPECT_NE(r.out.find(f + ":9: date-overlap: "), std::string::npos);
  EXPECT_NE(r.err.find("7 finding(s)"), std::string::npos) << r.err;
}

TEST(DictLintCommand, DirectoryAndErrors) {
  // The directory holds both files: the dirty one's findings are reported.
  EXPECT_EQ(RunDyad("dict lint " + kLint).exit_code, 1);
  EXPECT_EQ(RunDyad("dict lint /no/such/path.dict").exit_code, 2);
  EXPECT_EQ(RunDyad("dict").exit_code, 2);  // a dict subcommand is required
}

}  // namespace
}  // namespace dyad::testing
