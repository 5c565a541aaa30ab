// ontology/mirror.h: CAMEO's "mirror" families.
//
// CAMEO 1.1b3 codes a statement about an action by the action's kind: "agreed to hold
// joint exercises" is 0312 (intent to cooperate militarily), "called on X to release the
// prisoners" is 0253 (appeal for release), "demanded that X lift the embargo" is 1054,
// "refused to free the hostages" is 1243, "threatened to impose a curfew" is 1323. The
// intent (03), appeal (02), demand (10), rejection (12) and threat (13) families mirror the
// cooperative actions (04-08) and the coercive ones (14-20) sub-code by sub-code. This
// table says, for the code of the action itself, which code each kind of statement about
// it takes.
#pragma once

#include <string_view>

namespace dyad::ontology {

enum class Frame {
  kIntent,    // "agreed to", "promised to", "will"            -> 03x
  kAppeal,    // "called on X to", "urged X to", "asked X to"  -> 02x
  kDemand,    // "demanded that X", "X must" (reported)        -> 10x
  kReject,    // "refused to", "will not"                      -> 12x
  kThreaten,  // "threatened to", "vowed to" + a coercive act  -> 13x
};

// The code of `frame` applied to an action coded `action` ("0841" under kAppeal is
// "0253"), or "" when the codebook has no such event (an appeal to attack, a threat to
// visit, an intent to investigate). `action` must be a CAMEO code string; the result
// points to static storage. Pure; thread-safe.
std::string_view MirrorCode(Frame frame, std::string_view action);

// The act an intent code is the intent of: the first action whose kIntent mirror is
// `intent` ("039" -> "045", "0353" -> "084"), or "" when none.
std::string_view IntentAction(std::string_view intent);

}  // namespace dyad::ontology
