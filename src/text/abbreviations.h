// text/abbreviations.h: which words ending in a period are abbreviations, and which
// capitalised words start a sentence. Shared by the sentence splitter and the tokenizer
// so that both agree on "U.S.", "Gen." and "J.".
#pragma once

#include <string_view>

namespace dyad::text {

// How an abbreviation binds to the word after it.
enum class AbbrevKind {
  kNone,
  // Usually followed by a name or noun: titles ("Gen.", "Mr."), country and
  // organisation initialisms ("U.S.", "U.N."), dotted initialisms in general ("D.C.",
  // "a.m."), single capital initials ("J."), "vs.", "St.". The period does not end the
  // sentence unless the next word is a sentence starter ("The", "He", ...).
  kBeforeName,
  // Usually followed by a number or by lower case: months ("Jan."), "No.", "etc.",
  // "Inc.", "Jr.". The period ends the sentence before any capitalised word.
  kBeforeNumber,
};

// Classifies `word`, which must include its final period ("U.S.", "Gen.", "etc.").
// Leading opening punctuation must already be stripped. Case-sensitive for the list
// entries ("Gen." but not "GEN."), pattern-based for dotted initialisms: one letter,
// then one or more ".<letter>", then "." ("U.S.", "a.m.", "U.S.A.").
// Thread-safe; O(length of word).
AbbrevKind ClassifyAbbreviation(std::string_view word);

// True for a small closed list of capitalised words that typically open an English
// news sentence and rarely follow a title or an initialism: "The", "He", "She", "It",
// "They", "We", "I", "But", "However", "In", "On", ... `word` is the word alone, with no
// punctuation. Case-sensitive (must be capitalised as at a sentence start).
bool IsSentenceStarter(std::string_view word);

// For tests: whether the internal word lists are sorted (lookups binary-search them).
bool AbbreviationListsSortedForTest();

}  // namespace dyad::text
