// code/tabari/lexicon.cc: building and querying the compiled TABARI dictionaries.
#include "code/tabari/lexicon.h"

#include <algorithm>

namespace dyad::tabari {
namespace {

// Words allowed between two words of a phrase that are not joined by '_' ("DURTHANG ORC"
// matches "Durthang should be set up in areas not controlled by rebel Orc": DEBUG-02).
constexpr int kMaxGap = 10;

int PhraseLength(const std::vector<PWord>& words) {
  int n = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    n += static_cast<int>(words[i].text.size());
    if (words[i].exact || words[i].adjacent) ++n;  // the '_' counts as a character
  }
  return n;
}

}  // namespace

bool Lexicon::WordMatch(const PWord& w, TokenText tok, Endings endings) {
  const std::string& t = w.text;
  if (tok.size() < t.size() || tok.compare(0, t.size(), t) != 0) return false;
  if (!w.exact) return true;
  if (tok.size() == t.size()) return true;
  if (w.no_endings || endings == Endings::kNone) return false;
  std::string_view rest = tok.substr(t.size());
  if (endings == Endings::kNoun) {
    return rest == "S" || rest == "'S" || rest == "'" || rest == "S'" || rest == "ES";
  }
  if (rest == "S" || rest == "ED" || rest == "ES" || rest == "EN" || rest == "ING") return true;
  return !t.empty() && t.back() == 'E' && (rest == "D" || rest == "N");
}

bool Lexicon::PhraseMatch(const std::vector<PWord>& words, const std::vector<TokenText>& toks,
                          int i, int limit, int max_gap, Endings endings, int* end,
                          std::vector<int>* used) {
  const int n = static_cast<int>(words.size());
  if (i >= limit || !WordMatch(words[0], toks[i], n == 1 ? endings : Endings::kNone)) return false;
  if (used) {
    used->clear();
    used->push_back(i);
  }
  int pos = i;
  for (int k = 1; k < n; ++k) {
    bool joined = words[k - 1].adjacent;
    bool last = k == n - 1;
    int found = -1;
    int hi = joined ? pos + 1 : std::min(limit - 1, pos + 1 + max_gap);
    for (int q = pos + 1; q <= hi && q < limit; ++q) {
      if (toks[q] == ",") break;
      if (WordMatch(words[k], toks[q], last ? endings : Endings::kNone)) {
        found = q;
        break;
      }
    }
    if (found < 0) return false;
    if (used) used->push_back(found);
    pos = found;
  }
  *end = pos + 1;
  return true;
}

void Lexicon::Add(EntryKind kind, int index, const std::vector<PWord>* words) {
  if (words->empty()) return;
  LexEntry e{kind, index, words, PhraseLength(*words), static_cast<int>(entries_.size())};
  if (words->size() > 1 && (*words)[0].adjacent && !(*words)[1].text.empty()) e.second = (*words)[1].text[0];
  const std::string& first = (*words)[0].text;
  by_first_[first].push_back(static_cast<int>(entries_.size()));
  if (first.size() < 64) prefix_lengths_ |= uint64_t{1} << first.size();
  entries_.push_back(e);
}

std::unique_ptr<Lexicon> Lexicon::Build(ActorsFile actors, std::vector<AgentEntry> agents,
                                        VerbsFile verbs) {
  std::unique_ptr<Lexicon> lx(new Lexicon());
  lx->actors_ = std::move(actors);
  lx->agents_ = std::move(agents);
  lx->verbs_ = std::move(verbs);
  auto sort_patterns = [](std::vector<VerbEntry>& vs) {
    for (VerbEntry& v : vs) {
      std::stable_sort(v.patterns.begin(), v.patterns.end(),
                       [](const VerbPattern& a, const VerbPattern& b) { return a.length > b.length; });
    }
  };
  sort_patterns(lx->verbs_.verbs);
  sort_patterns(lx->verbs_.time);
  // Intern the plain words of the patterns for the prefilter (matcher.h: MayMatch).
  auto intern = [&](const PWord& w) {
    auto& m = w.exact ? lx->exact_words_ : lx->stem_words_;
    auto it = m.find(w.text);
    if (it != m.end()) return it->second;
    uint32_t id = static_cast<uint32_t>(lx->pattern_word_count_++);
    m.emplace(w.text, id);
    if (!w.exact && w.text.size() < 64) lx->stem_lengths_ |= uint64_t{1} << w.text.size();
    return id;
  };
  auto intern_all = [&](std::vector<VerbEntry>& vs) {
    for (VerbEntry& v : vs) {
      for (VerbPattern& pat : v.patterns) {
        pat.required_ids_before.clear();
        pat.required_ids_after.clear();
        for (uint16_t i : pat.required_before) pat.required_ids_before.push_back(intern(pat.before[i].word));
        for (uint16_t i : pat.required_after) pat.required_ids_after.push_back(intern(pat.after[i].word));
        for (uint64_t& w : pat.required_mask) w = 0;
        for (uint32_t id : pat.required_ids_before) pat.required_mask[(id / 64) % 4] |= uint64_t{1} << (id % 64);
        for (uint32_t id : pat.required_ids_after) pat.required_mask[(id / 64) % 4] |= uint64_t{1} << (id % 64);
      }
    }
  };
  intern_all(lx->verbs_.verbs);
  for (const VerbEntry& v : lx->verbs_.verbs) {
    lx->pattern_masks_.emplace_back();
    for (const VerbPattern& pat : v.patterns) {
      for (uint64_t w : pat.required_mask) lx->pattern_masks_.back().push_back(w);
    }
  }
  for (size_t i = 0; i < lx->actors_.actors.size(); ++i)
    lx->Add(EntryKind::kActor, static_cast<int>(i), &lx->actors_.actors[i].words);
  for (size_t i = 0; i < lx->agents_.size(); ++i)
    lx->Add(EntryKind::kAgent, static_cast<int>(i), &lx->agents_[i].words);
  for (size_t i = 0; i < lx->verbs_.verbs.size(); ++i) {
    VerbEntry& v = lx->verbs_.verbs[i];
    lx->Add(EntryKind::kVerb, static_cast<int>(i), &v.root);
    for (auto& f : v.forms) lx->Add(EntryKind::kVerb, static_cast<int>(i), &f);
  }
  for (size_t i = 0; i < lx->actors_.nouns.size(); ++i)
    lx->Add(EntryKind::kNoun, static_cast<int>(i), &lx->actors_.nouns[i].words);
  for (size_t i = 0; i < lx->actors_.adjectives.size(); ++i)
    lx->Add(EntryKind::kAdj, static_cast<int>(i), &lx->actors_.adjectives[i].words);
  for (size_t i = 0; i < lx->verbs_.time.size(); ++i)
    lx->Add(EntryKind::kTime, static_cast<int>(i), &lx->verbs_.time[i].root);
  return lx;
}

