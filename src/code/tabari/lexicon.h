// code/tabari/lexicon.h: TABARI's dictionaries compiled for lookup.
//
// The lexicon answers one question fast: which dictionary phrases start at token i of a
// sentence? Phrases are indexed by their first word. A stem ("SYRI") matches every text
// word it begins, so a token is looked up under each of its prefixes that is the first word
// of some phrase (a bitmask of the prefix lengths in use skips the others). The candidates
// are then checked word by word (PhraseMatch). Among the phrases that match at a position,
// the longest (TABARI's character length) wins; ties go to the entry loaded first, which is
// TABARI's rule of keeping the first of duplicate entries.
//
// The hot loop never does that work twice for the same word: Candidates() computes, once
// per distinct token, the best one-word entry, the multi-word entries whose first word
// matches (longest first) and the ids of the pattern words the token matches; a
// per-thread TokenCache memoises it, so tagging a token costs one hash lookup, and a
// multi-word match is tried only until the first (longest) one succeeds.
//
// Immutable after Build(); share between threads by const reference.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dict/tabari/tabari_dict.h"
#include "dyad/status.h"

namespace dyad::tabari {

enum class EntryKind : uint8_t { kActor, kAgent, kVerb, kNoun, kAdj, kTime };

// One phrase of the lexicon: an actor, an agent, a verb root or form, a noun, an adjective
// or a time root.
struct LexEntry {
  EntryKind kind;
  int index;                       // into the owning vector (actors, agents, verbs, ...)
  const std::vector<PWord>* words; // the phrase
  int length;                      // TABARI length, for longest-match
  int order;                       // load order, for ties
  char second = 0;                 // first letter of the second word, when joined to the first
};

// A text token as the matcher sees it: upper-case TABARI form.
using TokenText = std::string_view;

class Lexicon {
 public:
  // Takes ownership of the loaded files. Patterns are sorted longest first (stable).
  static std::unique_ptr<Lexicon> Build(ActorsFile actors, std::vector<AgentEntry> agents,
                                        VerbsFile verbs);

  // What a text token can start: computed once per distinct token and cached by the
  // caller (see TokenCache), so the hot loop does one hash lookup per token.
  struct TokenCandidates {
    int single_all = -1;     // best one-word entry of any kind
    int single_no_time = -1; // best one-word entry that is not a <TIME> phrase
    std::vector<int> multi;  // multi-word entries whose first word matches, longest first
    std::vector<uint32_t> pattern_words;  // ids of the pattern words this token matches
  };
  void Candidates(TokenText tok, TokenCandidates* out) const;

  // A per-thread memo of Candidates(), keyed by token text. Not thread-safe: one per
  // thread (Parse holds one).
  class TokenCache {
   public:
    const TokenCandidates& Get(const Lexicon& lex, TokenText tok);
   private:
    struct SvHash {
      using is_transparent = void;
      size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, TokenCandidates, SvHash, std::equal_to<>> map_;
    const Lexicon* owner_ = nullptr;
  };

  // The best entry (longest; first loaded on ties) matching at token `i` of `toks`, or -1.
  // `kinds` is a bitmask of 1 << EntryKind to consider; `with_time` whether <TIME>
  // phrases count. On success `*end` is one past the last token of the match and `used`
  // lists the matched token positions.
  int BestAt(const std::vector<TokenText>& toks, int i, int limit, bool with_time,
             const TokenCandidates& c, int* end, std::vector<int>* used) const;

  const LexEntry& entry(int e) const { return entries_[e]; }
  const ActorsFile& actors() const { return actors_; }
  const std::vector<AgentEntry>& agents() const { return agents_; }
  const VerbsFile& verbs() const { return verbs_; }
  bool has_time() const { return !verbs_.time.empty(); }
  // VerbPattern::required_mask of each pattern of verb `v` (four words per pattern),
  // packed for a fast scan.
  const std::vector<uint64_t>& pattern_masks(int v) const { return pattern_masks_[v]; }
  // Number of distinct plain words used in patterns (ids are 0..n-1).
  size_t pattern_word_count() const { return pattern_word_count_; }

  // Which regular endings an exact word accepts (manual 5.2.3): none (pattern words,
  // synset members, words inside a phrase), noun endings (S 'S S' ES: actors, agents,
  // nouns, adjectives) or verb endings (S ED ES EN ING, and D N after a final E).
  enum class Endings : uint8_t { kNone, kNoun, kVerb };

  // Word-level match of a dictionary word against a text token.
  static bool WordMatch(const PWord& w, TokenText tok, Endings endings);

  // Matches `words` with its first word at token `i`; later words may be separated by up
  // to `max_gap` tokens unless joined. Fills `used` and `*end`.
  static bool PhraseMatch(const std::vector<PWord>& words, const std::vector<TokenText>& toks,
                          int i, int limit, int max_gap, Endings endings, int* end,
                          std::vector<int>* used);

 private:
  Lexicon() = default;
  void Add(EntryKind kind, int index, const std::vector<PWord>* words);

  ActorsFile actors_;
  std::vector<AgentEntry> agents_;
  VerbsFile verbs_;
  std::vector<LexEntry> entries_;
  struct SvHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<int>, SvHash, std::equal_to<>> by_first_;  // first word -> entries
  uint64_t prefix_lengths_ = 0;  // bit L set when some first word has length L (L < 64)
  // Pattern words: exact ones by text, stems by text (matched as prefixes).
  std::unordered_map<std::string, uint32_t, SvHash, std::equal_to<>> exact_words_, stem_words_;
  uint64_t stem_lengths_ = 0;
  size_t pattern_word_count_ = 0;
  std::vector<std::vector<uint64_t>> pattern_masks_;
};

}  // namespace dyad::tabari
