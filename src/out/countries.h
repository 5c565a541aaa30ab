// out/countries.h: what the exports need to know about a CAMEO country code: its FIPS 10-4
// code (GDELT's geography columns) and an English name (GDELT's full place names, ICEWS's
// and POLECAT's country columns). Table: countries_table.inc (from GeoNames' countryInfo).
#pragma once

#include <string_view>

namespace dyad::out {

struct CountryInfo {
  std::string_view code;  // CAMEO country code, "DEU"
  std::string_view fips;  // FIPS 10-4, "GM"; "" when the country has none
  std::string_view name;  // "Germany"
};

// The entry for a three-letter CAMEO country code, or nullptr (regions such as "WST",
// "AFR", IGO codes, unknown strings). Static storage; thread-safe.
const CountryInfo* FindCountry(std::string_view cameo_code);

}  // namespace dyad::out
