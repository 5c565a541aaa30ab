// code/matcher.cc: the shallow pattern matcher.
//
// The idea is TABARI's: no parse tree, only the words around a verb. A pattern is a
// sequence of words with a source slot ($) and a target slot (+). For every token whose
// lemma (or form) starts some pattern, each pattern is tried:
//   1. its words are found left to right, each within `max_gap` tokens of the previous
//      one, skipping neither a clause boundary nor an actor mention (a possessive
//      pronoun may be skipped: "announced his intention to");
//   2. a slot between two words must be filled by a mention right there (a determiner
//      may stand before it);
//   3. a leading $ takes the nearest mention before the first word in the same clause;
//      a named possessive skipped inside the pattern ("rejected Iraq's proposal") is the
//      target when the pattern has no other;
//      a trailing + takes the first mention within `target_window` tokens after the
//      last word, in the same clause and before any comma. A missing $ is left for the coder to fill; a
//      missing + fails the pattern (a shorter pattern may still match).
// Passive voice: when a "be" form stands right before the first word, the word is a
// participle ("was visited") and "by" + mention follows, the mention after "by" is the
// source and the mention before is the target; "by" right after the verb does the same
// without "be" ("forces, backed by Iran", "an attack by Russian forces"). A participle
// right after a noun whose object is only a place phrase away ("a soldier jailed in
// Turkey") is a reduced passive and not matched.
// Among matches sharing tokens the one with more words wins, so "made a trip to" beats a
// bare "trip to". Cost: O(tokens x patterns-per-first-word x pattern length).
#include "code/matcher.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace dyad::code {
namespace {

using Kind = dict::PatternElem::Kind;

struct Ctx {
  const Sentence& s;
  const std::vector<Mention>& mentions;
  std::vector<size_t> mention_at;  // token -> mention index or kNoMention
  const MatchOptions& opt;
};

bool WordMatches(const Sentence& s, size_t i, const std::string& w) {
  return !s.excluded[i] && (s.lemmas[i] == w || s.words[i] == w);
}

// Finds word `w` after token `from` within the gap budget. Returns the token or npos.
// An actor may not stand inside a pattern, but a possessive may, counting as one word:
// "announced his intention to meet", "rejected Iraqi President Saddam Hussein's proposal".
// A named possessor skipped this way is stored in `*possessor`.
size_t FindNextWord(const Ctx& c, size_t from, const std::string& w, size_t* possessor) {
  const size_t n = c.s.size();
  for (size_t j = from + 1, gap = 0; j < n && gap <= c.opt.max_gap; ++j, ++gap) {
    if (WordMatches(c.s, j, w)) return j;
    // A comma ends the phrase: "an attack on Thursday, police said" is no "attack police".
    if (c.s.boundary[j] || c.s.excluded[j] || c.s.words[j] == ",") return std::string::npos;
    size_t mi = c.mention_at[j];
    if (mi == kNoMention) continue;
    const Mention& m = c.mentions[mi];
    if (!m.possessive) return std::string::npos;
    if (!m.pronoun) {
      *possessor = mi;
      j = m.last;
      if (j + 1 < n && c.s.words[j + 1] == "'s") ++j;
    }
  }
  return std::string::npos;
}

// The mention starting at `from` or right after a determiner there.
size_t MentionRightAfter(const Ctx& c, size_t from) {
  const size_t n = c.s.size();
  for (size_t j = from, k = 0; j < n && k < 2; ++j, ++k) {
    if (c.mention_at[j] != kNoMention) return c.mention_at[j];
    std::string_view w = c.s.words[j];
    if (!(w == "the" || w == "a" || w == "an")) return kNoMention;
  }
  return kNoMention;
}

// The nearest mention before token `before` in its clause. A short parenthesis is looked
// through: "The Asia-Pacific Economic Cooperation (APEC) forum has agreed".
size_t MentionBefore(const Ctx& c, size_t before) {
  for (size_t j = before; j-- > 0;) {
    if (c.s.words[j] == ")") {
      size_t open = j;
      while (open > 0 && j - open < 6 && c.s.words[open] != "(") --open;
      if (c.s.words[open] == "(" && open > 0) { j = open; continue; }
    }
    if (c.s.boundary[j]) return kNoMention;
    if (c.mention_at[j] != kNoMention) return c.mention_at[j];
  }
  return kNoMention;
}

// The first mention within the target window after token `after`, in its clause (no
// comma or boundary before it), unless a place preposition introduces it; else kNoMention.
size_t MentionAfter(const Ctx& c, size_t after) {
  const size_t n = c.s.size();
  for (size_t j = after + 1; j < n && j <= after + c.opt.target_window; ++j) {
    if (c.s.boundary[j] || c.s.words[j] == ",") return kNoMention;
    if (c.mention_at[j] != kNoMention) {
      // "fought in Afghanistan", "backing a war criminal in Syria": an actor after a place
      // preposition the pattern does not name is where the act happened, not its target.
      // ("into" is left out: "sent troops into Ukraine" is done to Ukraine.)
      std::string_view w = c.s.words[j - 1];
      bool place = j > after + 1 && (w == "in" || w == "at" || w == "near" || w == "inside" || w == "across");
      return place ? kNoMention : c.mention_at[j];
    }
  }
  return kNoMention;
}

// Is `p` a statement pattern (code 01x, no target slot), whose verb may be inverted
// after a quotation or clause ("..., said the minister")?
bool StatementPattern(const dict::VerbPattern& p) {
  if (p.code.compare(0, 2, "01") != 0) return false;
  for (const auto& e : p.elems)
    if (e.kind == Kind::kTarget) return false;
  return true;
}

// Is mention `m` a pronoun opening a clause ("said she was not allowed"): the subject of
// what was said, not an inverted speaker ("..., said he.")?
bool ClauseSubject(const Ctx& c, size_t m) {
  const Mention& x = c.mentions[m];
  if (!x.pronoun || x.possessive || x.last + 1 >= c.s.size()) return false;
  static constexpr std::array<std::string_view, 10> kAux = {
      "was", "is", "were", "are", "had", "has", "would", "will", "could", "did"};
  std::string_view next = c.s.words[x.last + 1];
  return std::find(kAux.begin(), kAux.end(), next) != kAux.end();
}

// The subject of a verb at token `anchor` (pattern `p`, last word at `last`): the nearest
// mention before it in the clause (MentionBefore looks through a short parenthesis), with
// these exceptions common in news:
//  - Inversion: "..., said a spokesman for the Israeli prime minister": a statement verb
//    right after a comma or quote takes the mention right after it, unless that is a
//    pronoun opening the reported clause ("Amal, a nurse, said she was ...").
//  - "X and their Y" has X as subject; "X loyal to / backed by Y" has X.
//  - Apposition: "Pakistan, a key U.S. ally, has refused ...": when the nearest mention
//    sits in a comma-enclosed phrase right before the verb and a mention ends just before
//    that phrase's opening comma, the head of the phrase is the subject. When the head is
//    a person dyad does not know, an actor opening the apposition stands for them; one
//    deeper inside does not, and the subject is then unknown (kNoMention), as it is for
//    an apposition of more than 16 words without a head actor.
size_t SubjectBefore(const Ctx& c, size_t anchor, const dict::VerbPattern& p, size_t last) {
  const Sentence& s = c.s;
  size_t v = anchor;
  while (v > 0 && (s.lemmas[v - 1] == "have" || s.lemmas[v - 1] == "be")) --v;  // "has refused"
  if (v > 0 && (s.words[v - 1] == "," || s.words[v - 1] == "\"") && StatementPattern(p)) {
    size_t after = MentionRightAfter(c, last + 1);
    if (after != kNoMention && c.mentions[after].first <= last + 4 && !ClauseSubject(c, after))
      return after;
  }
  size_t near = MentionBefore(c, anchor);
  // "Isis fighters and their families surrendered": the named actor, not "their".
  if (near != kNoMention && c.mentions[near].pronoun && c.mentions[near].possessive) {
    const size_t f = c.mentions[near].first;
    if (f > 1 && (s.words[f - 1] == "and" || s.words[f - 1] == ",") &&
        c.mention_at[f - 2] != kNoMention && !c.mentions[c.mention_at[f - 2]].pronoun)
      near = c.mention_at[f - 2];
  }
  // "Militants loyal to X said", "forces backed by X attacked": the head, not X.
  if (near != kNoMention) {
    const size_t f = c.mentions[near].first;
    for (size_t j = f; j-- > 2 && j + 8 > f;) {
      if (s.boundary[j] || s.words[j] == ",") break;
      if (s.words[j] != "to" && s.words[j] != "by" && s.words[j] != "with") continue;
      std::string_view mod = s.words[j - 1];
      if ((mod == "loyal" || mod == "close" || mod == "linked" || mod == "allied" ||
           mod == "affiliated" || mod == "backed" || mod == "supported" || mod == "sympathetic") &&
          c.mention_at[j - 2] != kNoMention && !c.mentions[c.mention_at[j - 2]].pronoun)
        near = c.mention_at[j - 2];
      break;
    }
  }
  if (near == kNoMention || v == 0 || s.words[v - 1] != ",") return near;
  // The appositive's opening comma: the previous comma, at most 30 tokens back.
  size_t open = v - 1;
  for (size_t j = v - 1, k = 0; j-- > 0 && k < 30; ++k) {
    if (s.boundary[j]) return near;
    if (s.words[j] == ",") { open = j; break; }
  }
  if (open == v - 1 || open == 0 || c.mentions[near].first <= open) return near;
  size_t head = c.mention_at[open - 1];
  if (head != kNoMention) return !c.mentions[head].pronoun ? head : near;
  // The head is a person dyad does not know. An apposition that opens with an actor
  // describes that person ("Kenzo Oshima, the United Nations Emergency Relief Coordinator,
  // demanded"; "Salaheddine Sidhoum, Algeria's leading human rights activist, staged"):
  // its actor stands for the person. An actor deeper inside does not ("Hassan Shibly, an
  // attorney who has represented ... for Syria, says").
  for (size_t j = open + 1; j < s.size() && j <= open + 3; ++j)
    if (c.mention_at[j] != kNoMention && !c.mentions[c.mention_at[j]].pronoun) return c.mention_at[j];
  if (open >= 2 && s.tokens[open - 1].capitalized && s.tokens[open - 2].capitalized &&
      c.mention_at[open - 2] == kNoMention)
    return kNoMention;
  return open - 1 + 16 >= v ? near : kNoMention;
}

bool TryPattern(const Ctx& c, const dict::VerbPattern& p, size_t anchor, PatternMatch* out) {
  const auto& el = p.elems;
  size_t first_word_elem = 0;
  while (el[first_word_elem].kind != Kind::kWord) ++first_word_elem;
  size_t last_word_elem = el.size() - 1;
  while (el[last_word_elem].kind != Kind::kWord) --last_word_elem;

  PatternMatch m;
  m.pattern = &p;
  m.code = p.code;
  m.first_word = anchor;
  m.word_tokens.push_back(anchor);
  size_t pos = anchor;
  size_t possessor = kNoMention;
  for (size_t e = first_word_elem + 1; e <= last_word_elem; ++e) {
    if (el[e].kind == Kind::kWord) {
      size_t j = FindNextWord(c, pos, el[e].word, &possessor);
      if (j == std::string::npos) return false;
      m.word_tokens.push_back(j);
      pos = j;
    } else {
      size_t mi = MentionRightAfter(c, pos + 1);
      if (mi == kNoMention) return false;
      (el[e].kind == Kind::kSource ? m.source : m.target) = mi;
      pos = c.mentions[mi].last;
    }
  }
  m.last_word = pos;

  bool lead_source = false, lead_target = false, trail_source = false, trail_target = false;
  for (size_t e = 0; e < first_word_elem; ++e) (el[e].kind == Kind::kSource ? lead_source : lead_target) = true;
  for (size_t e = last_word_elem + 1; e < el.size(); ++e)
    (el[e].kind == Kind::kSource ? trail_source : trail_target) = true;

  // Passive: "<target> was visited by <source>"; also without "be" when "by" follows
  // the verb at once: "forces, backed by Iranian allies", "an attack by Russian forces".
  const Sentence& s = c.s;
  const bool be_passive = anchor > 0 && s.lemmas[anchor - 1] == "be" && s.words[anchor] != s.lemmas[anchor];
  const bool by_next = pos + 1 < s.size() && s.words[pos + 1] == "by";
  if (lead_source && trail_target && (be_passive || by_next)) {
    size_t by = pos + 1;
    if (by < s.size() && s.words[by] == "by") {
      size_t src = MentionRightAfter(c, by + 1);
      size_t tgt = MentionBefore(c, be_passive ? anchor - 1 : anchor);
      // A passive with an actor missing is not read as active with the roles reversed.
      if (src == kNoMention || tgt == kNoMention) return false;
      m.source = src;
      m.target = tgt;
      m.passive = true;
      m.last_word = c.mentions[src].last;
      *out = std::move(m);
      return true;
    }
  }

  // "Civilians were killed in air strikes": a passive without "by" has its patient before
  // the verb and its doer, if the sentence names one, elsewhere (the coder looks after the
  // verb: "in Russian air strikes"); it is never read as active with the roles reversed.
  // (A progressive, "was attacking", is active; so is a participle used as an adjective
  // before "to": "is opposed to", "is committed to", or before the "in" its own pattern
  // continues with: "were engaged in ethnic cleansing".)
  // "were engaged in ethnic cleansing" (a pattern "$ engage in ..."): a participle whose
  // own pattern goes on with the "in" right after it is a state, not a passive.
  const bool stative = first_word_elem + 1 < el.size() && el[first_word_elem + 1].kind == Kind::kWord &&
                       el[first_word_elem + 1].word == "in" && anchor + 1 < s.size() &&
                       s.words[anchor + 1] == "in";
  const bool adjectival = (pos + 1 < s.size() && s.words[pos + 1] == "to") || stative;
  if (lead_source && trail_target && be_passive && !adjectival && !s.words[anchor].ends_with("ing")) {
    size_t tgt = MentionBefore(c, anchor - 1);
    if (tgt == kNoMention) return false;
    m.source = kNoMention;
    m.target = tgt;
    m.passive = true;
    *out = std::move(m);
    return true;
  }

  if (lead_source) m.source = SubjectBefore(c, anchor, p, pos);
  if (lead_target) m.target = MentionBefore(c, anchor);
  if (trail_target) {
    m.target = MentionAfter(c, pos);
    // "A British soldier jailed in Turkey": a participle right after a noun, its "target"
    // only a place phrase away, is a reduced passive (the soldier was jailed), not an act
    // of the soldier's against Turkey.
    if (m.target != kNoMention && lead_source && anchor > 0 && c.mention_at[anchor - 1] != kNoMention &&
        s.words[anchor].size() > 3 && s.words[anchor].substr(s.words[anchor].size() - 2) == "ed") {
      for (size_t j = pos + 1; j < c.mentions[m.target].first; ++j) {
        std::string_view w = s.words[j];
        if (w == "in" || w == "at" || w == "near" || w == "inside" || w == "outside") return false;
      }
    }
    if (m.target == kNoMention) return false;
  }
  if (trail_source) m.source = MentionAfter(c, pos);
  // "rejected Saddam Hussein's proposal": the possessor is the one the act is aimed at.
  if (m.target == kNoMention && possessor != m.source) m.target = possessor;
  *out = std::move(m);
  return true;
}

size_t WordCount(const PatternMatch& m) { return m.word_tokens.size(); }

}  // namespace

