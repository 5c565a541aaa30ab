#include "dict/tabari/options_loader.h"

#include <gtest/gtest.h>

namespace dyad::tabari {
namespace {

TEST(OptionsLoader, ValidateOptionsCommands) {
  TabariOptions o;
  LoadReport r;
  ParseOptions("v.options",
               {"// comment", "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", "SET: SKIP RECORDS = FALSE",
                "OUTPUT: ACTOR MATCH ID", "//SET: CODE BY CLAUSE", "SET: LABEL = TRUE", "LABEL: 010=YIELD", "~~~~~"},
               &o, &r);
  EXPECT_TRUE(r.errors.empty()) << r.errors[0];
  EXPECT_EQ(o.complex_verbs, 5);
  EXPECT_EQ(o.complex_conj, 4);
  EXPECT_TRUE(o.noactprior);
  EXPECT_EQ(o.labels["010"], "YIELD");
  EXPECT_EQ(o.code_by, TabariOptions::CodeBy::kClause);
}

TEST(OptionsLoader, SetDefaultCommaForward) {
  TabariOptions o;
  std::string err;
  ASSERT_TRUE(ApplyOptionLine("SET: CODE BY SENTENCE", &o, &err));
  EXPECT_EQ(o.code_by, TabariOptions::CodeBy::kSentence);
  ASSERT_TRUE(ApplyOptionLine("SET: CODE ALL", &o, &err));
  EXPECT_EQ(o.code_by, TabariOptions::CodeBy::kAll);
  ASSERT_TRUE(ApplyOptionLine("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", &o, &err));
  EXPECT_EQ(o.default_source, "DEFSRC");
  EXPECT_TRUE(o.default_source_prior);
  EXPECT_EQ(o.default_target, "DEFTAR");
  EXPECT_TRUE(o.default_target_after);
  ASSERT_TRUE(ApplyOptionLine("DEFAULT: OFF", &o, &err));
  EXPECT_TRUE(o.default_source.empty());
  ASSERT_TRUE(ApplyOptionLine("COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8", &o, &err));
  EXPECT_EQ(o.comma_min, 4);
  EXPECT_EQ(o.comma_emin, 3);
  EXPECT_EQ(o.comma_bmax, 8);
  ASSERT_TRUE(ApplyOptionLine("COMMA: OFF", &o, &err));
  EXPECT_FALSE(o.comma_active);
  ASSERT_TRUE(ApplyOptionLine("SET: MINIMUM WORDS = 4", &o, &err));
  EXPECT_EQ(o.minimum_words, 4);
  ASSERT_TRUE(ApplyOptionLine("SET: TIME SHIFT = FALSE", &o, &err));
  EXPECT_EQ(o.time_shift, 0);
  ASSERT_TRUE(ApplyOptionLine("FORWARD: ^^*****NNN*SSS OFF", &o, &err));
  EXPECT_FALSE(o.forward);
  EXPECT_EQ(o.forward_format, "^^*****NNN*SSS");
}

TEST(OptionsLoader, UnknownCommandReportedWithLine) {
  TabariOptions o;
  LoadReport r;
  ParseOptions("v.options", {"SET: YYYY = TRUE", "FROBNICATE: 3", "SET: YYYY = MAYBE"}, &o, &r);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_NE(r.errors[0].find("v.options:2:"), std::string::npos);
  EXPECT_NE(r.errors[1].find("v.options:3:"), std::string::npos);
  EXPECT_TRUE(o.yyyy);
}

}  // namespace
}  // namespace dyad::tabari
