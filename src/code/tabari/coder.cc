// code/tabari/coder.cc: the clause-by-clause coding loop (see coder.h).
#include "code/tabari/coder.h"

#include <algorithm>
#include <ctime>

#include "code/tabari/matcher.h"

namespace dyad::tabari {
namespace {

// The default searches skip an actor with the same code(s) as the other side.
bool SameCodes(const ActorGroup& a, const ActorGroup& b) { return a.codes == b.codes; }

// A source or target: a group of the parse, or a DEFAULT: code.
struct Side {
  int group = -1;
  std::string default_code;
  bool ok() const { return group >= 0 || !default_code.empty(); }
};

}  // namespace

int32_t ShiftDate(int32_t date, int days) {
  if (days == 0) return date;
  std::tm t{};
  t.tm_year = date / 10000 - 1900;
  t.tm_mon = (date / 100) % 100 - 1;
  t.tm_mday = date % 100 + days;
  t.tm_hour = 12;
  timegm(&t);
  return (t.tm_year + 1900) * 10000 + (t.tm_mon + 1) * 100 + t.tm_mday;
}

void TabariCoder::Code(std::string_view text, int32_t date, const TabariOptions& opts,
                       const std::vector<std::string>* forward, Parse* parse, CodeResult* out) const {
  out->events.clear();
  out->discard = out->complex = out->too_short = false;
  out->why.clear();
  bool time_shift = opts.time_shift < 0 ? lex_.has_time() : opts.time_shift == 1;
  Parse& p = *parse;
  ParseText(lex_, opts, time_shift, text, date, forward, &p);
  if (p.too_short) {
    out->too_short = true;
    return;
  }
  if (p.discard) {
    out->discard = true;
    out->why = p.why;
    return;
  }
  if (p.complex) {
    out->complex = true;
    out->why = p.why;
    return;
  }
  const int n = static_cast<int>(p.toks.size());
  // Complexity conditions.
  {
    int verbs = static_cast<int>(p.verbs.size());
    int conj = static_cast<int>(p.clauses.size()) - 1;
    int actors = 0, pronouns = 0;
    for (const ActorGroup& g : p.groups) {
      if (p.deleted[g.start]) continue;
      if (g.pronoun) ++pronouns;
      else ++actors;
    }
    std::string why;
    if (opts.complex_verbs > 0 && verbs >= opts.complex_verbs) why = "too many verbs";
    else if (opts.complex_conj > 0 && conj >= opts.complex_conj) why = "too many conjunctions";
    else if (opts.complex_actors > 0 && actors >= opts.complex_actors) why = "too many actors";
    else if (opts.complex_pronouns > 0 && pronouns >= opts.complex_pronouns) why = "too many pronouns";
    else if (opts.noverb && verbs == 0) why = "no verb";
    else if (opts.noactprior && verbs == 0) why = "no verb (NOACTPRIOR)";
    else if (opts.noactprior && verbs > 0) {
      // The first verb whose root is not null-coded ("On accord Gondor repelled...").
      int first = p.verbs[0];
      for (int v : p.verbs) {
        if (lex_.verbs().verbs[lex_.entry(p.entry[v]).index].code.kind != VerbCode::Kind::kNull) {
          first = v;
          break;
        }
      }
      bool prior = false;
      for (const ActorGroup& g : p.groups) prior |= !p.deleted[g.start] && g.start < first;
      if (!prior) why = "no actor prior to the first verb";
    } else if (opts.noactafter && verbs > 0) {
      bool after = false;
      for (const ActorGroup& g : p.groups) after |= !p.deleted[g.start] && g.start > p.verbs[0];
      if (!after) why = "no actor after the first verb";
    }
    if (!why.empty()) {
      out->complex = true;
      out->why = why;
      return;
    }
  }
  const int32_t event_date = p.shifted ? ShiftDate(date, p.shift_days) : date;
  const auto& synsets = lex_.verbs().synsets;

  // Searches over the live groups. "Before the verb" means the group starts before it (a
  // non-consecutive actor phrase such as "DURTHANG ... ORC" may straddle the verb).
  std::vector<int> live;
  for (size_t g = 0; g < p.groups.size(); ++g) {
    if (!p.deleted[p.groups[g].start]) live.push_back(static_cast<int>(g));
  }
  auto first_group_in = [&](int from, int to, const ActorGroup* differ, int not_g) {
    for (int g : live) {
      const ActorGroup& gr = p.groups[g];
      if (gr.start < from || gr.start >= to || g == not_g) continue;
      if (differ != nullptr && SameCodes(gr, *differ)) continue;
      return g;
    }
    return -1;
  };
  auto last_group_in = [&](int from, int to, const ActorGroup* differ, int not_g) {
    for (auto it = live.rbegin(); it != live.rend(); ++it) {
      const ActorGroup& gr = p.groups[*it];
      // In the clause: a phrase that straddles its start counts (DEBUG-01).
      if (gr.end <= from || gr.start >= to || *it == not_g) continue;
      if (differ != nullptr && SameCodes(gr, *differ)) continue;
      return *it;
    }
    return -1;
  };

  int carried = -1;  // source carried into later clauses
  bool done = false;
  for (size_t ci = 0; ci < p.clauses.size() && !done; ++ci) {
    const auto [cs, ce] = p.clauses[ci];
    bool clause_event = false;
    bool clause_verb = false;
    for (int v : p.verbs) {
      if (v < cs || v >= ce) continue;
      clause_verb = true;
      const LexEntry& le = lex_.entry(p.entry[v]);
      const VerbEntry& verb = lex_.verbs().verbs[le.index];
      const VerbCode* code = &verb.code;
      const VerbPattern* fired = nullptr;
      PatternMatch m;
      const auto& pats = verb.patterns;
      const auto& masks = lex_.pattern_masks(le.index);
      for (size_t k = 0; k < pats.size(); ++k) {
        if (opts.prefilter) {  // a required word is missing?
          const uint64_t* mk = &masks[4 * k];
          if (((mk[0] & ~p.pw_mask[0]) | (mk[1] & ~p.pw_mask[1]) | (mk[2] & ~p.pw_mask[2]) |
               (mk[3] & ~p.pw_mask[3])) != 0) {
            continue;
          }
        }
        if (!MatchPattern(p, pats[k], synsets, v, p.end[v], cs, ce, &m, opts.prefilter)) continue;
        fired = &pats[k];
        // A match through alternatives is only as long as what it matched: longer
        // patterns are tried before it is accepted (manual 5.7.1).
        if (HasAlternatives(pats[k]) && m.chars < pats[k].length) {  // { | } only, not synsets
          PatternMatch m2;
          for (size_t j = k + 1; j < pats.size() && pats[j].length > m.chars; ++j) {
            if (MatchPattern(p, pats[j], synsets, v, p.end[v], cs, ce, &m2, opts.prefilter)) {
              fired = &pats[j];
              m = m2;
              break;
            }
          }
        }
        code = &fired->code;
        break;
      }
      if (fired == nullptr) m = PatternMatch{};
      if (code->kind == VerbCode::Kind::kNull) continue;
      if (code->kind == VerbCode::Kind::kDiscard) {
        out->events.clear();
        out->discard = true;
        out->why = "discard pattern";
        return;
      }
      if (code->kind == VerbCode::Kind::kComplex) {
        out->events.clear();
        out->complex = true;
        out->why = "complex pattern";
        return;
      }
      Side src, tgt;
      bool self_target = false;  // a compound source that is its own target
      if (m.compound >= 0) {
        src.group = tgt.group = m.compound;
      }
      if (m.source >= 0) src.group = m.source;
      if (m.target >= 0) tgt.group = m.target;
      bool designated = m.source >= 0 || m.target >= 0 || m.compound >= 0;
      // Default search (manual 5.8); DEFAULT: PRIOR/AFTER codes take precedence over the
      // greedy searches on the other side of the verb.
      if (src.group < 0) {
        // Clause 0: the first actor of the text before the verb. Later clauses keep the
        // source of the clause before unless an actor opens the clause (manual 7.6).
        const ActorGroup* differ = tgt.group >= 0 ? &p.groups[tgt.group] : nullptr;
        int g = -1;
        if (ci > 0) {
          int q = cs;
          while (q < v && (p.deleted[q] || p.tag[q] == Tag::kDeterm || p.tag[q] == Tag::kAdj)) ++q;
          if (q < v && p.group_start[q] >= 0 && p.group_start[q] != tgt.group) g = p.group_start[q];
          if (g < 0 && carried >= 0 && carried != tgt.group) g = carried;
          if (g < 0) g = first_group_in(cs, v, differ, tgt.group);
        }
        if (g < 0) g = first_group_in(0, v, differ, tgt.group);
        if (g < 0 && !opts.default_source.empty() && opts.default_source_prior) {
          src.default_code = opts.default_source;
        } else {
          if (g < 0) g = first_group_in(p.end[v], ce, differ, tgt.group);  // greedy: after the verb
          src.group = g;
        }
      }
      if (tgt.group < 0) {
        const ActorGroup* differ = src.group >= 0 ? &p.groups[src.group] : nullptr;
        int g = first_group_in(p.end[v], ce, differ, src.group);
        // AFTER: the default target replaces the search only when no actor follows the verb
        // (DEFAULT-06b: the compound after it is the source, and its own target).
        // Pronouns do not count (DEFAULT-05: "its embassy" after the verb).
        bool none_after = true;
        for (int lg : live) {
          const ActorGroup& gr = p.groups[lg];
          if (gr.start >= p.end[v] && gr.start < ce && !gr.pronoun) none_after = false;
        }
        if (g < 0 && !opts.default_target.empty() && opts.default_target_after && none_after) {
          tgt.default_code = opts.default_target;
        } else {
          if (g < 0) g = last_group_in(cs, v, differ, src.group);  // nearest before the verb
          if (g < 0 && src.group >= 0 && p.groups[src.group].compound) {
            g = src.group;
            self_target = true;
          }
          tgt.group = g;
        }
      }
      // Passive voice.
      if (!designated && src.group >= 0 && tgt.group >= 0) {
        bool aux = (v >= 1 && p.tag[v - 1] == Tag::kAux) || (v >= 2 && p.tag[v - 2] == Tag::kAux);
        int after = p.end[v];
        bool by = (after < n && p.tag[after] == Tag::kBy) || (after + 1 < n && p.tag[after + 1] == Tag::kBy);
        if (aux && by) std::swap(src, tgt);
      }
      if (!src.ok() && !opts.default_source.empty()) src.default_code = opts.default_source;
      if (!tgt.ok() && !opts.default_target.empty()) tgt.default_code = opts.default_target;
      if (!src.ok() || !tgt.ok()) continue;
      std::vector<std::string> scodes = src.group >= 0 ? p.groups[src.group].codes
                                                       : std::vector<std::string>{src.default_code};
      std::vector<std::string> tcodes = tgt.group >= 0 ? p.groups[tgt.group].codes
                                                       : std::vector<std::string>{tgt.default_code};
      if (self_target && scodes.size() > 1) {
        // The first member acts on the others (DEFAULT-06b, DEFAULT-07b).
        tcodes.assign(scodes.begin() + 1, scodes.end());
        scodes.resize(1);
      }
      bool made = false;
      for (const std::string& s : scodes) {
        for (const std::string& t : tcodes) {
          if (s == t) continue;
          TabariEvent e;
          e.source = s;
          e.target = t;
          e.code = code->code;
          e.date = event_date;
          e.verb_token = v;
          e.source_group = src.group;
          e.target_group = tgt.group;
          e.subordinate = code->subordinate;
          e.dominant = code->dominant;
          e.pattern = fired;
          e.verb = &verb;
          out->events.push_back(e);
          if (!code->paired.empty()) {
            e.source = t;
            e.target = s;
            e.code = code->paired;
            std::swap(e.source_group, e.target_group);
            out->events.push_back(e);
          }
          made = true;
        }
      }
      if (!made) continue;
      clause_event = true;
      if (src.group >= 0) carried = src.group;
      if (opts.code_by == TabariOptions::CodeBy::kAll) continue;
      if (code->subordinate) continue;
      if (opts.code_by == TabariOptions::CodeBy::kSentence) done = true;
      break;
    }
    // "If no event is found in the first clause, the source actor is set to the first
    // actor in that clause" (manual 7.6) -- when the clause had a verb to code.
    if (ci == 0 && !clause_event && clause_verb) {
      int g = first_group_in(cs, ce, nullptr, -1);
      if (g >= 0) carried = g;
    }
  }
  // Subordinate and dominant codes.
  bool any_main = false, any_dominant = false;
  for (const TabariEvent& e : out->events) {
    any_main |= !e.subordinate;
    any_dominant |= e.dominant;
  }
  if (any_main || any_dominant) {
    std::vector<TabariEvent> kept;
    for (TabariEvent& e : out->events) {
      if (any_dominant ? e.dominant : !e.subordinate) kept.push_back(std::move(e));
    }
    out->events.swap(kept);
  }
  // Duplicates.
  std::vector<TabariEvent> uniq;
  for (TabariEvent& e : out->events) {
    bool dup = false;
    for (const TabariEvent& u : uniq) {
      dup |= u.source == e.source && u.target == e.target && u.code == e.code && u.date == e.date;
    }
    if (!dup) uniq.push_back(std::move(e));
  }
  out->events.swap(uniq);
}

}  // namespace dyad::tabari
