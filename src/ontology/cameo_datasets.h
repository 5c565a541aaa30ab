// ontology/cameo_datasets.h: what each event dataset dyad exports to says about a CAMEO code
// beyond cameo.h: GDELT's own Goldstein values, the ICEWS and Phoenix QuadClass rules, and
// PLOVER's mode and context for the code (CAMEO2PLOVER-2021).
//
// The datasets disagree, and a user comparing dyad with one of them needs that dataset's
// numbers: GDELT's Goldstein table differs from ICEWS's (cameo.h) on a few codes (016 is
// -2 in GDELT, -5 in ICEWS); QuadClass puts roots 06-09 together in GDELT, 06-08 in ICEWS
// (and the icews R package), and Phoenix has a neutral class 0 for roots 01-02 and counts
// 16 as verbal conflict. docs/export-formats.md says which export uses which.
#pragma once

#include <string_view>

namespace dyad::ontology {

struct CameoDatasets {
  std::string_view code;
  double goldstein_gdelt;          // GDELT's CAMEO.goldsteinscale value
  std::string_view plover_mode;    // PLOVER mode for the code ("visit", "phone"), or ""
  std::string_view plover_context; // PLOVER context ("diplomatic", "economic"), or ""
  bool goldstein_inherited;        // GDELT's table lacks the code: its parent's value
};

// The entry for a CAMEO 1.1b3 event code ("042"), or nullptr for anything else. Static
// storage; thread-safe.
const CameoDatasets* FindCameoDatasets(std::string_view code);

// QuadClass by root ("01".."20"); 0 for a string that is not a root.
// GDELT:   01-05 1, 06-09 2, 10-14 3, 15-20 4.
// ICEWS:   01-05 1, 06-08 2, 09-13 3, 14-20 4 (the icews R package's rule).
// Phoenix: 01-02 0, 03-05 1, 06-08 2, 09-13 and 16 3, 14-15 and 17-20 4.
int GdeltQuad(std::string_view root);
int IcewsQuad(std::string_view root);
int PhoenixQuad(std::string_view root);

// The names POLECAT writes for the quad classes of the ICEWS rule: 1 "VERBAL COOPERATION",
// 2 "MATERIAL COOPERATION", 3 "VERBAL CONFLICT", 4 "MATERIAL CONFLICT"; "" otherwise.
std::string_view QuadName(int quad);

}  // namespace dyad::ontology