std::vector<PatternMatch> MatchPatterns(const Sentence& s, const std::vector<Mention>& mentions,
                                        const dict::CompiledDictionary& dict,
                                        const MatchOptions& options) {
  Ctx c{s, mentions, std::vector<size_t>(s.size(), kNoMention), options};
  for (size_t mi = 0; mi < mentions.size(); ++mi)
    for (size_t t = mentions[mi].first; t <= mentions[mi].last && t < s.size(); ++t) c.mention_at[t] = mi;

  // The hashes of every word and lemma of the sentence, sorted: a pattern one of whose
  // words is absent is skipped without trying it.
  std::vector<size_t> present;
  present.reserve(2 * s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    present.push_back(std::hash<std::string_view>{}(s.words[i]));
    if (s.lemmas[i] != s.words[i]) present.push_back(std::hash<std::string_view>{}(s.lemmas[i]));
  }
  std::sort(present.begin(), present.end());
  auto possible = [&](const dict::VerbPattern& p) {
    for (size_t h : p.later_word_hashes)
      if (!std::binary_search(present.begin(), present.end(), h)) return false;
    return true;
  };

  std::vector<PatternMatch> found;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.excluded[i] || c.mention_at[i] != kNoMention) continue;
    // Patterns keyed on the lemma, then (when it differs) on the form itself.
    for (int pass = 0; pass < 2; ++pass) {
      if (pass == 1 && s.words[i] == s.lemmas[i]) break;
      const auto& list = dict.PatternsStartingWith(pass == 0 ? std::string_view(s.lemmas[i]) : s.words[i]);
      for (const dict::VerbPattern* p : list) {
        if (!possible(*p)) continue;
        PatternMatch m;
        if (TryPattern(c, *p, i, &m)) {
          found.push_back(std::move(m));
          break;  // lists are longest first: the first match is the best at this anchor
        }
      }
    }
  }
  // Resolve overlaps: more words first, then dictionary order (pointer order is load order).
  std::vector<size_t> order(found.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (WordCount(found[a]) != WordCount(found[b])) return WordCount(found[a]) > WordCount(found[b]);
    return found[a].pattern < found[b].pattern;
  });
  std::vector<PatternMatch> kept;
  std::vector<bool> used(s.size(), false);  // tokens taken by a kept match's words
  for (size_t k : order) {
    bool clash = false;
    for (size_t t : found[k].word_tokens) clash = clash || used[t];
    if (clash) continue;
    for (size_t t : found[k].word_tokens) used[t] = true;
    kept.push_back(std::move(found[k]));
  }
  std::sort(kept.begin(), kept.end(),
            [](const PatternMatch& a, const PatternMatch& b) { return a.first_word < b.first_word; });
  return kept;
}

}  // namespace dyad::code
