// PETRARCH's unit-test records as a ctest: fails when fewer valid records pass than the
// threshold committed in tests/petrarch_validate_threshold.txt (which only ever goes up).
#include "eval/petrarch_validate.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace dyad::eval {
namespace {

const std::string kFile = std::string(DYAD_SHARED_DIR) + "/data/petrarch/PETR.UnitTest.records.xml";

TEST(PetrarchValidate, UnitTestRecordsPassThreshold) {
  if (!std::ifstream(kFile).good()) GTEST_SKIP() << "PETRARCH unit tests not found at " << kFile;
  std::ifstream th(std::string(DYAD_TEST_DATA_DIR) + "/../petrarch_validate_threshold.txt");
  ASSERT_TRUE(th.good()) << "tests/petrarch_validate_threshold.txt missing";
  int threshold = 0;
  th >> threshold;
  std::ostringstream out;
  auto r = RunPetrarchValidation(kFile, false, out);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_GE(r->passed, threshold) << out.str();
  EXPECT_EQ(r->passed + r->failed, 276);  // the file's valid records
  EXPECT_EQ(r->not_run, 5);
  EXPECT_NE(out.str().find(std::to_string(r->passed) + " passed, " + std::to_string(r->failed) +
                           " failed"),
            std::string::npos);
}

}  // namespace
}  // namespace dyad::eval
