// The golden comparison of the Guardian sample's events: `dyad code` with the default
// dictionaries over ../shared/data/corpus/guardian-2019-sample.jsonl must give exactly
// the events listed in tests/golden/guardian-events.tsv (format: src/eval/golden.h).
// A change that moves events fails here with a summary of what moved; when the move is
// meant, regenerate the file with scripts/update-golden.sh (which sets
// DYAD_UPDATE_GOLDEN=1 for this test) and commit it with the reason.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "cli_test_util.h"
#include "eval/golden.h"

namespace dyad::testing {
namespace {

const std::string kGolden = std::string(DYAD_TEST_DATA_DIR) + "/../golden/guardian-events.tsv";

const char* const kHeader =
    "# The Guardian sample's events, coded by `dyad code` with the default dictionaries.\n"
    "# Checked by tools/dyad/guardian_golden_test.cc; regenerate ON PURPOSE with\n"
    "# scripts/update-golden.sh and say in the commit why the events moved.\n"
    "# doc_id\tsentence\tverb_start\tsource\ttarget\tcode\tmodality(nhr)\tdate\tlocation\twhere\n";

TEST(GuardianGolden, EventsMatchTheGoldenListing) {
  std::string corpus = std::string(DYAD_SHARED_DIR) + "/data/corpus/guardian-2019-sample.jsonl";
  if (!std::filesystem::exists(corpus))
    GTEST_SKIP() << corpus << " not found (../shared beside the checkout): skipping the "
                 << "golden comparison of the Guardian sample";
  auto r = RunDyad("code " + corpus);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  eval::PathMap paths = {{std::string(DYAD_DICT_SOURCE_DIR) + "/", "dictionaries/"},
                         {std::string(DYAD_DICT_GENERATED_DIR) + "/", "<generated>/"}};
  auto rows = eval::GoldenRows(r.out, paths);
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_GT(rows->size(), 1000u) << "far fewer events than expected: " << r.err;

  if (const char* update = std::getenv("DYAD_UPDATE_GOLDEN"); update && *update == '1') {
    std::string text = kHeader;
    for (const auto& row : *rows) text += row + "\n";
    WriteFile(kGolden, text);
    GTEST_SKIP() << "DYAD_UPDATE_GOLDEN=1: wrote " << rows->size() << " events to " << kGolden;
  }
  ASSERT_TRUE(std::filesystem::exists(kGolden)) << kGolden << " is missing: run "
                                                << "scripts/update-golden.sh";
  eval::GoldenDiff diff = eval::DiffGolden(eval::ParseGoldenRows(ReadAll(kGolden)), *rows);
  EXPECT_TRUE(diff.Empty())
      << "The Guardian sample's events moved from tests/golden/guardian-events.tsv:\n"
      << eval::GoldenSummary(diff, 8)
      << "If this is meant, run scripts/update-golden.sh and commit the file with the reason.";
}

}  // namespace
}  // namespace dyad::testing
