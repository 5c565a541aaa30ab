// code/mentions.h: actor mentions, the noun phrases that name who acts.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "code/sentence.h"
#include "dict/compiled.h"

namespace dyad::code {

// One actor mention: tokens [first, last] of a sentence.
// A mention is built from up to three parts that compose:
//   a named actor (country, capital, organisation): "Kazakh", "Tehran", "SCO";
//   an agent (role): "Foreign Minister", "ambassador"; or an identity (an agent whose code
//     is an ethnic or religious code, not a role: "Kurds", "Shiite"), or both ("Kurdish
//     rebels");
//   a person: "Kasymzhomart Tokayev".
// or it is a pronoun ("he", "his", "they") to be resolved by the coder.
// The agent may also come from a coordinated phrase that shares one role noun: in
// "Hungarian and Romanian officials" the mention "Hungarian" has the agent "officials".
struct Mention {
  size_t first = 0;
  size_t last = 0;  // inclusive
  const dict::ActorEntry* actor = nullptr;   // country/organisation part
  const dict::AgentEntry* agent = nullptr;   // role part; an identity when there is no role
  const dict::AgentEntry* identity = nullptr;  // the identity when `agent` is a role, else null
  const dict::ActorEntry* person = nullptr;  // person part
  bool pronoun = false;      // "he", "his", "they", "it", ... or a pair phrase
  bool possessive = false;   // followed by "'s" or is "his"/"her"/"its"/"their"
  bool neuter = false;       // "it", "its": a country or organisation, not a person
  bool pair = false;         // "the two sides", "both countries": two actors named before
};

// Finds the mentions of `sentence`, left to right, not overlapping. Tokens marked
// `excluded` are never part of a mention.
std::vector<Mention> FindMentions(const Sentence& sentence, const dict::CompiledDictionary& dict);

// The actor code of `m` on `date` (YYYYMMDD) and its country ("" when none).
// Composition: a country-level code plus an agent gives country + role + identity
// ("KAZ"+"GOV", "IRQ"+"REB"+"KRD"); a capital takes the role in place of its GOV ("Tehran
// residents" IRNCVL); a country with an identity code only ("Yoruba" NGAYRB) takes the
// role after the country (NGAGOVYRB); any other actor code that already has a sector
// ("IGOUNO", "PSEREBMOSHMS") keeps it. A person's dated code is used when the mention has
// no actor part. Ethnic and religious codes (MOS, KRD, ...) have no country. Returns ""
// for a bare agent or a pronoun.
struct ResolvedCode {
  std::string code;
  std::string country;
  std::string name;  // the person's name, or ""
};
ResolvedCode ResolveMention(const Mention& m, int32_t date);

// Does mention `m` of sentence `s` name one person: a person's name, "he"/"she"/"him"/
// "his"/"her", or a role whose head word is a singular noun for a person ("the foreign
// minister", "a spokesman")? A country, an organisation, a plural ("officials") or a
// body ("the government", "the army", "the ministry") does not.
bool NamesPerson(const Mention& m, const Sentence& s);

// Is `w` a pronoun that only a person can be ("he", "she", "his", "her", "him")?
bool PersonalPronoun(std::string_view w);

}  // namespace dyad::code
