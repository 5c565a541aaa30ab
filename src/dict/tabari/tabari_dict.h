// dict/tabari/tabari_dict.h: TABARI's dictionaries as dyad holds them in memory.
//
// TABARI (Schrodt, 0.8.4b2) keeps coding knowledge in four kinds of file: .actors (proper
// nouns with date-restricted codes, plus <NOUN> and <ADJECTIVE> lists), .agents (common
// nouns with "~GOV"-style codes), .verbs (roots, irregular forms, patterns, <SYNSETS>,
// <TIME> phrases) and .options (switches). The loaders in this folder read those files into
// the plain structures below; code/tabari/ compiles them into lookup tables and codes text.
//
// Words are kept as TABARI writes them: upper case, with the dictionary markers decoded into
// flags (see PWord). Dates are YYYYMMDD integers (two-digit years pivot at 30: 00-30 are
// 2000-2030, as the manual says).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dyad::tabari {

// Where a dictionary entry was written: "CountryInfo.120116.actors:1234".
struct Where {
  std::string file;  // base name of the file
  int line = 0;
  std::string Str() const { return file + ":" + std::to_string(line); }
};

// Problems found while loading. Bad lines are skipped and reported here; duplicates are
// only counted (and listed), because the full CAMEO dictionaries carry thousands.
struct LoadReport {
  std::vector<std::string> errors;      // "file:line: what is wrong"
  std::vector<std::string> duplicates;  // "file:line: duplicate of file:line"
  void Error(const Where& w, const std::string& what) { errors.push_back(w.Str() + ": " + what); }
};

// One word of a dictionary phrase.
//   SYRI      a stem: matches any text word that starts with SYRI
//   OF_       exact: matches OF (and, on the last word of a phrase, the regular endings
//             S 'S ED ES EN ING)
//   MOUSE=    exact, and no regular endings
//   A_B       A exact, and B must follow A immediately
//   A~_B      A a stem, and B must follow A immediately
struct PWord {
  std::string text;
  bool exact = false;
  bool no_endings = false;
  bool adjacent = false;  // the next element of the phrase must follow immediately
};

// A code with an optional date window, inclusive, YYYYMMDD.
struct DatedCode {
  std::string code;  // "ISRGOV", "GME/GMW" (coded compound), "---", "###", "+++"
  int32_t from = 0;
  int32_t to = 99999999;
  bool restricted = false;
};

struct ActorEntry {
  std::vector<PWord> words;
  std::vector<DatedCode> codes;  // restricted ones first, in file order; default last
  Where where;
};

struct AgentEntry {
  std::vector<PWord> words;
  std::string code;     // without the '~', e.g. "GOVFRM"
  bool suffix = true;   // "~GOV": appended to the actor code; "NGO~": prefixed
  Where where;
};

// <NOUN> and <ADJECTIVE> entries, and plain word lists.
struct WordEntry {
  std::vector<PWord> words;
  Where where;
};

// An event code as written in a .verbs file: "042", "032:033" (paired), "023?"
// (subordinate), "111!" (dominant), "---" (null), "###" (discard), "+++" (complex); in
// <TIME> sections "+7" / "-1" (days).
struct VerbCode {
  enum class Kind : uint8_t { kEvent, kNull, kDiscard, kComplex };
  Kind kind = Kind::kNull;
  std::string code;    // primary event code ("032")
  std::string paired;  // second code of a pair ("033"), or ""
  bool subordinate = false;
  bool dominant = false;
  std::string raw;     // as written between the brackets
};

// One element of a verb pattern.
struct PElem {
  enum class Kind : uint8_t { kWord, kVerb, kSource, kTarget, kCompound, kSkip, kSynset, kAlt };
  Kind kind = Kind::kWord;
  PWord word;                                // kWord (word.adjacent is the connector)
  bool adjacent = false;                     // next element must follow immediately
  int synset = -1;                           // kSynset: index into VerbsFile::synsets
  std::vector<std::vector<PElem>> alts;      // kAlt: the alternatives
};

struct VerbPattern {
  std::vector<PElem> before;  // elements before '*', in text order
  std::vector<PElem> after;   // elements after '*', in text order
  bool verb_adjacent_before = false;  // the element before '*' must touch the verb
  bool verb_adjacent_after = false;   // the element after '*' must touch the verb
  VerbCode code;
  int length = 0;             // TABARI's length: characters of literal text
  std::string text;           // as written, for evidence
  Where where;
  // Indices of the plain words of `before` and `after` (outside alternatives and synsets):
  // every one must occur on its side of the verb for the pattern to match. The coder
  // checks them against a sorted index of the sentence before trying the full match.
  std::vector<uint16_t> required_before, required_after;
  // The same words as interned ids (filled by the coder's Lexicon).
  std::vector<uint32_t> required_ids_before, required_ids_after;
  uint64_t required_mask[4] = {0, 0, 0, 0};  // bit (id % 256) of every required id
};

// A verb: its root phrase, irregular forms, default code and patterns.
struct VerbEntry {
  std::vector<PWord> root;                 // "BURN DOWN" is {BURN, DOWN}
  std::vector<std::vector<PWord>> forms;   // irregular forms, each a phrase
  VerbCode code;                           // the root's code
  std::vector<VerbPattern> patterns;       // in file order (sorted when compiled)
  Where where;
};

// A synonym set: &NAME with its members (each a pattern fragment).
struct Synset {
  std::string name;                         // without '&'
  std::vector<std::vector<PElem>> members;
  Where where;
};

struct VerbsFile {
  std::vector<VerbEntry> verbs;
  std::vector<Synset> synsets;
  std::vector<VerbEntry> time;    // <TIME> phrases: code.raw holds "+7", "###", ...
  std::vector<VerbEntry> attrib;  // <ATTRIB> phrases (read, not used for coding)
};

struct ActorsFile {
  std::vector<ActorEntry> actors;
  std::vector<WordEntry> nouns;
  std::vector<WordEntry> adjectives;
};

}  // namespace dyad::tabari
