// `dyad man` and `dyad completion` describe the CLI as it is defined.
#include <gtest/gtest.h>

#include "cli_test_util.h"

namespace {

using dyad::testing::RunDyad;

TEST(DocsCmd, ManPageListsEveryCommandAndOption) {
  auto r = RunDyad("man");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* s : {".TH DYAD 1", ".SS code", ".SS validate", ".SS dict", "\\-\\-dict\\-format",
                        "DYAD_DATA_DIR"})
    EXPECT_NE(r.out.find(s), std::string::npos) << s;
}

TEST(DocsCmd, CompletionOffersSubcommandsAndTheirOptions) {
  auto r = RunDyad("completion");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("complete -o filenames -F _dyad dyad"), std::string::npos);
  EXPECT_NE(r.out.find("code) local opts=\"--help -h --date"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--dict-format"), std::string::npos);
  EXPECT_EQ(r.out.find("man) local"), std::string::npos);  // the doc commands list themselves not
}

TEST(DocsCmd, VersionNamesTheDataDirectory) {
  auto r = RunDyad("--version");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("dyad 0.1.0 (", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("\ndata: "), std::string::npos) << r.out;
}

}  // namespace
