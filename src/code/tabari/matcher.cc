// code/tabari/matcher.cc: backtracking pattern matcher (see matcher.h).
#include "code/tabari/matcher.h"

#include <algorithm>

namespace dyad::tabari {
namespace {

struct SeqElem {
  const PElem* e;
  bool adjacent;  // the next element (to the right) must touch this one
};
// A pattern flattened for matching; alternatives expand into a new Seq on the stack, so
// matching never allocates.
struct Seq {
  static constexpr int kMax = 64;
  SeqElem e[kMax];
  int n = 0;
  int size() const { return n; }
  const SeqElem& operator[](int i) const { return e[i]; }
  SeqElem& operator[](int i) { return e[i]; }
  void push_back(SeqElem x) {
    if (n < kMax) e[n++] = x;
  }
  SeqElem& back() { return e[n - 1]; }
};

struct Ctx {
  const Parse& p;
  const std::vector<Synset>& synsets;
  int cs, ce;
  PatternMatch st;
  int steps = 0;  // positions tried; the match gives up past kStepBudget
};

// Backtracking over k elements in a clause of n words can cost O(n^k); real patterns
// need a few hundred steps, so a pathological sentence just fails the pattern.
constexpr int kStepBudget = 20000;

int Chars(const PElem& e, bool adjacent) {
  if (e.kind == PElem::Kind::kWord) {
    return static_cast<int>(e.word.text.size()) + (e.word.exact || adjacent ? 1 : 0);
  }
  return adjacent ? 1 : 0;
}

bool AnyAlt(const std::vector<PElem>& es) {
  for (const PElem& e : es) {
    if (e.kind == PElem::Kind::kAlt) return true;
  }
  return false;
}

bool Barrier(const Ctx& c, int q) { return c.p.tag[q] == Tag::kComma && !c.p.joined[q]; }

// Does element `e` match starting at token q (forward)? Sets *next past it.
bool MatchAtFwd(Ctx& c, const PElem& e, int q, Lexicon::Endings endings, int* next) {
  const Parse& p = c.p;
  switch (e.kind) {
    case PElem::Kind::kWord:
      if (!Lexicon::WordMatch(e.word, p.toks[q], endings)) return false;
      *next = q + 1;
      return true;
    case PElem::Kind::kSource:
    case PElem::Kind::kTarget:
    case PElem::Kind::kCompound:
    case PElem::Kind::kSkip: {
      int g = p.group_start[q];
      if (g < 0) return false;
      if (p.groups[g].end > c.ce) return false;
      *next = p.groups[g].end;
      return true;
    }
    default:
      return false;
  }
}

bool MatchAtBwd(Ctx& c, const PElem& e, int q, Lexicon::Endings endings, int* prev) {
  const Parse& p = c.p;
  switch (e.kind) {
    case PElem::Kind::kWord:
      if (!Lexicon::WordMatch(e.word, p.toks[q], endings)) return false;
      *prev = q - 1;
      return true;
    case PElem::Kind::kSource:
    case PElem::Kind::kTarget:
    case PElem::Kind::kCompound:
    case PElem::Kind::kSkip: {
      int g = p.group_last[q];
      if (g < 0) return false;
      if (p.groups[g].start < c.cs) return false;
      *prev = p.groups[g].start - 1;
      return true;
    }
    default:
      return false;
  }
}

void Assign(Ctx& c, const PElem& e, int g) {
  switch (e.kind) {
    case PElem::Kind::kSource: if (c.st.source < 0) c.st.source = g; break;
    case PElem::Kind::kTarget: if (c.st.target < 0) c.st.target = g; break;
    case PElem::Kind::kCompound: c.st.compound = g; break;
    default: break;
  }
}

// Replaces seq[k] by the elements of `member`. The member's last element takes the group's
// connector for alternatives and one-word synset members; a multi-word synset member keeps
// its own (TABARI does not enforce a connector after it: SYNSET-22h vs SYNSET-23ee).
void Expand(const Seq& seq, int k, const std::vector<PElem>& member, bool group_adj, Seq* out) {
  out->n = 0;
  for (int i = 0; i < k; ++i) out->push_back(seq[i]);
  for (size_t i = 0; i < member.size(); ++i) {
    bool adj = i + 1 < member.size() ? member[i].adjacent : group_adj;
    out->push_back({&member[i], adj});
  }
  for (int i = k + 1; i < seq.size(); ++i) out->push_back(seq[i]);
}

bool Fwd(Ctx& c, const Seq& seq, int k, int pos, bool touch) {
  if (k == seq.size()) return true;
  const PElem& e = *seq[k].e;
  if (e.kind == PElem::Kind::kAlt || e.kind == PElem::Kind::kSynset) {
    const auto& members = e.kind == PElem::Kind::kAlt ? e.alts : c.synsets[e.synset].members;
    for (const auto& m : members) {
      Seq s2;
      Expand(seq, k, m, (e.kind == PElem::Kind::kAlt || m.size() == 1) ? seq[k].adjacent : false, &s2);
      if (Fwd(c, s2, k, pos, touch)) return true;
    }
    return false;
  }
  for (int q = pos; q < c.ce; ++q) {
    if (++c.steps > kStepBudget) return false;
    if (c.p.deleted[q]) continue;
    if (Barrier(c, q)) return false;
    int next = 0;
    if (MatchAtFwd(c, e, q, Lexicon::Endings::kNone, &next)) {
      PatternMatch saved = c.st;
      if (e.kind != PElem::Kind::kWord) Assign(c, e, c.p.group_start[q]);
      c.st.chars += Chars(e, seq[k].adjacent);
      c.st.last = std::max(c.st.last, next - 1);
      if (Fwd(c, seq, k + 1, next, seq[k].adjacent)) return true;
      c.st = saved;
    }
    if (touch) return false;
  }
  return false;
}

bool Bwd(Ctx& c, const Seq& seq, int k, int pos, bool touch) {
  if (k < 0) return true;
  const PElem& e = *seq[k].e;
  if (e.kind == PElem::Kind::kAlt || e.kind == PElem::Kind::kSynset) {
    const auto& members = e.kind == PElem::Kind::kAlt ? e.alts : c.synsets[e.synset].members;
    for (const auto& m : members) {
      Seq s2;
      Expand(seq, k, m, (e.kind == PElem::Kind::kAlt || m.size() == 1) ? seq[k].adjacent : false, &s2);
      int k2 = k + static_cast<int>(m.size()) - 1;
      // Backwards, the connector after a multi-word synset member is the one not enforced.
      bool t2 = e.kind == PElem::Kind::kSynset && m.size() > 1 ? false : touch;
      if (Bwd(c, s2, k2, pos, t2)) return true;
    }
    return false;
  }
  bool prev_touch = k > 0 && seq[k - 1].adjacent;
  for (int q = pos; q >= c.cs; --q) {
    if (++c.steps > kStepBudget) return false;
    if (c.p.deleted[q]) continue;
    if (Barrier(c, q)) return false;
    int prev = 0;
    if (MatchAtBwd(c, e, q, Lexicon::Endings::kNone, &prev)) {
      PatternMatch saved = c.st;
      if (e.kind != PElem::Kind::kWord) Assign(c, e, c.p.group_last[q]);
      c.st.chars += Chars(e, seq[k].adjacent);
      c.st.first = std::min(c.st.first, prev + 1);
      if (Bwd(c, seq, k - 1, prev, prev_touch)) return true;
      c.st = saved;
    }
    if (touch) return false;
  }
  return false;
}

}  // namespace

namespace {

bool Present(const Parse& p, uint32_t id, int lo, int hi) {
  if (id >= p.pw_stamp.size() || p.pw_stamp[id] != p.stamp) return false;
  return static_cast<int>(p.pw_min[id]) < hi && static_cast<int>(p.pw_max[id]) >= lo;
}

}  // namespace

bool MayMatch(const Parse& p, const VerbPattern& pat, int vstart, int vend, int cs, int ce) {
  if (pat.required_ids_before.size() != pat.required_before.size() ||
      pat.required_ids_after.size() != pat.required_after.size()) {
    return true;  // not interned (a pattern built outside a Lexicon): no prefilter
  }
  for (int w = 0; w < 4; ++w) {
    if ((pat.required_mask[w] & ~p.pw_mask[w]) != 0) return false;
  }
  for (uint32_t id : pat.required_ids_before) {
    if (!Present(p, id, cs, vstart)) return false;
  }
  for (uint32_t id : pat.required_ids_after) {
    if (!Present(p, id, vend, ce)) return false;
  }
  return true;
}

bool HasAlternatives(const VerbPattern& pat) { return AnyAlt(pat.before) || AnyAlt(pat.after); }

bool MatchPattern(const Parse& p, const VerbPattern& pat, const std::vector<Synset>& synsets,
                  int vstart, int vend, int cs, int ce, PatternMatch* m, bool prefilter) {
  if (prefilter && !MayMatch(p, pat, vstart, vend, cs, ce)) return false;
  Ctx c{p, synsets, cs, ce, PatternMatch{}};
  c.st.first = vstart;
  c.st.chars = (pat.verb_adjacent_before ? 1 : 0) + (pat.verb_adjacent_after ? 1 : 0);
  c.st.last = vend - 1;
  if (!pat.before.empty()) {
    Seq seq;
    for (size_t i = 0; i < pat.before.size(); ++i) seq.push_back({&pat.before[i], pat.before[i].adjacent});
    // The last before-element's adjacency is to the verb.
    seq.back().adjacent = pat.verb_adjacent_before;
    if (!Bwd(c, seq, seq.size() - 1, vstart - 1, pat.verb_adjacent_before)) return false;
  }
  if (!pat.after.empty()) {
    Seq seq;
    for (const PElem& e : pat.after) seq.push_back({&e, e.adjacent});
    if (!Fwd(c, seq, 0, vend, pat.verb_adjacent_after)) return false;
  }
  *m = c.st;
  return true;
}

}  // namespace dyad::tabari
