// ontology/cameo.cc: the CAMEO 1.1b3 event-code table and its look-ups.
//
// The table is data compiled into the library (cameo_table.inc), so the ontology needs no
// file at run time and cannot be missing or stale. Each entry carries:
//
//   - name: the ICEWS label of the code (cameo-codes.csv of the ICEWS R package), which is
//     the CAMEO 1.1b3 manual's wording without its "not specified below" tails. Roots are
//     upper case, as in the manual ("CONSULT").
//   - goldstein: the ICEWS variant of the Goldstein conflict-cooperation scale (-10..+10).
//     It differs from GDELT's lookup on a handful of codes: 016 Deny responsibility is -5
//     (GDELT -2), 022 is 3.4 (GDELT 3.2), 164/165 are -6.5/-7 (GDELT -7/-6.5). dyad
//     follows ICEWS throughout. The CAMEO 1.1b3 manual has five codes neither ICEWS nor
//     GDELT scored (155 cyber-forces, 176 cyber attack, 1834 location bombing, 1951/1952
//     precision-guided and remotely piloted aerial munitions); they take their parent's
//     value and say so in `goldstein_inherited`.
//   - quad: GDELT's QuadClass, a function of the root alone: 01-05 verbal cooperation (1),
//     06-09 material cooperation (2), 10-14 verbal conflict (3), 15-20 material conflict (4).
//     (ICEWS's R package and Phoenix use other cut points; GDELT's is the one users know.)
//   - plover: the PLOVER event category from CAMEO2PLOVER-2021 (roots 01 and 02 were
//     dropped by PLOVER and map to ""). A root takes the category of its "X0" residual
//     code, so "08" (split in PLOVER between CONCEDE and RETREAT) is CONCEDE like "080".
//     The five manual-only codes take the category of their parent (155 MOBILIZE,
//     1834/1951/1952 ASSAULT) except 176, which PLOVER's manual files under COERCE (cyber).
//
// The entries are sorted by code string, so look-up is a binary search over 317 string
// views: about nine comparisons, no allocation, no locking.
#include "ontology/cameo.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace dyad::ontology {
namespace {

constexpr CameoCode kTable[] = {
#include "ontology/cameo_table.inc"
};

constexpr bool TableIsSorted() {
  for (size_t i = 1; i < std::size(kTable); ++i) {
    if (!(kTable[i - 1].code < kTable[i].code)) return false;
  }
  return true;
}
static_assert(TableIsSorted(), "cameo_table.inc must be sorted by code, without duplicates");

}  // namespace

const CameoCode* FindCameo(std::string_view code) {
  const CameoCode* end = std::end(kTable);
  const CameoCode* it = std::lower_bound(
      std::begin(kTable), end, code,
      [](const CameoCode& entry, std::string_view key) { return entry.code < key; });
  if (it == end || it->code != code) return nullptr;
  return it;
}

const std::vector<CameoCode>& AllCameo() {
  static const std::vector<CameoCode> all(std::begin(kTable), std::end(kTable));
  return all;
}

std::string RootOf(std::string_view code) {
  if (FindCameo(code) == nullptr) return "";
  return std::string(code.substr(0, 2));
}

}  // namespace dyad::ontology
