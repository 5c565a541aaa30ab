// dict/model.h: the entries a dictionary is made of, before they are compiled.
//
// Every loader (dyad's own format, TABARI's, PETRARCH's) produces these; the compiler
// (dict/dictionary.cc) indexes them. Words are normalised token forms (text/tokens.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dyad::dict {

// Where an entry was written, for errors and evidence.
struct SourceRef {
  std::string file;
  int line = 0;
  std::string Where() const { return file + ":" + std::to_string(line); }
};

// A date as YYYYMMDD in an int; kMinDate/kMaxDate stand for open ends.
constexpr int32_t kMinDate = 0;
constexpr int32_t kMaxDate = 99991231;

struct DatedCode {
  std::string code;
  int32_t from = kMinDate;  // inclusive
  int32_t to = kMaxDate;    // inclusive
  // The person who holds this code, where one alias names several people ("Bush"): the
  // compiler merges their entries and the code that holds on the event's date names the
  // person. "" means the entry's own name.
  std::string name;
  bool Holds(int32_t date) const { return date >= from && date <= to; }
};

enum class ActorKind : uint8_t { kActor, kPerson };

struct ActorEntry {
  std::vector<std::string> words;  // normalised phrase, e.g. {"republic","of","kazakhstan"}
  std::vector<DatedCode> codes;    // at least one
  ActorKind kind = ActorKind::kActor;
  std::string name;                // canonical name for people ("Kasymzhomart Tokayev")
  SourceRef src;
};

struct AgentEntry {
  std::vector<std::string> words;  // {"foreign","minister"}
  std::string code;                // "GOV"
  SourceRef src;
};

struct PatternElem {
  enum class Kind : uint8_t { kWord, kSource, kTarget };
  Kind kind = Kind::kWord;
  std::string word;  // for kWord: a lemma or normalised form
};

struct VerbPattern {
  std::vector<PatternElem> elems;
  // Hashes (std::hash<std::string_view>) of the words after the first, filled by the
  // compiler: a sentence lacking any of them cannot match, which the matcher checks
  // before trying the pattern.
  std::vector<size_t> later_word_hashes;
  std::string code;  // CAMEO event code, e.g. "042"
  std::string text;  // the pattern as written, for evidence
  SourceRef src;
};

// PETRARCH's discard list: a phrase whose presence in a sentence (or anywhere in the story)
// means that sentence (or the whole story) is not coded. As PETRARCH matches it: case-
// insensitive, starting at a word's start; the last word is a stem (any word starting with
// it) unless the file wrote a trailing '_', which asks for the whole word.
// The coder does not read these yet (docs/dictionary-format.md).
enum class DiscardScope : uint8_t { kSentence, kStory };

struct DiscardEntry {
  std::vector<std::string> words;  // normalised, {"world","golf","championships"}
  bool last_word_is_stem = true;   // false when written with a trailing '_'
  DiscardScope scope = DiscardScope::kSentence;
  SourceRef src;
};

// PETRARCH's issue coding: a phrase found in a sentence tags its events with an issue code.
// One entry per form: `n:school` gives "school" and "schools", `v:` the regular verb forms,
// `pre+k` both "pre k" and "pre-k". An exclusion (`~PHRASE`: sentence, `~~PHRASE`: story)
// has no code and cancels the issues of its category where it is found.
// The coder does not read these yet (docs/dictionary-format.md).
enum class IssueExclusion : uint8_t { kNone, kSentence, kStory };

struct IssueEntry {
  std::vector<std::string> words;  // normalised, {"early","childhood","education"}
  std::string code;                // "EARLY_CHILDHOOD_EDUCATION"; "" for an exclusion
  std::string category;            // from <ISSUE CATEGORY="...">, "" outside any section
  IssueExclusion exclusion = IssueExclusion::kNone;
  SourceRef src;
};

// Everything the loaders produced, in load order.
struct Entries {
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<VerbPattern> verbs;
  std::vector<DiscardEntry> discards;
  std::vector<IssueEntry> issues;
};

}  // namespace dyad::dict
