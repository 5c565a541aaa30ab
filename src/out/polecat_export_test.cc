// Tests of the POLECAT export: the column list against ../shared/data/formats/
// POLECAT-columns.txt and hand-built records read back by those names. PLOVER values were
// read by hand from CAMEO2PLOVER-2021 (042: CONSULT, mode visit; 0312: AGREE, context
// military).
#include <gtest/gtest.h>

#include "out/export_test_util.h"

namespace dyad::out {
namespace {

using testing::Col;
using testing::Rows;

TEST(PolecatExport, ColumnsAreTheReferenceList) {
  const auto ref = testing::ReferenceNames("POLECAT-columns.txt");
  if (ref.empty()) GTEST_SKIP() << "../shared/data/formats not found";
  std::vector<std::string> ours;
  for (auto c : ExportColumns(ExportFormat::kPolecat)) ours.emplace_back(c);
  EXPECT_EQ(ours, ref);
}

ExportRecord Visit() {
  ExportRecord r;
  Event& e = r.event;
  e.doc_id = "d";
  e.date = "2019-06-03";
  e.source = ActorRef{"DEUGOV", "DEU", "the German foreign minister", 0, 27, ""};
  e.target = ActorRef{"IRN", "IRN", "Iran", 35, 39, ""};
  e.code = "042";
  e.root = "04";
  e.goldstein = 1.9;
  e.plover = "CONSULT";
  e.location = Location{"Tehran", "IRN", 35.69439, 51.42151, 112931};
  r.event_id = 3;
  r.doc_source = "Example Wire";
  r.doc_date = "2019-06-04";
  return r;
}

// Visit() with another CAMEO code, its PLOVER category and Goldstein value.
ExportRecord WithCode(std::string_view code, std::string_view plover, double goldstein) {
  ExportRecord r = Visit();
  r.event.code = std::string(code);
  r.event.root = std::string(code.substr(0, 2));
  r.event.plover = std::string(plover);
  r.event.goldstein = goldstein;
  return r;
}

TEST(PolecatExport, HandCheckedRows) {
  const ExportRecord agree = WithCode("0312", "AGREE", 5.2);
  const ExportRecord statement = WithCode("010", "", 0);
  ExportRecord attack = WithCode("190", "ASSAULT", -10);
  attack.event.location.reset();  // no place: the row keeps its 40 columns
  const auto rows = Rows(ExportFormat::kPolecat, {Visit(), agree, statement, attack}, true);
  ASSERT_EQ(rows.size(), 5u);
  const auto& h = rows[0];
  const auto& v = rows[1];
  ASSERT_EQ(v.size(), 40u);
  EXPECT_EQ(Col(h, v, "Event ID"), "dyad-3");
  EXPECT_EQ(Col(h, v, "Event Date"), "2019-06-03");
  EXPECT_EQ(Col(h, v, "Event Type"), "CONSULT");
  EXPECT_EQ(Col(h, v, "Event Mode"), "visit");
  EXPECT_EQ(Col(h, v, "Quad Code"), "VERBAL COOPERATION");
  EXPECT_EQ(Col(h, v, "Actor Name"), "the German foreign minister");
  EXPECT_EQ(Col(h, v, "Actor Country"), "Germany");
  EXPECT_EQ(Col(h, v, "Primary Actor Sector"), "Government");
  EXPECT_EQ(Col(h, v, "Recipient Country"), "Iran");
  EXPECT_EQ(Col(h, v, "Recipient Sectors"), "");
  EXPECT_EQ(Col(h, v, "Placename"), "Tehran");
  EXPECT_EQ(Col(h, v, "Country"), "Iran");
  EXPECT_EQ(Col(h, v, "Latitude"), "35.69439");
  EXPECT_EQ(Col(h, v, "GeoNames ID"), "112931");
  EXPECT_EQ(Col(h, v, "Source"), "Example Wire");
  EXPECT_EQ(Col(h, v, "Publication Date"), "2019-06-04");
  EXPECT_EQ(Col(h, v, "Language"), "en");
  EXPECT_EQ(Col(h, rows[2], "Event Type"), "AGREE");
  EXPECT_EQ(Col(h, rows[2], "Contexts"), "military");
  EXPECT_EQ(Col(h, rows[2], "Quad Code"), "VERBAL COOPERATION");
  // Roots 01 and 02 are kept, with no PLOVER type.
  EXPECT_EQ(Col(h, rows[3], "Event Type"), "");
  EXPECT_EQ(Col(h, rows[3], "Intensity"), "0");
  EXPECT_EQ(Col(h, rows[4], "Event Type"), "ASSAULT");
  EXPECT_EQ(Col(h, rows[4], "Quad Code"), "MATERIAL CONFLICT");
  ASSERT_EQ(rows[4].size(), 40u);
  EXPECT_EQ(Col(h, rows[4], "Placename"), "");
  EXPECT_EQ(Col(h, rows[4], "Source"), "Example Wire");
  EXPECT_EQ(Col(h, rows[4], "Publication Date"), "2019-06-04");
}

}  // namespace
}  // namespace dyad::out
