// Tests of the GDELT 2.0 export: a hand-built record written and read back by the reference
// column names. Each expected value was checked by hand against the GDELT 2.0 event
// codebook: the actor split, names, GDELT's Goldstein table, the geography columns.
#include <gtest/gtest.h>

#include "out/export_test_util.h"

namespace dyad::out {
namespace {

using testing::Col;
using testing::Rows;

// "Shiite militiamen denied responsibility for the shelling of Basra" style event: source
// an IMG with a religion, target the Iraqi government, code 016 (deny responsibility),
// placed in Basra.
ExportRecord Record() {
  ExportRecord r;
  Event& e = r.event;
  e.doc_id = "doc-1";
  e.sentence = 2;
  e.date = "2019-03-15";
  e.source = ActorRef{"IMGMOSSHI", "", "they", 0, 4, ""};
  e.target = ActorRef{"IRQGOVKRD", "IRQ", "Kurdish ministers", 10, 27, ""};
  e.code = "016";
  e.root = "01";
  e.goldstein = -5.0;  // ICEWS's value, as cameo.h has it
  e.quad = 1;
  e.location = Location{"Basra", "IRQ", 30.50852, 47.7804, 99532};
  r.event_id = 7;
  r.ingested_at = "2026-12-01T10:00:00Z";
  return r;
}

TEST(GdeltExport, HandCheckedRow) {
  const auto header = Rows(ExportFormat::kGdelt, {}, true).at(0);
  const auto rows = Rows(ExportFormat::kGdelt, {Record()}, false);
  ASSERT_EQ(rows.size(), 1u);
  const auto& row = rows[0];
  ASSERT_EQ(row.size(), 61u);
  auto col = [&](const char* name) { return Col(header, row, name); };
  EXPECT_EQ(col("Actor1Code"), "IMGMOSSHI");
  EXPECT_EQ(col("Actor1Name"), "");  // "they" is a pronoun and the actor has no country
  EXPECT_EQ(col("Actor1Type1Code"), "IMG");
  EXPECT_EQ(col("Actor1Religion1Code"), "MOS");
  EXPECT_EQ(col("Actor1Religion2Code"), "SHI");
  EXPECT_EQ(col("Actor1KnownGroupCode"), "");
  EXPECT_EQ(col("Actor2Name"), "KURDISH MINISTERS");
  EXPECT_EQ(col("Actor2CountryCode"), "IRQ");
  EXPECT_EQ(col("Actor2Type1Code"), "GOV");
  EXPECT_EQ(col("Actor2EthnicCode"), "KRD");
  EXPECT_EQ(col("IsRootEvent"), "0");
  EXPECT_EQ(col("EventBaseCode"), "016");
  EXPECT_EQ(col("QuadClass"), "1");
  EXPECT_EQ(col("GoldsteinScale"), "-2");  // GDELT's table; ICEWS has -5
  EXPECT_EQ(col("FractionDate"), "2019.2877");  // 2019 + (3*30+15)/365
  EXPECT_EQ(col("ActionGeo_Type"), "4");        // a city outside the US
  EXPECT_EQ(col("ActionGeo_FullName"), "Basra, Iraq");
  EXPECT_EQ(col("ActionGeo_CountryCode"), "IZ");  // FIPS 10-4, not ISO (IQ)
  EXPECT_EQ(col("ActionGeo_ADM1Code"), "IZ");  // no ADM1 in the gazetteer: the country alone
  EXPECT_EQ(col("ActionGeo_ADM2Code"), "");
  EXPECT_EQ(col("ActionGeo_Lat"), "30.50852");  // latitude first, then longitude
  EXPECT_EQ(col("ActionGeo_Long"), "47.7804");
  EXPECT_EQ(col("ActionGeo_FeatureID"), "99532");
  // Actor1 (an IMG) has no country: no geography. Actor2 (IRQGOVKRD): a country-level
  // match on Iraq, type 1, FIPS IZ as country, ADM1 and textual FeatureID, no centroid.
  for (const char* c : {"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
                        "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID"})
    EXPECT_EQ(col(c), "") << c;
  EXPECT_EQ(col("Actor2Geo_Type"), "1");
  EXPECT_EQ(col("Actor2Geo_FullName"), "Iraq");
  EXPECT_EQ(col("Actor2Geo_CountryCode"), "IZ");
  EXPECT_EQ(col("Actor2Geo_ADM1Code"), "IZ");
  EXPECT_EQ(col("Actor2Geo_ADM2Code"), "");
  EXPECT_EQ(col("Actor2Geo_Lat"), "");
  EXPECT_EQ(col("Actor2Geo_Long"), "");
  EXPECT_EQ(col("Actor2Geo_FeatureID"), "IZ");
  EXPECT_EQ(col("SOURCEURL"), "doc-1");
}

TEST(GdeltExport, UsCityAndNamesFromCountries) {
  ExportRecord r = Record();
  r.event.location = Location{"Houston", "USA", 29.76328, -95.36327, 4699066};
  r.event.source = ActorRef{"USAGOV", "USA", "He", 0, 2, ""};
  r.event.code = "111";
  r.event.root = "11";
  const auto header = Rows(ExportFormat::kGdelt, {}, true).at(0);
  const auto row = Rows(ExportFormat::kGdelt, {r}, false).at(0);
  EXPECT_EQ(Col(header, row, "ActionGeo_Type"), "3");
  EXPECT_EQ(Col(header, row, "ActionGeo_FullName"), "Houston, United States");
  EXPECT_EQ(Col(header, row, "ActionGeo_CountryCode"), "US");
  EXPECT_EQ(Col(header, row, "ActionGeo_ADM1Code"), "US");  // the state is not known
  EXPECT_EQ(Col(header, row, "Actor1Geo_Type"), "1");
  EXPECT_EQ(Col(header, row, "Actor1Geo_FullName"), "United States");
  EXPECT_EQ(Col(header, row, "Actor1Geo_ADM1Code"), "US");
  EXPECT_EQ(Col(header, row, "ActionGeo_Long"), "-95.36327");
  EXPECT_EQ(Col(header, row, "Actor1Name"), "UNITED STATES");  // not "HE"
  EXPECT_EQ(Col(header, row, "GoldsteinScale"), "-2");         // 111 in GDELT's table
  EXPECT_EQ(Col(header, row, "QuadClass"), "3");
}

}  // namespace
}  // namespace dyad::out