void Lexicon::Candidates(TokenText tok, TokenCandidates* out) const {
  out->single_all = out->single_no_time = -1;
  out->multi.clear();
  const size_t maxl = std::min<size_t>(tok.size(), 63);
  auto better = [&](int e, int cur) {
    return cur < 0 || entries_[e].length > entries_[cur].length ||
           (entries_[e].length == entries_[cur].length && entries_[e].order < entries_[cur].order);
  };
  for (size_t L = 1; L <= maxl; ++L) {
    if (!(prefix_lengths_ >> L & 1)) continue;
    auto it = by_first_.find(tok.substr(0, L));
    if (it == by_first_.end()) continue;
    for (int e : it->second) {
      const LexEntry& le = entries_[e];
      const std::vector<PWord>& w = *le.words;
      Endings en = le.kind == EntryKind::kVerb || le.kind == EntryKind::kTime ? Endings::kVerb : Endings::kNoun;
      if (!WordMatch(w[0], tok, w.size() == 1 ? en : Endings::kNone)) continue;
      if (w.size() > 1) {
        out->multi.push_back(e);
        continue;
      }
      if (better(e, out->single_all)) out->single_all = e;
      if (le.kind != EntryKind::kTime && better(e, out->single_no_time)) out->single_no_time = e;
    }
  }
  out->pattern_words.clear();
  if (auto it = exact_words_.find(tok); it != exact_words_.end()) out->pattern_words.push_back(it->second);
  for (size_t L = 1; L <= maxl; ++L) {
    if (!(stem_lengths_ >> L & 1)) continue;
    auto it = stem_words_.find(tok.substr(0, L));
    if (it != stem_words_.end()) out->pattern_words.push_back(it->second);
  }
  std::sort(out->multi.begin(), out->multi.end(), [&](int a, int b) {
    if (entries_[a].length != entries_[b].length) return entries_[a].length > entries_[b].length;
    return entries_[a].order < entries_[b].order;
  });
}

const Lexicon::TokenCandidates& Lexicon::TokenCache::Get(const Lexicon& lex, TokenText tok) {
  if (owner_ != &lex || map_.size() > 200000) {
    map_.clear();
    owner_ = &lex;
  }
  auto it = map_.find(tok);
  if (it != map_.end()) return it->second;
  TokenCandidates c;
  lex.Candidates(tok, &c);
  return map_.emplace(std::string(tok), std::move(c)).first->second;
}

int Lexicon::BestAt(const std::vector<TokenText>& toks, int i, int limit, bool with_time,
                    const TokenCandidates& c, int* end, std::vector<int>* used) const {
  int best = with_time ? c.single_all : c.single_no_time;
  used->clear();
  if (best >= 0) {
    used->push_back(i);
    *end = i + 1;
  }
  const int best_len = best >= 0 ? entries_[best].length : -1;
  std::vector<int> scratch;
  for (int e : c.multi) {
    const LexEntry& le = entries_[e];
    if (le.length < best_len) break;
    if (le.length == best_len && le.order > entries_[best].order) break;
    if (!with_time && le.kind == EntryKind::kTime) continue;
    if (le.second != 0 && (i + 1 >= limit || toks[i + 1].empty() || toks[i + 1][0] != le.second)) continue;
    Endings en = le.kind == EntryKind::kVerb || le.kind == EntryKind::kTime ? Endings::kVerb : Endings::kNoun;
    int pend = 0;
    if (!PhraseMatch(*le.words, toks, i, limit, kMaxGap, en, &pend, &scratch)) continue;
    *end = pend;
    used->swap(scratch);
    return e;  // longest first: the first multi-word match is the best one
  }
  return best;
}

}  // namespace dyad::tabari
