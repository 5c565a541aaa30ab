// ontology/cameo.h: the CAMEO 1.1b3 event-code table.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dyad::ontology {

struct CameoCode {
  std::string_view code;      // "042", "0211", "01"
  std::string_view name;      // "Make a visit"
  double goldstein;           // ICEWS variant of the Goldstein scale
  int quad;                   // GDELT QuadClass: roots 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4
  std::string_view plover;    // PLOVER category (CAMEO2PLOVER-2021), "" when none
  // True for the five codes of the CAMEO 1.1b3 manual that the ICEWS and GDELT tables
  // lack (155, 176, 1834, 1951, 1952): their Goldstein value is their parent's.
  bool goldstein_inherited = false;
};

// The entry for `code`, or nullptr when `code` is not a CAMEO 1.1b3 event code. Codes are
// strings: "042" is a code, "42" is not. The pointer is to static storage; thread-safe.
const CameoCode* FindCameo(std::string_view code);

// Every code (317: the 20 roots and their sub-codes), in code (string) order. Static
// storage; thread-safe.
const std::vector<CameoCode>& AllCameo();

// "04" for "042"; "" for a string that is not a code.
std::string RootOf(std::string_view code);

}  // namespace dyad::ontology
