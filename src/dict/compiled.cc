// dict/compiled.cc: indexes dictionary entries by their first word.
//
// Phrases are looked up by their first word in a hash map; each bucket holds the
// entries starting with that word, longest first, so the first full match found is the
// longest. Buckets are short (a handful of phrases share a first word), so a lookup is
// one hash probe plus a few word comparisons. Ties between equal phrases go to the
// entry loaded last, which lets a user's --dict file override a default; people who share
// an alias are merged first (MergeSharedAliases), so the event's date picks the person.
#include "dict/compiled.h"

#include <algorithm>
#include <map>

#include "context/gazetteer.h"

namespace dyad::dict {
namespace {

template <typename E>
void Index(const std::vector<E>& entries, StringMap<std::vector<uint32_t>>* map) {
  for (uint32_t i = 0; i < entries.size(); ++i)
    if (!entries[i].words.empty()) (*map)[entries[i].words[0]].push_back(i);
  for (auto& [word, ids] : *map)
    std::stable_sort(ids.begin(), ids.end(), [&](uint32_t a, uint32_t b) {
      if (entries[a].words.size() != entries[b].words.size())
        return entries[a].words.size() > entries[b].words.size();
      return a > b;  // later entries first
    });
}

template <typename E>
const E* Longest(const std::vector<E>& entries, const StringMap<std::vector<uint32_t>>& map,
                 const std::vector<std::string_view>& words, size_t i, size_t* length) {
  *length = 0;
  if (i >= words.size()) return nullptr;
  auto it = map.find(words[i]);
  if (it == map.end()) return nullptr;
  for (uint32_t id : it->second) {
    const auto& w = entries[id].words;
    if (i + w.size() > words.size()) continue;
    bool match = true;
    for (size_t k = 1; k < w.size() && match; ++k) match = words[i + k] == w[k];
    if (match) {
      *length = w.size();
      return &entries[id];
    }
  }
  return nullptr;
}

// People who share a phrase ("Bush" for two presidents) become one entry, the one loaded
// last (which the index prefers), holding every person's codes, each with its holder's
// name: the code that holds on the event's date then says who is meant (the one that began
// last, where several hold). Other duplicates
// keep "the last loaded wins".
void MergeSharedAliases(std::vector<ActorEntry>* actors) {
  std::map<std::vector<std::string>, std::vector<uint32_t>> by_words;
  for (uint32_t i = 0; i < actors->size(); ++i)
    if ((*actors)[i].kind == ActorKind::kPerson) by_words[(*actors)[i].words].push_back(i);
  for (auto& [words, ids] : by_words) {
    if (ids.size() < 2) continue;
    ActorEntry& last = (*actors)[ids.back()];
    std::vector<DatedCode> merged;
    bool several = false;
    for (uint32_t id : ids) {
      const ActorEntry& a = (*actors)[id];
      several = several || a.name != last.name;
      for (DatedCode c : a.codes) {
        if (c.name.empty()) c.name = a.name;
        merged.push_back(std::move(c));
      }
    }
    if (!several) continue;
    // Where several people's ranges hold on a date (a president's ELI years and his son's),
    // the range that began last comes first: the coder takes the first that holds.
    std::stable_sort(merged.begin(), merged.end(),
                     [](const DatedCode& a, const DatedCode& b) { return a.from > b.from; });
    last.codes = std::move(merged);
  }
}

}  // namespace

CompiledDictionary::CompiledDictionary(Entries entries, std::unique_ptr<lex::Lemmatizer> lemmatizer,
                                       std::shared_ptr<const context::Gazetteer> gazetteer)
    : entries_(std::move(entries)), lemmatizer_(std::move(lemmatizer)), gazetteer_(std::move(gazetteer)) {
  MergeSharedAliases(&entries_.actors);
  Index(entries_.actors, &actors_by_first_);
  Index(entries_.agents, &agents_by_first_);
  for (auto& p : entries_.verbs) {
    bool first = true;
    for (const auto& e : p.elems) {
      if (e.kind != PatternElem::Kind::kWord) continue;
      if (first) verbs_by_first_[e.word].push_back(&p);
      else p.later_word_hashes.push_back(std::hash<std::string_view>{}(e.word));
      first = false;
    }
  }
  // Longest first; among equally long ones, patterns with more slots (a target) first,
  // since they are the more specific; then load order.
  auto words = [](const VerbPattern* p) {
    return std::count_if(p->elems.begin(), p->elems.end(),
                         [](const PatternElem& e) { return e.kind == PatternElem::Kind::kWord; });
  };
  for (auto& [w, list] : verbs_by_first_)
    std::stable_sort(list.begin(), list.end(), [&](const VerbPattern* a, const VerbPattern* b) {
      if (words(a) != words(b)) return words(a) > words(b);
      return a->elems.size() > b->elems.size();
    });
}

const ActorEntry* CompiledDictionary::LongestActor(const std::vector<std::string_view>& words,
                                                   size_t i, size_t* length) const {
  return Longest(entries_.actors, actors_by_first_, words, i, length);
}

const AgentEntry* CompiledDictionary::LongestAgent(const std::vector<std::string_view>& words,
                                                   size_t i, size_t* length) const {
  return Longest(entries_.agents, agents_by_first_, words, i, length);
}

const std::vector<const VerbPattern*>& CompiledDictionary::PatternsStartingWith(
    std::string_view word) const {
  static const std::vector<const VerbPattern*> kNone;
  auto it = verbs_by_first_.find(word);
  return it == verbs_by_first_.end() ? kNone : it->second;
}

}  // namespace dyad::dict
