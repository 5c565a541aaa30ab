// code/clause_words.h: word-level tests on a sentence and its actor mentions: coordination,
// fronted phrases, words that read as nouns.
//
// Where the dependency tree is missing or unreliable, the coder still needs these tests on the
// words around a mention or verb; each is a small, local rule.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "code/matcher.h"  // kNoMention
#include "code/mentions.h"
#include "code/sentence.h"

namespace dyad::code {

// The other members of a coordination the mention `mi` belongs to: "Kazakhstan and
// Iran", "Russia, China and Iran". Pronouns do not coordinate here.
// `taken(k)` is true for mentions that play a role in another verb's event: in
// "Germany criticized Iran and Germany criticized Iran" the second "Germany" is the next
// clause's subject, not a second target.
std::vector<size_t> Conjuncts(const code::Sentence& s, const std::vector<Mention>& ms, size_t mi,
                              const std::function<bool(size_t)>& taken);

// Is word `w` (a form or lemma) a negator: "not", "never", "n't", or a form ending in
// "n't" ("didn't")?
bool Negator(std::string_view w);

// Is there a "that" between tokens a and b? A date after it belongs to the clause it
// opens ("said that ... would discuss ... in August"), not to the verb before it.
bool ThatBetween(const code::Sentence& s, size_t a, size_t b);

// Does mention m open its sentence: at most two words before it after a dateline ("The
// Iranian ...", "But Iran ..."), or right after a fronted adverbial and its comma ("Last
// week, Germany indicated ...")?
bool OpensSentence(const code::Sentence& s, const Mention& m);

// The first actor mention before mention `limit` (pronouns skipped) when it opens the
// sentence (OpensSentence), else kNoMention: whom "he", "they" after it stand for.
size_t OpeningMention(const code::Sentence& s, const std::vector<Mention>& ms, size_t limit);

// Does a place preposition stand right before mention m ("in Syria", "into Iraq")? Such a
// mention names where something happens, not someone acted on or addressed.
bool AfterPlacePreposition(const code::Sentence& s, const Mention& m);

// Is mention `mi` (a possessive pronoun) inside a phrase fronted before the subject:
// "During his visit ..., the minister ...", "However, during his talks with X, he ..."?
// True when it is the sentence's first mention, a comma follows it and an actor follows
// the comma.
bool FrontedPhrase(const code::Sentence& s, const std::vector<Mention>& ms, size_t mi);

// A word that reads as a noun here ("littoral states", "the states", "Western states"):
// after a determiner, a possessive or a capitalised word that is not an actor.
bool NounContext(const code::Sentence& s, const std::vector<size_t>& mention_at, size_t i);

}  // namespace dyad::code
