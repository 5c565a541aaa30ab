// out/countries.cc: the country table (countries_table.inc), binary-searched by code.
#include "out/countries.h"

#include <algorithm>
#include <iterator>

namespace dyad::out {
namespace {

constexpr CountryInfo kTable[] = {
#include "out/countries_table.inc"
};

constexpr bool TableIsSorted() {
  for (size_t i = 1; i < std::size(kTable); ++i) {
    if (!(kTable[i - 1].code < kTable[i].code)) return false;
  }
  return true;
}
static_assert(TableIsSorted(), "countries_table.inc must be sorted by code, without duplicates");

}  // namespace

const CountryInfo* FindCountry(std::string_view cameo_code) {
  const CountryInfo* end = std::end(kTable);
  const CountryInfo* it = std::lower_bound(std::begin(kTable), end, cameo_code,
                                           [](const CountryInfo& e, std::string_view k) { return e.code < k; });
  if (it == end || it->code != cameo_code) return nullptr;
  return it;
}

}  // namespace dyad::out
