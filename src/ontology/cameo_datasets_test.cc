// Tests of the per-dataset CAMEO values: every code's Goldstein values (ICEWS in cameo.h,
// GDELT here), QuadClass under each rule and PLOVER category, mode and context against
// ../shared/data/cameo/cameo-goldstein-quad-plover.tsv (skipped when absent), and a few
// values read by hand from GDELT's and ICEWS's tables.
#include "ontology/cameo_datasets.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "ontology/cameo.h"

namespace dyad::ontology {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> f;
  std::stringstream ss(line);
  std::string x;
  while (std::getline(ss, x, '\t')) f.push_back(x);
  if (!line.empty() && line.back() == '\t') f.emplace_back();
  return f;
}

TEST(CameoDatasets, HandCheckedValues) {
  // GDELT CAMEO.goldsteinscale: 016 -2.0 (ICEWS -5.0), 022 3.2 (ICEWS 3.4), 111 -2.0.
  ASSERT_NE(FindCameoDatasets("016"), nullptr);
  EXPECT_DOUBLE_EQ(FindCameoDatasets("016")->goldstein_gdelt, -2.0);
  EXPECT_DOUBLE_EQ(FindCameo("016")->goldstein, -5.0);
  EXPECT_DOUBLE_EQ(FindCameoDatasets("022")->goldstein_gdelt, 3.2);
  EXPECT_DOUBLE_EQ(FindCameoDatasets("111")->goldstein_gdelt, -2.0);
  // CAMEO2PLOVER: 042 CONSULT mode visit; 0312 AGREE context military.
  EXPECT_EQ(FindCameoDatasets("042")->plover_mode, "visit");
  EXPECT_EQ(FindCameoDatasets("0312")->plover_context, "military");
  EXPECT_EQ(FindCameoDatasets("42"), nullptr);
  EXPECT_EQ(FindCameoDatasets(""), nullptr);
}

TEST(CameoDatasets, QuadRules) {
  EXPECT_EQ(GdeltQuad("09"), 2);
  EXPECT_EQ(IcewsQuad("09"), 3);
  EXPECT_EQ(PhoenixQuad("09"), 3);
  EXPECT_EQ(GdeltQuad("14"), 3);
  EXPECT_EQ(IcewsQuad("14"), 4);
  EXPECT_EQ(PhoenixQuad("16"), 3);
  EXPECT_EQ(PhoenixQuad("02"), 0);
  EXPECT_EQ(IcewsQuad("21"), 0);
  EXPECT_EQ(QuadName(3), "VERBAL CONFLICT");
  EXPECT_EQ(QuadName(0), "");
}

// Every code against the reference file: both Goldstein tables, the three quad rules, the
// PLOVER category of cameo.h, and mode and context.
TEST(CameoDatasets, EveryCodeMatchesTheReferenceTable) {
  std::ifstream in(std::string(DYAD_SHARED_DIR) + "/data/cameo/cameo-goldstein-quad-plover.tsv");
  if (!in) GTEST_SKIP() << "../shared/data/cameo not found";
  std::string line;
  std::map<std::string, int> col;
  int rows = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = SplitTabs(line);
    if (col.empty()) {
      for (size_t i = 0; i < f.size(); ++i) col[f[i]] = static_cast<int>(i);
      continue;
    }
    auto at = [&](const char* name) { return f.at(col.at(name)); };
    const std::string code = at("code");
    const CameoCode* c = FindCameo(code);
    const CameoDatasets* d = FindCameoDatasets(code);
    ASSERT_NE(c, nullptr) << code;
    ASSERT_NE(d, nullptr) << code;
    ++rows;
    if (!at("goldstein_icews").empty()) {
      EXPECT_DOUBLE_EQ(c->goldstein, std::stod(at("goldstein_icews"))) << code;
    }
    if (!at("goldstein_gdelt").empty()) {
      EXPECT_DOUBLE_EQ(d->goldstein_gdelt, std::stod(at("goldstein_gdelt"))) << code;
      EXPECT_FALSE(d->goldstein_inherited) << code;
    } else {
      EXPECT_TRUE(d->goldstein_inherited) << code;
    }
    const std::string root = code.substr(0, 2);
    EXPECT_EQ(c->quad, std::stoi(at("quad_gdelt"))) << code;
    EXPECT_EQ(GdeltQuad(root), std::stoi(at("quad_gdelt"))) << code;
    if (!at("quad_icews_rpkg").empty()) {
      EXPECT_EQ(IcewsQuad(root), std::stoi(at("quad_icews_rpkg"))) << code;
    }
    if (!at("quad_phoenix").empty()) {
      EXPECT_EQ(PhoenixQuad(root), std::stoi(at("quad_phoenix"))) << code;
    }
    const std::string plover = at("plover_event");
    if (plover == "(dropped)") {
      EXPECT_EQ(c->plover, "") << code;
    } else if (!plover.empty() && plover.find('|') == std::string::npos) {
      EXPECT_EQ(c->plover, plover) << code;
    }
    EXPECT_EQ(d->plover_mode, at("plover_mode")) << code;
    EXPECT_EQ(d->plover_context, at("plover_context")) << code;
  }
  EXPECT_EQ(rows, 317);
}

}  // namespace
}  // namespace dyad::ontology
