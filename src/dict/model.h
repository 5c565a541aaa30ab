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

// Everything the loaders produced, in load order.
struct Entries {
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<VerbPattern> verbs;
};

}  // namespace dyad::dict
