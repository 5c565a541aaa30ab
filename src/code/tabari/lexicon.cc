// code/tabari/lexicon.cc: building and querying the compiled TABARI dictionaries.
#include "code/tabari/lexicon.h"

#include <algorithm>

namespace dyad::tabari {
namespace {

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

int Lexicon::BestAt(const std::vector<TokenText>& toks, int i, int limit, unsigned kinds, int* end,
                    std::vector<int>* used) const {
  TokenText tok = toks[i];
  int best = -1;
  int best_len = -1;
  int best_end = 0;
  std::vector<int> scratch;
  std::vector<int>* u = used ? &scratch : nullptr;
  const size_t maxl = std::min<size_t>(tok.size(), 63);
  for (size_t L = 1; L <= maxl; ++L) {
    if (!(prefix_lengths_ >> L & 1)) continue;
    auto it = by_first_.find(tok.substr(0, L));
    if (it == by_first_.end()) continue;
    for (int e : it->second) {
      const LexEntry& le = entries_[e];
      if (!(kinds >> static_cast<unsigned>(le.kind) & 1)) continue;
      if (le.length < best_len) continue;
      int pend = 0;
      Endings en = le.kind == EntryKind::kVerb || le.kind == EntryKind::kTime ? Endings::kVerb : Endings::kNoun;
      if (!PhraseMatch(*le.words, toks, i, limit, 6, en, &pend, u)) continue;
      if (le.length > best_len || (le.length == best_len && le.order < entries_[best].order)) {
        best = e;
        best_len = le.length;
        best_end = pend;
        if (used) *used = scratch;
      }
    }
  }
  if (best >= 0) *end = best_end;
  return best;
}

}  // namespace dyad::tabari
