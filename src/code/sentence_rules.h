// code/sentence_rules.h: rules over the events of one sentence (or the story so far) once
// the matches are coded: codes, implied events, statements and their addressees.
//
// The coder emits one event per (source, target) of each pattern match; these rules then
// complete and prune the sentence's events the way a careful coder reads the sentence as a
// whole: a mediation implies negotiation, a protest takes its purpose from the demand beside
// it, a bare statement gives way to the speaker's specific act or is addressed to whom its
// content names, and a sentence says each event once.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "code/matcher.h"  // kNoMention
#include "code/mentions.h"
#include "dyad/event.h"

namespace dyad::code {

// `resolve(k)` gives the actors of mention k: none, one, or two for "both countries".
using ResolveAll = std::function<std::vector<ActorRef>(size_t)>;

// At most this many addressees for one statement (AddressStatements).
inline constexpr size_t kMaxAddressees = 3;

// Sets an event's code and what follows from it: root, Goldstein value, QuadClass and
// PLOVER category.
void SetCode(Event* e, std::string code);

// Verbal and material conflict other than protest (roots 11-13 and 15-20): acts that
// are done to someone even when the sentence leaves them unnamed next to the verb.
bool ConflictRoot(std::string_view code);

// Events whose nature is mutual: "Kazakhstan and Iran reached a consensus" is each with
// the other; so is fighting with no one else named ("the two countries fought a war").
bool Reciprocal(std::string_view code);

// The distinct actors the sentence's mentions name off the side of every `own` actor
// (SameSide), in text order, at most `limit` of them: mention `skip` (kNoMention: none),
// mentions `resolve` gives nothing for, and roles with no country ("---OPP") are left out.
// `resolve(k)` gives the actors of mention k: none, one, or two for "both countries".
std::vector<ActorRef> OtherSideActors(const std::vector<Mention>& mentions, size_t skip,
                                      const std::vector<const ActorRef*>& own, size_t limit,
                                      const ResolveAll& resolve);

// The one actor of the sentence that is not on the sources' side (OtherSideActors; the
// source mention and pronouns left out). Nothing when there are none or several.
std::optional<ActorRef> OnlyOtherActor(
    const std::vector<Mention>& mentions, size_t source_mention,
    const std::vector<std::optional<ActorRef>>& sources,
    const std::function<std::optional<ActorRef>(size_t)>& resolve);

// The source of the story's most recent event done to `source`'s side (SameSide) by
// another side: whom a denial answers ("U.S. officials accused Iran ... Tehran denied
// it"). Nothing when there is none. `events` are the document's events so far.
std::optional<ActorRef> Accuser(const std::vector<Event>& events, const ActorRef& source);

// The other party of the story's most recent event that involves `source`'s side
// (SameSide) as source or target, or nothing. `events` are the document's events so far.
std::optional<ActorRef> DiscoursePartner(const std::vector<Event>& events, const ActorRef& source);

// When the sentence's events (events[first..]) are all statements (root 01), gives each
// statement with code 010 and no target the actors named in the sentence off the
// speaker's side (OtherSideActors), one event per actor, at most kMaxAddressees; a
// statement with none stays targetless
// (and is dropped at the end of the document). `resolve(k)` is mention k's actor.
void AddressStatements(std::vector<Event>* events, size_t first, const std::vector<Mention>& mentions,
                       const ResolveAll& resolve);

// "China hosted talks between Iran and Saudi Arabia", "the EU mediated between A and B":
// a mediation (045) of two parties implies that the parties negotiate (046), each with
// the other. For each mediation among events[first..] with exactly two targets of
// different sides from one predicate, adds the two negotiations (same sentence, date,
// modality and evidence).
void ImpliedNegotiations(std::vector<Event>* events, size_t first);

// A sentence says an event once: of events[first..] with the same code, source and target
// codes ("said ..., adding that ..." addressed to the same actor twice), the first stays.
void SameEventOnce(std::vector<Event>* events, size_t first);

// A protest's purpose gives its sub-code: "students staged rallies demanding the
// president's resignation" is 1411 (demonstrate for leadership change), from 141 and the
// demand 1041 that says what for; likewise hunger strikes (142x), strikes (143x),
// blockades (144x) and riots (145x) with demands or appeals 1041-1044 / 0241-0244 of the
// same country among events[first..].
void ProtestPurpose(std::vector<Event>* events, size_t first);

// A statement ("X said", "X wrote to Y") adds nothing when the same speaker has a more
// specific event in the sentence ("X said it would release ...": the intent is the event;
// "X wrote to Y urging him to ...": the appeal is): drops such 010 events of events[first..].
// A pronoun speaker counts as its country.
void DropRedundantStatements(std::vector<Event>* events, size_t first);

}  // namespace dyad::code
