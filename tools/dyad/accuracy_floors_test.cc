// Accuracy floors: `dyad eval` with the default dictionaries on the gold files of
// ../shared must not fall below the floors committed in tests/accuracy-floors.txt (its
// header says how to read and change them).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <nlohmann/json.hpp>

#include "cli_test_util.h"

namespace dyad::testing {
namespace {

const std::string kFloors = std::string(DYAD_TEST_DATA_DIR) + "/../accuracy-floors.txt";

struct Floor {
  std::string gold, file, metric;
  double floor = 0;
  std::string where;  // "accuracy-floors.txt:17"
};

// Reads the floors: "GOLD FILE METRIC FLOOR", '#' starts a comment. A line that does not
// parse is reported through `errors`.
std::vector<Floor> ReadFloors(std::vector<std::string>* errors) {
  std::vector<Floor> out;
  std::ifstream in(kFloors);
  if (!in) errors->push_back(kFloors + ": cannot open");
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    line = line.substr(0, line.find('#'));
    std::istringstream ss(line);
    Floor f;
    f.where = "accuracy-floors.txt:" + std::to_string(n);
    if (!(ss >> f.gold)) continue;  // blank or comment
    std::string rest;
    if (!(ss >> f.file >> f.metric >> f.floor) || (ss >> rest) || f.metric[0] != '/' ||
        f.floor <= 0 || f.floor > 1)
      errors->push_back(f.where + ": want GOLD FILE /json/pointer FLOOR (0 < FLOOR <= 1)");
    else
      out.push_back(f);
  }
  return out;
}

TEST(AccuracyFloors, FileListsTheRequiredFigures) {
  std::vector<std::string> errors;
  std::vector<Floor> floors = ReadFloors(&errors);
  EXPECT_TRUE(errors.empty()) << errors.front();
  std::set<std::string> have;
  for (const Floor& f : floors) have.insert(f.gold + " " + f.metric);
  for (const char* need :
       {"news /tiers/tier1/f1", "news /tiers/tier2/f1", "news /tiers/tier1/precision",
        "cameo /headline/root_accuracy/value", "cameo /headline/code_accuracy/value",
        "plover /headline/source_country_accuracy/value"})
    EXPECT_TRUE(have.count(need)) << "tests/accuracy-floors.txt has no floor for " << need;
}

TEST(AccuracyFloors, DefaultCoderStaysAboveTheFloors) {
  std::string data = std::string(DYAD_SHARED_DIR) + "/data/";
  if (!std::filesystem::exists(data + "newsgold/gold.jsonl"))
    GTEST_SKIP() << "../shared/data not found beside the checkout (" << data
                 << "): skipping the accuracy floors";
  std::vector<std::string> errors;
  std::vector<Floor> floors = ReadFloors(&errors);
  ASSERT_TRUE(errors.empty()) << errors.front();
  std::map<std::string, nlohmann::json> runs;  // one `dyad eval` per gold file
  for (const Floor& f : floors) {
    std::string key = f.gold + " " + data + f.file;
    if (!runs.count(key)) {
      auto r = RunDyad("eval --gold " + key + " --json");
      ASSERT_EQ(r.exit_code, 0) << "dyad eval --gold " << key << ": " << r.err;
      runs[key] = nlohmann::json::parse(r.out);
    }
    nlohmann::json::json_pointer ptr(f.metric);
    ASSERT_TRUE(runs[key].contains(ptr)) << f.where << ": no " << f.metric << " in the output";
    double value = runs[key][ptr].get<double>();
    EXPECT_GE(value, f.floor) << f.where << ": " << f.gold << " " << f.metric << " = " << value
                              << " fell below its floor " << f.floor
                              << " (lower a floor only on purpose, with a reason)";
  }
}

}  // namespace
}  // namespace dyad::testing
