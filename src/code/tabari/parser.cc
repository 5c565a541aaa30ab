// code/tabari/parser.cc: the shallow parse (see parser.h for the steps and their order).
#include "code/tabari/parser.h"

#include <algorithm>
#include <cctype>

namespace dyad::tabari {
namespace {


// Latin-1 supplement letters (U+00C0..U+00FF) without their diacritics.
const char kFold[] =
    "AAAAAAACEEEEIIII"   // C0-CF
    "DNOOOOO*OUUUUYTS"   // D0-DF
    "AAAAAAACEEEEIIII"   // E0-EF
    "DNOOOOO/OUUUUYTY";  // F0-FF

Tag Builtin(TokenText t) {
  switch (t.size()) {
    case 1:
      if (t == "A") return Tag::kDeterm;
      break;
    case 2:
      if (t == "AN") return Tag::kDeterm;
      if (t == "HE" || t == "IT") return Tag::kPronoun;
      if (t == "OR") return Tag::kConj;
      if (t == "BY") return Tag::kBy;
      break;
    case 3:
      if (t == "THE") return Tag::kDeterm;
      if (t == "SHE" || t == "ITS" || t == "HIS" || t == "HER" || t == "HIM") return Tag::kPronoun;
      if (t == "AND" || t == "BUT" || t == "NOR") return Tag::kConj;
      if (t == "WAS") return Tag::kAux;
      break;
    case 4:
      if (t == "THEY" || t == "THEM") return Tag::kPronoun;
      if (t == "WERE" || t == "BEEN") return Tag::kAux;
      break;
    case 5:
      if (t == "THEIR") return Tag::kPronoun;
      break;
  }
  return Tag::kNull;
}

// Applies an agent code to an actor code (manual 5.4): "~GOV" is appended, "NGO~"
// prefixed, unless the actor code already holds it on a 3-character boundary.
std::string ApplyAgent(const std::string& actor, const AgentEntry& ag, bool former) {
  std::string code = former ? std::string("ELI") : ag.code;
  if (ag.suffix) {
    for (size_t k = 0; k + code.size() <= actor.size(); k += 3) {
      if (actor.compare(k, code.size(), code) == 0) return actor;
    }
    return actor + code;
  }
  for (size_t k = 0; k + code.size() <= actor.size(); k += 3) {
    if (actor.compare(k, code.size(), code) == 0) return actor;
  }
  return code + actor;
}

void SplitCodes(const std::string& code, std::vector<std::string>* out) {
  size_t p = 0;
  while (p <= code.size()) {
    size_t s = code.find('/', p);
    std::string c = code.substr(p, s == std::string::npos ? std::string::npos : s - p);
    if (!c.empty()) out->push_back(c);
    if (s == std::string::npos) break;
    p = s + 1;
  }
}

}  // namespace

const std::string& ActorCodeAt(const ActorEntry& a, int32_t date) {
  static const std::string kNullCode = "---";
  for (const DatedCode& c : a.codes) {
    if (!c.restricted) return c.code;
    if (date >= c.from && date <= c.to) return c.code;
  }
  return kNullCode;
}

void FilterText(std::string_view text, std::string* buf, std::vector<TokenText>* toks,
                std::vector<uint8_t>* cap, bool* all_caps, std::vector<uint32_t>* begin,
                std::vector<uint32_t>* finish) {
  std::string& b = *buf;
  b.clear();
  b.reserve(text.size() + 16);
  std::vector<uint8_t> upper_at;  // per output byte: was an upper-case letter
  upper_at.reserve(text.size() + 16);
  std::vector<uint32_t> from, to;   // per output byte: its source character's byte range
  from.reserve(text.size() + 16);
  to.reserve(text.size() + 16);
  size_t src_begin = 0, src_end = 0;
  bool any_lower = false;
  char prev_in = ' ';
  auto put = [&](char c, bool up) {
    b.push_back(c);
    upper_at.push_back(up);
    from.push_back(static_cast<uint32_t>(src_begin));
    to.push_back(static_cast<uint32_t>(src_end));
  };
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    src_begin = i;
    src_end = i + 1;
    if (c >= 0x80) {
      // UTF-8: fold Latin-1 letters, map curly quotes, drop the rest.
      unsigned cp = 0;
      size_t len = 1;
      if ((c & 0xE0) == 0xC0 && i + 1 < n) { cp = ((c & 0x1F) << 6) | (text[i + 1] & 0x3F); len = 2; }
      else if ((c & 0xF0) == 0xE0 && i + 2 < n) { cp = ((c & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F); len = 3; }
      else if ((c & 0xF8) == 0xF0 && i + 3 < n) { len = 4; }
      src_end = i + len;
      i += len - 1;
      if (cp >= 0xC0 && cp <= 0xFF) {
        char f = kFold[cp - 0xC0];
        bool up = cp < 0xE0;
        if (!up) any_lower = true;
        put(f, up);
        prev_in = up ? 'A' : 'a';
      } else if (cp == 0x2019 || cp == 0x2018) {
        put('\'', false);
        prev_in = '\'';
      } else if (cp == 0x201C || cp == 0x201D) {
        put(' ', false); put('"', false); put(' ', false);
        prev_in = '"';
      } else if (cp == 0x2013 || cp == 0x2014) {
        put(' ', false);
        prev_in = ' ';
      }
      continue;
    }
    char ch = static_cast<char>(c);
    if (ch == '.') {
      if (std::islower(static_cast<unsigned char>(prev_in))) put(' ', false);
      else put('.', false);
    } else if (ch == '?' || ch == '!' || ch == '-' || ch == '_' || c < 0x20 || c == 0x7F) {
      put(' ', false);
    } else if (ch == ',') {
      bool in_number = std::isdigit(static_cast<unsigned char>(prev_in)) && i + 1 < n &&
                       std::isdigit(static_cast<unsigned char>(text[i + 1]));
      if (!in_number) { put(' ', false); put(',', false); put(' ', false); }
    } else if (ch == ';') {
      put(' ', false); put(',', false); put(' ', false);
    } else if (ch == '"') {
      put(' ', false); put('"', false); put(' ', false);
    } else if (std::islower(static_cast<unsigned char>(c))) {
      any_lower = true;
      put(static_cast<char>(std::toupper(c)), false);
    } else {
      put(ch, std::isupper(static_cast<unsigned char>(c)) != 0);
    }
    prev_in = ch;
  }
  *all_caps = !any_lower;
  toks->clear();
  cap->clear();
  if (begin) begin->clear();
  if (finish) finish->clear();
  size_t i = 0;
  while (i < b.size()) {
    while (i < b.size() && b[i] == ' ') ++i;
    if (i >= b.size()) break;
    size_t e = i;
    while (e < b.size() && b[e] != ' ') ++e;
    toks->emplace_back(b.data() + i, e - i);
    cap->push_back(upper_at[i]);
    if (begin) begin->push_back(from[i]);
    if (finish) finish->push_back(to[e - 1]);
    i = e;
  }
}

void ParseText(const Lexicon& lex, const TabariOptions& opts, bool time_shift,
               std::string_view text, int32_t date, const std::vector<std::string>* forward,
               Parse* p) {
  bool all_caps = false;
  FilterText(text, &p->buf, &p->toks, &p->cap, &all_caps, &p->begin, &p->finish);
  const int n = static_cast<int>(p->toks.size());
  p->tag.assign(n, Tag::kNull);
  p->entry.assign(n, -1);
  p->end.assign(n, 0);
  p->deleted.assign(n, 0);
  p->joined.assign(n, 0);
  p->group_start.assign(n, -1);
  p->group_last.assign(n, -1);
  p->groups.clear();
  p->clauses.clear();
  p->verbs.clear();
  p->discard = p->complex = p->shifted = p->too_short = false;
  p->why.clear();
  p->shift_days = 0;
  p->first_actor.clear();
  if (n < opts.minimum_words) {
    p->too_short = true;
    return;
  }

  // --- 2. Tagging.
  p->cands.resize(n);
  for (int i = 0; i < n; ++i) p->cands[i] = &p->cache.Get(lex, p->toks[i]);
  std::vector<int> used;
  for (int i = 0; i < n; ++i) {
    if (p->tag[i] == Tag::kCovered) continue;
    TokenText t = p->toks[i];
    if (t == ",") { p->tag[i] = Tag::kComma; continue; }
    if (t == "\"") { p->tag[i] = Tag::kQuote; continue; }
    Tag b = Builtin(t);
    int end = 0;
    int e = lex.BestAt(p->toks, i, n, time_shift, *p->cands[i], &end, &used);
    if (e >= 0 && (b == Tag::kNull || used.size() > 1)) {
      const LexEntry& le = lex.entry(e);
      switch (le.kind) {
        case EntryKind::kActor: p->tag[i] = Tag::kActor; break;
        case EntryKind::kAgent: p->tag[i] = Tag::kAgent; break;
        case EntryKind::kVerb: p->tag[i] = Tag::kVerb; break;
        case EntryKind::kNoun: p->tag[i] = Tag::kNoun; break;
        case EntryKind::kAdj: p->tag[i] = Tag::kAdj; break;
        case EntryKind::kTime: p->tag[i] = Tag::kTime; break;
      }
      p->entry[i] = e;
      p->end[i] = end;
      for (size_t k = 1; k < used.size(); ++k) {
        p->tag[used[k]] = Tag::kCovered;
      }
      continue;
    }
    if (b != Tag::kNull) { p->tag[i] = b; continue; }
    if (std::isdigit(static_cast<unsigned char>(t[0]))) p->tag[i] = Tag::kNumber;
  }

  // Verbs shifted to nouns; null verbs dropped; root discard/complex codes.
  for (int i = 0; i < n; ++i) {
    if (p->tag[i] != Tag::kVerb) continue;
    const VerbEntry& v = lex.verbs().verbs[lex.entry(p->entry[i]).index];
    bool after_det = i > 0 && p->tag[i - 1] == Tag::kDeterm;
    bool capital = i > 0 && p->cap[i] && !all_caps;
    if (after_det || capital) {
      p->tag[i] = Tag::kNoun;
      continue;
    }
    if (v.code.kind == VerbCode::Kind::kNull && v.patterns.empty()) {
      p->tag[i] = Tag::kNull;
      continue;
    }
    if (v.code.kind == VerbCode::Kind::kDiscard) {
      p->discard = true;
      p->why = "discard verb " + std::string(p->toks[i]);
    } else if (v.code.kind == VerbCode::Kind::kComplex) {
      p->complex = true;
      p->why = "complex verb " + std::string(p->toks[i]);
    }
  }

  // Time phrases: the first non-null one shifts the date.
  for (int i = 0; i < n && time_shift; ++i) {
    if (p->tag[i] != Tag::kTime) continue;
    const VerbEntry& tv = lex.verbs().time[lex.entry(p->entry[i]).index];
    const VerbCode* code = &tv.code;
    for (const VerbPattern& pat : tv.patterns) {
      // Time patterns are plain words after '*'.
      int pos = p->end[i];
      bool ok = pat.before.empty();
      for (const PElem& el : pat.after) {
        if (!ok) break;
        if (el.kind != PElem::Kind::kWord) { ok = false; break; }
        int found = -1;
        for (int q = pos; q < n && q < pos + 3; ++q) {
          if (Lexicon::WordMatch(el.word, p->toks[q], Lexicon::Endings::kNone)) { found = q; break; }
        }
        if (found < 0) ok = false;
        else pos = found + 1;
      }
      if (ok) {
        code = &pat.code;
        for (int q = p->end[i]; q < pos; ++q) p->tag[q] = Tag::kCovered;
        p->end[i] = pos;
        break;
      }
    }
    if (code->kind == VerbCode::Kind::kDiscard) { p->discard = true; p->why = "discard time phrase"; }
    else if (code->kind == VerbCode::Kind::kComplex) { p->complex = true; p->why = "complex time phrase"; }
    else if (code->kind == VerbCode::Kind::kEvent && !p->shifted) {
      p->shift_days = std::atoi(code->code.c_str());
      p->shifted = true;
    }
  }

  // --- 3. Actors at the record's date, then agents.
  struct Item {
    int start, end;
    std::vector<std::string> codes;
    int entry;
  };
  std::vector<Item> items;
  std::vector<int> item_at(n, -1);   // head token -> item
  std::vector<int> item_last(n, -1); // last token -> item
  for (int i = 0; i < n; ++i) {
    if (p->tag[i] != Tag::kActor) continue;
    const ActorEntry& a = lex.actors().actors[lex.entry(p->entry[i]).index];
    const std::string& code = ActorCodeAt(a, date);
    if (code == "---") { p->tag[i] = Tag::kNoun; continue; }
    if (code == "###") { p->discard = true; p->why = "discard actor " + std::string(p->toks[i]); continue; }
    if (code == "+++") { p->complex = true; p->why = "complex actor " + std::string(p->toks[i]); continue; }
    Item it{i, p->end[i], {}, p->entry[i]};
    SplitCodes(code, &it.codes);
    item_at[i] = static_cast<int>(items.size());
    item_last[it.end - 1] = static_cast<int>(items.size());
    items.push_back(std::move(it));
  }
  for (int i = 0; i < n; ++i) {
    if (p->tag[i] != Tag::kAgent) continue;
    const AgentEntry& ag = lex.agents()[lex.entry(p->entry[i]).index];
    int aend = p->end[i];
    int target = -1;
    bool former = i > 0 && p->toks[i - 1] == "FORMER";
    int before = former ? i - 2 : i - 1;  // "Arnor former security officials"
    if (before >= 0 && item_last[before] >= 0) {
      target = item_last[before];
      if (items[target].start > 0 && p->toks[items[target].start - 1] == "FORMER") former = true;
    } else if (aend < n && item_at[aend] >= 0) {
      target = item_at[aend];
    } else if (aend + 1 < n && (p->toks[aend] == "OF" || p->toks[aend] == "IN")) {
      int q = aend + 1;
      if (q < n && p->tag[q] == Tag::kDeterm) ++q;
      if (q < n && item_at[q] >= 0) target = item_at[q];
    }
    if (target < 0) {
      if (opts.convert_agents) {
        Item it{i, aend, {std::string(ag.suffix ? "~" : "") + ag.code + (ag.suffix ? "" : "~")}, p->entry[i]};
        p->tag[i] = Tag::kActor;
        item_at[i] = static_cast<int>(items.size());
        item_last[aend - 1] = static_cast<int>(items.size());
        items.push_back(std::move(it));
      }
      continue;
    }
    Item& it = items[target];
    for (std::string& c : it.codes) c = ApplyAgent(c, ag, former);
    // The actor's span grows over the agent (and "OF"/"IN").
    item_at[it.start] = -1;
    item_last[it.end - 1] = -1;
    int s = std::min(it.start, i);
    int e = std::max(it.end, aend);
    for (int q = s + 1; q < e; ++q) p->tag[q] = Tag::kCovered;
    p->tag[s] = Tag::kActor;
    it.start = s;
    it.end = e;
    item_at[s] = target;
    item_last[e - 1] = target;
  }
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.start < b.start; });
  for (int i = 0; i < n; ++i) {
    if (p->entry[i] >= 0 && lex.entry(p->entry[i]).kind == EntryKind::kActor) {
      const std::string& code = ActorCodeAt(lex.actors().actors[lex.entry(p->entry[i]).index], date);
      if (code == "---" || code == "###" || code == "+++") continue;
      SplitCodes(code, &p->first_actor);
      break;
    }
  }

  // --- 4. Compound actors: np (, np)* [,] AND np, np = (DET|ADJ|NOUN)* actor.
  // A link between two actors: C = "," (DET|ADJ)*; A = [","] AND|OR|NOR (DET|ADJ)*;
  // J = (DET|ADJ)* alone. A compound is np (C np)* A np (J np)*: commas list, one
  // conjunction closes the list, and actors joined to the last one by nothing or by
  // adjectives belong to it ("the evil Arnor awful Gondor", "Arnor's Elrond").
  enum Link { kNoLink, kCommaLink, kAndLink, kJoinLink };
  auto link_of = [&](int from, int to) {
    int q = from;
    bool comma = false, conj = false;
    if (q < to && p->tag[q] == Tag::kComma) { comma = true; ++q; }
    if (q < to && (p->toks[q] == "AND" || p->toks[q] == "OR" || p->toks[q] == "NOR")) { conj = true; ++q; }
    int mods = 0;
    while (q < to && (p->tag[q] == Tag::kDeterm || p->tag[q] == Tag::kAdj)) { ++q; ++mods; }
    if (q != to) return kNoLink;
    if (conj) return kAndLink;
    if (comma) return kCommaLink;
    // Nothing between: only after a possessive ("Arnor's Elrond", DEBUG-23), not in
    // "Dagolath Osgiliath" (DEBUG-20).
    TokenText prev = p->toks[from - 1];
    bool possessive = prev.size() > 2 && prev.substr(prev.size() - 2) == "'S";
    return mods > 0 || possessive ? kJoinLink : kNoLink;
  };
  size_t k = 0;
  while (k < items.size()) {
    size_t j = k;
    size_t last = k;  // last item of the compound, if it closes
    int state = 0;    // 0: in the comma list, 1: after the conjunction
    while (j + 1 < items.size()) {
      Link l = link_of(items[j].end, items[j + 1].start);
      if (l == kNoLink) break;
      if (state == 0) {
        if (l == kJoinLink) break;
        ++j;
        if (l == kAndLink) { state = 1; last = j; }
      } else {
        if (l != kJoinLink) break;
        ++j;
        last = j;
      }
    }
    ActorGroup g;
    if (last > k) {
      g.start = items[k].start;
      g.end = items[last].end;
      g.compound = true;
      g.entry = items[k].entry;
      for (size_t m = k; m <= last; ++m) {
        for (const std::string& c : items[m].codes) {
          if (std::find(g.codes.begin(), g.codes.end(), c) == g.codes.end()) g.codes.push_back(c);
        }
      }
      for (int q = g.start; q < g.end; ++q) {
        if (p->tag[q] == Tag::kComma || p->tag[q] == Tag::kConj) p->joined[q] = 1;
      }
      p->groups.push_back(std::move(g));
      k = last + 1;
    } else {
      g.start = items[k].start;
      g.end = items[k].end;
      g.codes = items[k].codes;
      g.compound = g.codes.size() > 1;
      g.entry = items[k].entry;
      p->groups.push_back(std::move(g));
      ++k;
    }
  }
  // "Calenardhon and Gondor, and Ithilen and Dagolath": two compounds joined by a
  // conjunction are one (DEBUG-18a); a single actor after ", and" is not (DEBUG-17).
  for (size_t g = 0; g + 1 < p->groups.size();) {
    ActorGroup& a = p->groups[g];
    ActorGroup& b = p->groups[g + 1];
    if (a.compound && b.compound && link_of(a.end, b.start) == kAndLink) {
      for (int q = a.end; q < b.start; ++q) {
        if (p->tag[q] == Tag::kComma || p->tag[q] == Tag::kConj) p->joined[q] = 1;
      }
      for (const std::string& c : b.codes) {
        if (std::find(a.codes.begin(), a.codes.end(), c) == a.codes.end()) a.codes.push_back(c);
      }
      a.end = b.end;
      p->groups.erase(p->groups.begin() + g + 1);
      continue;
    }
    ++g;
  }
  // Compound noun and adjective phrases.
  for (int i = 1; i + 1 < n; ++i) {
    if (p->tag[i] != Tag::kConj || p->joined[i]) continue;
    Tag before = p->tag[i - 1];
    int q = i + 1;
    while (q < n && p->tag[q] == Tag::kAdj) ++q;
    if (before == Tag::kNoun && q < n && p->tag[q] == Tag::kNoun) p->joined[i] = 1;
    if (before == Tag::kAdj && p->tag[i + 1] == Tag::kAdj) p->joined[i] = 1;
  }

  // --- 6. Comma-delimited clauses.
  if (opts.comma_active) {
    std::vector<int> commas;
    for (int i = 0; i < n; ++i) {
      if (p->tag[i] == Tag::kComma && !p->joined[i]) {
        bool inside = false;
        for (const ActorGroup& g : p->groups) inside |= i > g.start && i < g.end;
        if (!inside) commas.push_back(i);
      }
    }
    auto remove = [&](int from, int to) {
      for (int q = from; q < to; ++q) p->deleted[q] = 1;
    };
    // Chained (manual 8.6): a deleted phrase consumes its closing comma, so the next
    // phrase opens at the comma after it.
    if (!commas.empty()) {
      size_t c = 0;
      int words = commas[0];
      if (words >= opts.comma_bmin && words <= opts.comma_bmax) {
        remove(0, commas[0] + 1);
        c = 1;
      }
      while (c < commas.size()) {
        if (c + 1 < commas.size()) {
          int w = commas[c + 1] - commas[c] - 1;
          if (w > opts.comma_min && w <= opts.comma_max) {
            // A conjunction right after the clause went with it: "the Prince of Dol Amroth,
            // associated with the IMF and Red Cross, and Elrond" (DEBUG-17).
            int stop = commas[c + 1] + 1;
            if (stop < n && p->tag[stop] == Tag::kConj && !p->joined[stop]) ++stop;
            remove(commas[c], stop);
            c += 2;
            continue;
          }
          ++c;
          continue;
        }
        int w = n - commas[c] - 1;
        if (w > opts.comma_emin && w <= opts.comma_emax) remove(commas[c], n);
        ++c;
      }
    }
  }

  // --- 5. Pronouns (after the comma clauses are gone, so that a pronoun never refers to
  // an actor in a deleted clause: COMMA-02C).
  std::vector<ActorGroup> refs;
  std::vector<const ActorGroup*> live;
  for (const ActorGroup& g : p->groups) {
    if (!p->deleted[g.start]) live.push_back(&g);
  }
  for (int i = 0; i < n; ++i) {
    if (p->tag[i] != Tag::kPronoun) continue;
    if (p->deleted[i]) continue;
    if (forward != nullptr && !forward->empty() && (live.empty() || live.front()->start > i)) {
      ActorGroup g;
      g.start = i;
      g.end = i + 1;
      g.codes = *forward;
      g.compound = g.codes.size() > 1;
      g.pronoun = true;
      refs.push_back(std::move(g));
      continue;
    }
    if (live.empty()) continue;
    TokenText t = p->toks[i];
    const ActorGroup* ref = nullptr;
    if (t == "HE" || t == "SHE" || t == "IT" || t == "HIM") {
      ref = live.front();
      if (ref->start >= i) ref = nullptr;
    } else if (t == "ITS" || t == "HIS" || t == "HER") {
      if (live.front()->end <= i) ref = live.front();
    } else {
      for (const ActorGroup* g : live) {
        if (g->compound && g->start < i) { ref = g; break; }
      }
      if (ref == nullptr && live.front()->start < i) ref = live.front();
    }
    if (ref == nullptr) continue;
    ActorGroup g = *ref;
    g.start = i;
    g.end = i + 1;
    g.pronoun = true;
    refs.push_back(std::move(g));
  }
  if (!refs.empty()) {
    for (ActorGroup& g : refs) p->groups.push_back(std::move(g));
    std::sort(p->groups.begin(), p->groups.end(),
              [](const ActorGroup& a, const ActorGroup& b) { return a.start < b.start; });
  }

  // Group index by position (groups that are not deleted).
  for (size_t g = 0; g < p->groups.size(); ++g) {
    const ActorGroup& gr = p->groups[g];
    if (p->deleted[gr.start]) continue;
    p->group_start[gr.start] = static_cast<int>(g);
    p->group_last[gr.end - 1] = static_cast<int>(g);
  }

  // --- 7. Clauses.
  int begin = 0;
  for (int i = 0; i < n; ++i) {
    if (p->deleted[i]) continue;
    if (p->tag[i] == Tag::kConj && !p->joined[i]) {
      p->clauses.emplace_back(begin, i);
      begin = i + 1;
    }
  }
  p->clauses.emplace_back(begin, n);
  for (int i = 0; i < n; ++i) {
    if (p->tag[i] == Tag::kVerb && !p->deleted[i]) p->verbs.push_back(i);
  }
  if (p->pw_stamp.size() != lex.pattern_word_count()) {
    p->pw_stamp.assign(lex.pattern_word_count(), 0);
    p->pw_min.assign(lex.pattern_word_count(), 0);
    p->pw_max.assign(lex.pattern_word_count(), 0);
    p->stamp = 0;
  }
  if (++p->stamp == 0) {
    std::fill(p->pw_stamp.begin(), p->pw_stamp.end(), 0);
    p->stamp = 1;
  }
  for (uint64_t& w : p->pw_mask) w = 0;
  for (int i = 0; i < n; ++i) {
    if (p->deleted[i]) continue;
    for (uint32_t id : p->cands[i]->pattern_words) {
      p->pw_mask[(id / 64) % 4] |= uint64_t{1} << (id % 64);
      if (p->pw_stamp[id] != p->stamp) {
        p->pw_stamp[id] = p->stamp;
        p->pw_min[id] = i;
      }
      p->pw_max[id] = i;
    }
  }
}

}  // namespace dyad::tabari

namespace dyad::tabari {

std::string DescribeParse(const Parse& p) {
  static const char* kNames[] = {"null", "ACTOR", "AGENT", "VERB", "noun", "adj", "TIME", "det", "PRON",
                                 "CONJ", "aux", "by", "comma", "num", "quote", "cov"};
  std::string s;
  for (size_t i = 0; i < p.toks.size(); ++i) {
    s += std::string(p.toks[i]) + "/" + kNames[static_cast<int>(p.tag[i])];
    if (p.deleted[i]) s += "(del)";
    if (p.joined[i]) s += "(j)";
    if (p.group_start[i] >= 0) {
      s += "<g" + std::to_string(p.group_start[i]) + ":";
      for (const std::string& c : p.groups[p.group_start[i]].codes) s += c + ",";
      s += ">";
    }
    s += " ";
  }
  s += "| clauses:";
  for (auto [b, e] : p.clauses) s += " [" + std::to_string(b) + "," + std::to_string(e) + ")";
  return s;
}

}  // namespace dyad::tabari
