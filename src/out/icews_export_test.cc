// Tests of the ICEWS export: the column list against ../shared/data/formats/ICEWS-columns.txt
// and a hand-built record read back by those names, each value checked by hand against the
// ICEWS conventions (names "Sector (Country)", country names, Intensity from ICEWS's table).
#include <gtest/gtest.h>

#include "out/export_test_util.h"

namespace dyad::out {
namespace {

using testing::Col;
using testing::Rows;

TEST(IcewsExport, ColumnsAreTheReferenceList) {
  const auto ref = testing::ReferenceNames("ICEWS-columns.txt");
  if (ref.empty()) GTEST_SKIP() << "../shared/data/formats not found";
  std::vector<std::string> ours;
  for (auto c : ExportColumns(ExportFormat::kIcews)) ours.emplace_back(c);
  EXPECT_EQ(ours, ref);
}

TEST(IcewsExport, HandCheckedRow) {
  ExportRecord r;
  Event& e = r.event;
  e.doc_id = "story-9";
  e.sentence = 0;
  e.date = "2019-05-02";
  e.source = ActorRef{"TURMIL", "TUR", "Turkish troops", 0, 14, ""};
  e.target = ActorRef{"SYRGOV", "SYR", "him", 20, 23, "Bashar al-Assad"};
  e.code = "016";
  e.root = "01";
  e.goldstein = -5.0;
  e.location = Location{"Aleppo", "SYR", 36.20124, 37.16117, 170063};
  r.event_id = 12;
  r.doc_source = "Example Wire";
  const auto rows = Rows(ExportFormat::kIcews, {r}, true);
  ASSERT_EQ(rows.size(), 2u);  // header by default
  const auto& h = rows[0];
  const auto& row = rows[1];
  ASSERT_EQ(row.size(), 20u);
  EXPECT_EQ(Col(h, row, "Event ID"), "12");
  EXPECT_EQ(Col(h, row, "Event Date"), "2019-05-02");
  EXPECT_EQ(Col(h, row, "Source Name"), "Military (Turkey)");
  EXPECT_EQ(Col(h, row, "Source Sectors"), "Military");
  EXPECT_EQ(Col(h, row, "Source Country"), "Turkey");
  EXPECT_EQ(Col(h, row, "Event Text"), "Deny responsibility");
  EXPECT_EQ(Col(h, row, "CAMEO Code"), "016");
  EXPECT_EQ(Col(h, row, "Intensity"), "-5");  // ICEWS's table (GDELT has -2)
  EXPECT_EQ(Col(h, row, "Target Name"), "Bashar al-Assad");
  EXPECT_EQ(Col(h, row, "Target Country"), "Syria");
  EXPECT_EQ(Col(h, row, "Story ID"), "story-9");
  EXPECT_EQ(Col(h, row, "Sentence Number"), "1");
  EXPECT_EQ(Col(h, row, "Publisher"), "Example Wire");
  EXPECT_EQ(Col(h, row, "City"), "Aleppo");
  EXPECT_EQ(Col(h, row, "Country"), "Syria");
  EXPECT_EQ(Col(h, row, "Latitude"), "36.20124");
  EXPECT_EQ(Col(h, row, "Longitude"), "37.16117");
}

}  // namespace
}  // namespace dyad::out
