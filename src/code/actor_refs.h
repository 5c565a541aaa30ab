// code/actor_refs.h: actor references as events carry them: anchoring to words, filling
// countries, telling sides apart.
//
// Small rules over ActorRef that the coder applies while it settles who did what to whom.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "code/mentions.h"
#include "code/sentence.h"
#include "dyad/event.h"

namespace dyad::code {

// `r` as named by the words of mention `m` ("He" for an antecedent resolved from it).
ActorRef Reanchor(ActorRef r, std::string_view text, const code::Sentence& s, const Mention& m);

ActorRef MakeRef(std::string_view text, const code::Sentence& s, const Mention& m,
                 const code::ResolvedCode& rc);

// A role whose country is unknown ("---OPP") takes, in this order: the country named
// right after it ("the rebels in Nepal"; `before`), for a source the country named last
// before it in the same clause (also passed as `before`) ("North Korea has trained 500 hackers
// capable of launching attacks on the US": PRKCRM, not USACRM; "French paper workers");
// the country of the place where the event happened ("Demonstrators in Baghdad blocked a
// road": IRQOPP; "militants attacked U.S. troops in Iraq": IRQREB, not USAREB); the
// country of the other side of the event ("Egyptian police detained protesters":
// EGYOPP); else the one country the sentence names, if it names exactly one ("Vice-
// President Awori declined to resign despite pressure by the Kenya Anti-Corruption
// Commission": KENGOV). False when it stays unknown, and the event is then not coded.
bool FillUnknownCountry(ActorRef* a, const ActorRef* other, const std::optional<Location>& place,
                        const std::string& before, const std::string& sentence_country);

// A pronoun refers back to the speaker at the level of its country: in "Iraq's government
// announced that it is prepared to ...", "it" (IRQ) is the government (IRQGOV).
bool PronounSource(const ActorRef& a);

// A state actor: a country as a whole or one of its state roles (TURGOV, TURMIL, ...).
bool StateActor(const ActorRef& a);

// Does `a` stand against its own country's state: an opposition, rebel, insurgent or
// separatist role right after the country ("TUROPP", "SYRREBKRDYPG", "TURSEPKRDPKK")?
bool Oppositional(const ActorRef& a);

// Are `a` and `b` of one country with no conflict between them: the same country, and
// neither stands against the state that the other is (StateActor, Oppositional)? "The
// foreign secretary" and "British citizens", "Syria" and "Syrian refugees" are; the
// Turkish government and the PKK, an opposition leader and the president are not.
bool Compatriots(const ActorRef& a, const ActorRef& b);

// Are a and b on one side: the same code, or state actors of one country?
bool SameSide(const ActorRef& a, const ActorRef& b);

// One actor per distinct code, first kept: "the CIA, MI5 and MI6" are two actors (USASPY,
// GBRSPY), not three (the newsgold convention for compound actors).
void DistinctCodes(std::vector<std::optional<ActorRef>>* actors);

}  // namespace dyad::code
