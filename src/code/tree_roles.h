// code/tree_roles.h: who does what to whom, read off the dependency tree.
#pragma once

#include <optional>
#include <vector>

#include "code/matcher.h"
#include "code/mentions.h"
#include "syntax/tree.h"

namespace dyad::code {

// The mention that names the noun phrase headed by tree word `w`: the mention holding
// w's token, else the nearest mention inside w's phrase reached only through nominal
// dependents (compound, amod, flat, nmod, nmod:poss, nmod:desc, appos, det, nummod), never through
// a clause (acl, acl:relcl) or a conjunct. kNoMention when the phrase names no actor.
// REQUIRES: tree.words[*].source_token index s.tokens (syntax/ud_tokens.h made the tree
// from s's tokens).
size_t MentionOfPhrase(const syntax::Tree& tree, const std::vector<Mention>& mentions, int w);

// The tree word of token `t` of the sentence (the first word made from it), or -1.
int WordOfToken(const syntax::Tree& tree, size_t t);

// The grammatical roles of predicate word `p` (a verb): its logical subject (the doer)
// and, for a passive, its logical object, as tree words (-1 when the tree has none).
//   - nsubj: the subject;
//   - passive (nsubj:pass, or a participle modifying a noun): the doer is the obl:agent
//     ("by X"), the patient the nsubj:pass or the modified noun;
//   - no subject of its own: a conjunct shares its first conjunct's ("X met Y and signed");
//     an open complement (xcomp) takes its controller, the object of the verb above when
//     it has one ("urged X to leave": X leaves) and else its subject ("agreed to leave");
//     an adverbial participle takes the subject of the clause it modifies ("..., accusing
//     X of"); a relative clause whose relative pronoun is the subject takes the noun it
//     modifies ("the rebels who attacked").
struct Roles {
  int doer = -1;
  int patient = -1;    // only for passives
  bool passive = false;
};
Roles RolesOf(const syntax::Tree& tree, int p);

// The word naming the one an act of predicate `p` is done to, when the tree says so: its
// direct object, else its indirect object, else an oblique with a preposition of direction
// or opposition ("on", "against", "at", "with", "to", "toward(s)", "into", "between",
// "for"), searched in that order; -1 when there is none. The object may be an event
// noun whose own phrase names the actor ("launched strikes on X"): MentionOfPhrase finds
// X through the noun's nmod.
int TargetOf(const syntax::Tree& tree, int p);

// Is mention `m` what a statement talks about, not someone who acts in it or a word that
// only describes something else? False when the phrase it heads is a subject (nsubj,
// nsubj:pass, obl:agent: "said the rebels fired": the rebels act, and an act without a
// code is no address) or an adjective or compound modifier of a noun that names no actor
// ("the Syrian border", "Iranian media"); a conjunct is judged by its first conjunct.
// True otherwise ("the dialogue between Serbia and Kosovo", "aid for Ukraine"), and when
// no tree word comes from the mention's tokens.
bool TalkedAbout(const syntax::Tree& tree, const Mention& m);

// Does mention `m` describe a noun that names no actor of its own, rather than head its
// phrase: "Russian" in "in Russian air strikes", "Isis" in "an Isis ambush" (its head word is
// an amod, compound or nmod:poss of a word outside the mention)? False when no tree word
// comes from the mention's tokens.
bool ModifiesNoun(const syntax::Tree& tree, const Mention& m);

// Does mention `inner` lie inside the noun phrase that mention `outer` heads, reached from
// outer's head word only through nominal dependents (compound, amod, nmod, appos, flat,
// ...)? "Syrian Democratic Forces" in "a Syrian Democratic Forces (SDF) spokesman". False
// when either has no tree word, or they are the same phrase.
bool InPhraseOf(const syntax::Tree& tree, const Mention& inner, const Mention& outer);

// Is predicate word `p` a participle used as an adjective of a noun ("the opposing
// accounts", "a proscribed organisation": amod, VBG or VBN)? Such a word describes the
// noun and tells of no act. False when p is -1.
bool Attributive(const syntax::Tree& tree, int p);

// Is predicate word `p` told in the past: a past-tense verb ("attacked"), a participle
// with a past auxiliary ("was attacked", "had met"), or a noun or other word whose
// clause verb (the nearest VERB among its heads) is one? False for the present, present
// perfect ("has met"), future and infinitives, and when p is -1.
bool PastTense(const syntax::Tree& tree, int p);

// The other mentions coordinated with mention `mi` in the tree: the phrases whose head
// words are conjuncts (conj) of the same first conjunct as mi's head word, both nominal
// (NOUN, PROPN or PRON). "Prime Minister of Kosovo Albin Kurti and the President of Serbia
// Aleksandar Vucic met": the two titles. Pronouns are left out; in text order.
std::vector<size_t> TreeConjuncts(const syntax::Tree& tree, const std::vector<Mention>& mentions,
                                  size_t mi);

// Who does the act noun `p` names (for "$ ..." patterns whose first word is a noun), when
// the tree says: an actor in the noun's own phrase - a possessive, adjective or compound
// ("Iran's offensive", "Russian air strikes", "a US drone strike") or "by X" ("strikes by
// the coalition") - else, when the noun's phrase (or the first of its conjuncts) is the
// object or an oblique of a verb, that verb's doer unless it is a passive ("Isis launched
// a counter-offensive", "the UK is waging war", "called for sanctions"). kNoMention when
// the tree says no actor does it: the verb's doer names none ("joined the fight against
// X"), or the phrase is a subject ("the war against X is far from over") or hangs from a
// noun or adjective ("valuable in the fight against X"). nullopt when the tree says
// nothing (the noun heads the sentence, or is parsed as an odd dependent).
std::optional<size_t> NominalDoer(const syntax::Tree& tree, const std::vector<Mention>& mentions,
                                  int p);

// Re-selects the source (and for passives, the target) of each match of `matches` from
// `tree`: where the tree's doer of the match's verb names an actor mention, that mention
// is the source; a passive's patient is its target; a match with no target takes the one
// TargetOf names when it is an actor other than the source, except statements (root 01),
// whose object is what was said. Matches where the tree names
// no actor keep the matcher's choices. Pure.
// REQUIRES: the tree was made from the tokens the mentions and matches index.
void RolesFromTree(const syntax::Tree& tree, const std::vector<Mention>& mentions,
                   std::vector<PatternMatch>* matches);

}  // namespace dyad::code
