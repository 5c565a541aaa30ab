// ontology/plover_map.cc: the CAMEO -> PLOVER 0.5b1 table (see plover_map.h for the rule).
#include "ontology/plover_map.h"

#include <array>
#include <utility>

#include "ontology/cameo.h"

namespace dyad::ontology {
namespace {

// Category by root, after renaming into 0.5b1 (roots 01 and 02: dropped).
constexpr std::array<std::string_view, 21> kByRoot = {
    "",             // (no root 00)
    "",             // 01 MAKE PUBLIC STATEMENT: dropped
    "",             // 02 APPEAL: dropped
    "AGREE",        // 03 EXPRESS INTENT TO COOPERATE
    "CONSULT",      // 04 CONSULT
    "SUPPORT",      // 05 ENGAGE IN DIPLOMATIC COOPERATION
    "COOPERATE",    // 06 ENGAGE IN MATERIAL COOPERATION
    "AID",          // 07 PROVIDE AID
    "CONCEDE",      // 08 YIELD: 080-083 (084-087 below)
    "INVESTIGATE",  // 09 INVESTIGATE (2021: ACCUSE/investigate)
    "DEMAND",       // 10 DEMAND (2021: REQUEST)
    "DISAPPROVE",   // 11 DISAPPROVE (2021: ACCUSE)
    "REJECT",       // 12 REJECT
    "THREATEN",     // 13 THREATEN
    "PROTEST",      // 14 PROTEST
    "MOBILIZE",     // 15 EXHIBIT FORCE POSTURE
    "SANCTION",     // 16 REDUCE RELATIONS
    "COERCE",       // 17 COERCE
    "ASSAULT",      // 18 ASSAULT
    "FIGHT",        // 19 FIGHT (2021: ASSAULT)
    "FIGHT",        // 20 USE UNCONVENTIONAL MASS VIOLENCE (2021: ASSAULT)
};

// Codes whose CAMEO2PLOVER-2021 category differs from their root's, renamed into 0.5b1.
// A code listed here also covers its 4-digit children unless they are listed themselves.
constexpr std::pair<std::string_view, std::string_view> kExceptions[] = {
    {"084", "RETREAT"},   // return, release (0841, 0842)
    {"085", "RETREAT"},   // ease economic sanctions
    {"086", "RETREAT"},   // allow international involvement (0861-0863)
    {"087", "RETREAT"},   // de-escalate military engagement (0871-0874)
    {"0813", "RETREAT"},  // ease curfew
    {"0814", "RETREAT"},  // ease state of emergency or martial law
    {"163", "COERCE"},    // impose embargo, boycott, or sanctions
    {"1712", "ASSAULT"},  // destroy property
    {"175", "ASSAULT"},   // use tactics of violent repression
    {"191", "COERCE"},    // impose blockade, restrict movement
    {"192", "COERCE"},    // occupy territory
};

}  // namespace

std::string_view PloverCategory05(std::string_view code) {
  if (FindCameo(code) == nullptr) return "";
  for (const auto& [c, category] : kExceptions)
    if (c == code) return category;
  if (code.size() == 4) {
    for (const auto& [c, category] : kExceptions)
      if (c == code.substr(0, 3)) return category;
  }
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root < 1 || root > 20) return "";
  return kByRoot[root];
}

}  // namespace dyad::ontology
