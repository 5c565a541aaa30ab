// dict/compiled.h: the indexed form of a dictionary that the coder reads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dict/model.h"
#include "lex/lemmatizer.h"

namespace dyad::context { class Gazetteer; }

namespace dyad::dict {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

// Immutable after construction; every method is const and thread-safe.
class CompiledDictionary {
 public:
  CompiledDictionary(Entries entries, std::unique_ptr<lex::Lemmatizer> lemmatizer,
                     std::shared_ptr<const context::Gazetteer> gazetteer = nullptr);

  const lex::Lemmatizer& lemmatizer() const { return *lemmatizer_; }
  // The places gazetteer, or nullptr when none was loaded (events then get no location).
  const context::Gazetteer* gazetteer() const { return gazetteer_.get(); }
  const Entries& entries() const { return entries_; }
  // PETRARCH's discard phrases and issue phrases (model.h), in load order; empty unless a
  // --dict file gave some. Not indexed: the coder does not use them yet.
  const std::vector<DiscardEntry>& discards() const { return entries_.discards; }
  const std::vector<IssueEntry>& issues() const { return entries_.issues; }

  // The longest actor (resp. agent) phrase that starts at words[i]; nullptr when none.
  // `*length` receives its length in words. Where two entries have the same phrase, the
  // one loaded last wins (so --dict files override the defaults).
  const ActorEntry* LongestActor(const std::vector<std::string_view>& words, size_t i,
                                 size_t* length) const;
  const AgentEntry* LongestAgent(const std::vector<std::string_view>& words, size_t i,
                                 size_t* length) const;

  // Verb patterns whose first word is `word` (a lemma or normalised form), longest first,
  // then in load order. Empty when none.
  const std::vector<const VerbPattern*>& PatternsStartingWith(std::string_view word) const;

 private:
  Entries entries_;
  std::unique_ptr<lex::Lemmatizer> lemmatizer_;
  std::shared_ptr<const context::Gazetteer> gazetteer_;
  StringMap<std::vector<uint32_t>> actors_by_first_;  // indices into entries_.actors
  StringMap<std::vector<uint32_t>> agents_by_first_;
  StringMap<std::vector<const VerbPattern*>> verbs_by_first_;
};

}  // namespace dyad::dict
