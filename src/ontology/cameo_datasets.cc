// ontology/cameo_datasets.cc: the per-dataset CAMEO values (table in cameo_datasets_table.inc).
#include "ontology/cameo_datasets.h"

#include <algorithm>
#include <iterator>

namespace dyad::ontology {
namespace {

constexpr CameoDatasets kTable[] = {
#include "ontology/cameo_datasets_table.inc"
};

constexpr bool TableIsSorted() {
  for (size_t i = 1; i < std::size(kTable); ++i) {
    if (!(kTable[i - 1].code < kTable[i].code)) return false;
  }
  return true;
}
static_assert(TableIsSorted(), "cameo_datasets_table.inc must be sorted by code, without duplicates");

// 1..20 for "01".."20", 0 otherwise.
int RootNumber(std::string_view root) {
  if (root.size() != 2 || root[0] < '0' || root[0] > '2' || root[1] < '0' || root[1] > '9') return 0;
  const int r = (root[0] - '0') * 10 + (root[1] - '0');
  return r >= 1 && r <= 20 ? r : 0;
}

}  // namespace

const CameoDatasets* FindCameoDatasets(std::string_view code) {
  const CameoDatasets* end = std::end(kTable);
  const CameoDatasets* it = std::lower_bound(
      std::begin(kTable), end, code, [](const CameoDatasets& e, std::string_view key) { return e.code < key; });
  if (it == end || it->code != code) return nullptr;
  return it;
}

int GdeltQuad(std::string_view root) {
  const int r = RootNumber(root);
  if (r == 0) return 0;
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

int IcewsQuad(std::string_view root) {
  const int r = RootNumber(root);
  if (r == 0) return 0;
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

int PhoenixQuad(std::string_view root) {
  const int r = RootNumber(root);
  if (r <= 2) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13 || r == 16) return 3;
  return 4;
}

std::string_view QuadName(int quad) {
  switch (quad) {
    case 1: return "VERBAL COOPERATION";
    case 2: return "MATERIAL COOPERATION";
    case 3: return "VERBAL CONFLICT";
    case 4: return "MATERIAL CONFLICT";
    default: return "";
  }
}

}  // namespace dyad::ontology
