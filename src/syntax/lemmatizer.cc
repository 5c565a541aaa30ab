// syntax/lemmatizer.cc: suffix rules plus an exception list, both learned from a treebank.
//
// Idea: the "base" of a word is its form, lower-cased unless tagged NNP/NNPS (UD English
// keeps proper nouns' case in lemmas). Each training word gives an edit rule base ->
// lemma: strip k bytes, append a string ("studies"/NNS -> strip 3, append "y"). For each
// tag and each suffix of the base of 0..5 bytes the most frequent rule is kept (suffixes
// of 3 or more bytes need >= 2 examples); a suffix's rule is stored only where it differs
// from that of its one-byte-shorter suffix, since lookup walks from the longest suffix down
// and would find the same rule there. Words the rules get wrong in training ("went"/VBD
// -> "go", "mice") are stored whole as exceptions. Lookup: O(length of the word).
#include "syntax/lemmatizer.h"

#include <algorithm>
#include <map>

namespace dyad::syntax {
namespace {

constexpr size_t kMaxSuffix = 5;

bool IsProper(const std::string& xpos) { return xpos == "NNP" || xpos == "NNPS"; }

std::string Base(const std::string& form, const std::string& xpos) {
  if (IsProper(xpos)) return form;
  std::string out = form;
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string Key(const std::string& xpos, std::string_view s) { return xpos + "\t" + std::string(s); }

}  // namespace

std::string Lemmatizer::ByRules(const std::string& base, const std::string& xpos) const {
  std::string key = xpos + "\t";  // "XPOS\tsuffix", rebuilt in place for each suffix
  const size_t prefix = key.size();
  key.reserve(prefix + kMaxSuffix);
  for (size_t n = std::min(kMaxSuffix, base.size()) + 1; n-- > 0;) {
    key.resize(prefix);
    key.append(base, base.size() - n, n);
    auto it = rules_.find(key);
    if (it == rules_.end()) continue;
    if (it->second.strip > base.size()) break;
    return base.substr(0, base.size() - it->second.strip) + it->second.append;
  }
  return base;
}

std::string Lemmatizer::Lemma(const std::string& form, const std::string& xpos) const {
  std::string base = Base(form, xpos);
  if (!exceptions_.empty()) {
    auto it = exceptions_.find(Key(xpos, base));
    if (it != exceptions_.end()) return it->second;
  }
  return ByRules(base, xpos);
}

Lemmatizer Lemmatizer::Train(const std::vector<const Tree*>& train) {
  // (tag\tsuffix) -> rule "strip\tappend" -> count; std::map keeps ties deterministic.
  std::map<std::string, std::map<std::string, int>> counts;
  for (const Tree* tree : train)
    for (const Word& w : tree->words) {
      std::string base = Base(w.form, w.xpos);
      size_t common = 0;
      while (common < base.size() && common < w.lemma.size() && base[common] == w.lemma[common]) ++common;
      if (base.size() - common > 255) continue;
      std::string rule = std::to_string(base.size() - common) + "\t" + w.lemma.substr(common);
      for (size_t n = 0; n <= std::min(kMaxSuffix, base.size()); ++n)
        ++counts[Key(w.xpos, std::string_view(base).substr(base.size() - n))][rule];
    }
  std::map<std::string, std::string> best;  // key -> best rule
  for (const auto& [key, rules] : counts) {
    int total = 0, top = 0;
    std::string top_rule;
    for (const auto& [rule, n] : rules) {
      total += n;
      if (n > top) top = n, top_rule = rule;
    }
    size_t suffix_len = key.size() - key.find('\t') - 1;
    if (suffix_len >= 3 && total < 2) continue;
    best[key] = top_rule;
  }
  Lemmatizer lem;
  for (const auto& [key, rule] : best) {
    size_t tab = key.find('\t');
    if (key.size() > tab + 1) {  // drop when the one-byte-shorter suffix has the same rule
      auto parent = best.find(key.substr(0, tab + 1) + key.substr(tab + 2));
      if (parent != best.end() && parent->second == rule) continue;
    }
    size_t rt = rule.find('\t');
    lem.rules_[key] = Rule{static_cast<uint8_t>(std::stoi(rule.substr(0, rt))), rule.substr(rt + 1)};
  }
  std::map<std::string, std::map<std::string, int>> lemmas;  // tag\tbase -> lemma -> count
  for (const Tree* tree : train)
    for (const Word& w : tree->words) ++lemmas[Key(w.xpos, Base(w.form, w.xpos))][w.lemma];
  for (const auto& [key, by_lemma] : lemmas) {
    auto top = std::max_element(by_lemma.begin(), by_lemma.end(),
                                [](const auto& a, const auto& b) { return a.second < b.second; });
    size_t tab = key.find('\t');
    if (lem.ByRules(key.substr(tab + 1), key.substr(0, tab)) != top->first) lem.exceptions_[key] = top->first;
  }
  return lem;
}

void Lemmatizer::Save(BinaryWriter& out) const {
  std::map<std::string, Rule> rules(rules_.begin(), rules_.end());
  out.Put<uint32_t>(static_cast<uint32_t>(rules.size()));
  for (const auto& [key, rule] : rules) {
    out.PutString(key);
    out.Put<uint8_t>(rule.strip);
    out.PutString(rule.append);
  }
  std::map<std::string, std::string> exc(exceptions_.begin(), exceptions_.end());
  out.Put<uint32_t>(static_cast<uint32_t>(exc.size()));
  for (const auto& [key, lemma] : exc) {
    out.PutString(key);
    out.PutString(lemma);
  }
}

bool Lemmatizer::Load(BinaryReader& in) {
  uint32_t n;
  if (!in.Get(&n)) return false;
  rules_.clear();
  rules_.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    std::string key;
    Rule r;
    if (!in.GetString(&key) || !in.Get(&r.strip) || !in.GetString(&r.append)) return false;
    rules_[key] = r;
  }
  if (!in.Get(&n)) return false;
  exceptions_.clear();
  exceptions_.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    std::string key, lemma;
    if (!in.GetString(&key) || !in.GetString(&lemma)) return false;
    exceptions_[key] = lemma;
  }
  return true;
}

}  // namespace dyad::syntax
