// out/actor_codes.h: a CAMEO actor code taken apart the way the event datasets write it.
//
// GDELT splits each actor code into a country, a known group, an ethnic code, two religion
// codes and up to three types (GDELT 2.0 event codebook, Actor1* columns); ICEWS and
// POLECAT write sectors. CAMEO builds codes from three-letter chunks whose kind is known
// from the chunk itself (CAMEO 1.1b3 codebook, ch. 3): so each chunk is classified by the
// tables of that codebook, in any position: "IMGMOSISL" is type IMG (international
// militarized group), religion MOS (Islam) and known group ISL, not known group MOS and type
// ISL as a positional split would have it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.h"

namespace dyad::out {

struct ActorParts {
  std::string country;      // the actor's country (ActorRef::country) or a region chunk
  std::string known_group;  // the first chunk that is no country, role, religion or ethnicity
  std::string ethnic;       // first ethnic code (dyad's ethnic.dict codes, ABN, KRD...)
  std::string religion1;    // first religion code (CAMEORCS first trio: MOS, CHR, JEW...)
  std::string religion2;    // the next religion or denomination code (SUN, SHI, CTH...)
  std::string types[3];     // role codes in order (GOV, MIL, REB, IGO, NGO...)
};

// The parts of `a.code`. `a.country` (as the coder set it) is the country; a code without
// one takes its first country or region chunk (IGOWSTNAT: WST).
ActorParts SplitActor(const ActorRef& a);

// True for a CAMEO role ("type") code: primary, secondary and tertiary roles, PTY, and the
// international generic codes IGO, IMG, NGO, NGM, MNC.
bool IsTypeCode(std::string_view chunk);
bool IsReligionCode(std::string_view chunk);
bool IsEthnicCode(std::string_view chunk);

// The sector name ICEWS and POLECAT write for a CAMEO type code ("GOV" -> "Government",
// "MIL" -> "Military"), or "" for a code that is not a type. dyad's mapping: the datasets'
// own sector dictionaries are far finer than CAMEO's roles (docs/export-formats.md).
std::string_view SectorName(std::string_view type_code);
// The sector names of all of the actor's types, religion and ethnicity, in code order.
std::vector<std::string> Sectors(const ActorRef& a);

// True when `text` is a pronoun or possessive ("he", "They", "its", "we"); "US" in capitals is
// the country, not the pronoun.
bool IsPronoun(std::string_view text);

// The name an export writes for the actor: the resolved person, else the words of the text
// unless they are a pronoun, else the country's English name, else "" (never a pronoun).
std::string ActorName(const ActorRef& a);

}  // namespace dyad::out
