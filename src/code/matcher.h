// code/matcher.h: verb patterns matched against a sentence and its actor mentions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "code/mentions.h"
#include "code/sentence.h"
#include "dict/compiled.h"

namespace dyad::code {

inline constexpr size_t kNoMention = static_cast<size_t>(-1);

struct PatternMatch {
  const dict::VerbPattern* pattern = nullptr;
  // The event code: the pattern's, or a frame's mirror of it (code/frames.h).
  std::string code;
  size_t first_word = 0;  // token of the pattern's first word
  size_t last_word = 0;   // token of its last word
  std::vector<size_t> word_tokens;  // the tokens its words matched
  size_t source = kNoMention;  // index into the mentions vector, or kNoMention
  size_t target = kNoMention;
  bool passive = false;
  bool source_from_tree = false;  // the source is the verb's subject in the dependency tree
  // The tree says who the doer is and it is no actor: the verb's subject is a noun that
  // names none ("Yakovenko accuses the UK of ..."), or an act named by a noun has no
  // actor in its phrase or as the subject of the verb it is the object of ("joined the
  // fight against X"). No other actor may stand in for the doer.
  bool doer_unknown = false;
};

struct MatchOptions {
  // Other tokens allowed between two words of a pattern. Default: 3.
  size_t max_gap = 3;
  // How far after the pattern's last word the target may start. Default: 6 tokens.
  size_t target_window = 6;
};

// Matches every pattern whose first word appears in `s` (by lemma or normalised form)
// and keeps, where matches share tokens, the one with the most words (then the earliest
// in the dictionary). The semantics are those of docs/dictionary-format.md. Results are
// in sentence order. Pure; thread-safe.
std::vector<PatternMatch> MatchPatterns(const Sentence& s, const std::vector<Mention>& mentions,
                                        const dict::CompiledDictionary& dict,
                                        const MatchOptions& options = {});

}  // namespace dyad::code
