// ontology/plover_map.h: CAMEO event codes to PLOVER 0.5b1 event categories.
//
// The PLOVER gold standard (PLOVER_GSR_CAMEO, version 0.5b1) uses the early category names
// DEMAND, DISAPPROVE, INVESTIGATE and FIGHT, which later drafts renamed or merged (REQUEST,
// ACCUSE, ASSAULT). cameo.h's `plover` field follows CAMEO2PLOVER-2021 (draft 0.8); this
// table translates CAMEO into the 0.5b1 vocabulary so that dyad's codes can be compared
// with that gold file. It is dyad's own table, written here; nothing is read at run time.
//
// The rule (documented in docs/eval.md):
//   1. Each code takes its CAMEO2PLOVER-2021 category, code by code (so 0813/0814 go to
//      RETREAT, 163 to COERCE, 1712 and 175 to ASSAULT, 191/192 to COERCE).
//   2. That category is renamed into 0.5b1: REQUEST -> DEMAND; ACCUSE -> INVESTIGATE for
//      root 09 and DISAPPROVE otherwise; ASSAULT -> FIGHT for roots 19 and 20 (0.5b1 kept
//      FIGHT for conventional and mass military violence, ASSAULT for root 18).
//   3. Roots 01 (statements) and 02 (appeals) are dropped by PLOVER: no category ("").
#pragma once

#include <string_view>

namespace dyad::ontology {

// The PLOVER 0.5b1 category of a CAMEO 1.1b3 event code ("042" -> "CONSULT"), or "" for
// codes PLOVER drops (roots 01 and 02) and for strings that are not CAMEO codes. The view
// points to static storage. Thread-safe.
std::string_view PloverCategory05(std::string_view cameo_code);

}  // namespace dyad::ontology
