// Tests of the country table. FIPS 10-4 codes read by hand from the GDELT codebook's
// examples and the FIPS 10-4 list: Germany GM, United Kingdom UK, Iraq IZ, United States US.
#include "out/countries.h"

#include <gtest/gtest.h>

namespace dyad::out {
namespace {

TEST(Countries, FipsAndNames) {
  ASSERT_NE(FindCountry("DEU"), nullptr);
  EXPECT_EQ(FindCountry("DEU")->fips, "GM");
  EXPECT_EQ(FindCountry("DEU")->name, "Germany");
  EXPECT_EQ(FindCountry("GBR")->fips, "UK");
  EXPECT_EQ(FindCountry("IRQ")->fips, "IZ");
  EXPECT_EQ(FindCountry("USA")->fips, "US");
  EXPECT_EQ(FindCountry("SYR")->name, "Syria");
  EXPECT_EQ(FindCountry("KSV")->fips, "KV");  // CAMEO's code for Kosovo
  EXPECT_EQ(FindCountry("WST"), nullptr);     // a region, not a country
  EXPECT_EQ(FindCountry("usa"), nullptr);
}

}  // namespace
}  // namespace dyad::out
