// code/tree_roles.cc: the doer and the patient of a predicate, from the dependency tree.
//
// The token-pattern matcher (code/matcher.h) finds a verb pattern and guesses its source
// from the actor mentions around it: the nearest one before the verb, with a dozen
// repairs for appositions, parentheses, participles and "and". News sentences defeat such
// guesses in regular ways: in "X said that Y attacked Z" the nearest actor before
// "attacked" is Y, but in "Y, which X accused of attacking Z, ..." it is X; in "the
// soldiers were attacked by rebels" the doer comes after the verb; in "urged Y to
// withdraw" the one who withdraws is Y, the object of another verb. A dependency tree
// (syntax/) says each of these directly, so this file reads the doer off the tree and the
// matcher's guess stays only where the tree names no actor.
//
// Rules, for predicate word p (UD v2 relations):
//   1. p's own subject: nsubj (active); nsubj:pass makes it passive, with the doer in
//      obl:agent ("by X") and the patient the passive subject.
//   2. no subject of its own, by p's relation to its head h:
//        conj          -> h's doer ("X met Y and signed a deal"); a participle shares a
//                         passive head's roles ("was attacked and burned by X"), and
//                         one with its own passive auxiliary takes h's doer as patient
//        xcomp         -> h's object if h has one (object control: "asked X to leave"),
//                         else h's doer (subject control: "agreed to leave"), or h's
//                         patient when h is passive (raising: "is said to have left")
//        advcl         -> h's doer ("..., accusing Y of ...")
//        acl           -> a participle modifying a noun: "-ed" is a reduced passive (the
//                         noun is the patient, obl:agent the doer: "a ship attacked by X"),
//                         "-ing" active (the noun is the doer: "troops attacking X"); an
//                         infinitive after an object noun takes the doer of that noun's
//                         verb ("signed a pledge to withdraw": the signer withdraws)
//        acl:relcl     -> the noun modified, when the relative pronoun is the subject
//                         ("rebels who attacked"): handled by rule 1 finding "who", which
//                         is replaced by the noun.
//   The walk up the tree is bounded by the depth of the tree (at most its size).
// From a doer word to an actor: MentionOfPhrase looks at the head's own tokens, then at
// nominal dependents only, so "the ambassador of Iran" is IRN's ambassador while "the
// missile that Iran fired" names no actor as a phrase.
// Cost: O(n) per predicate for a sentence of n words (children are found by scanning).
#include "code/tree_roles.h"

#include <algorithm>
#include <optional>

#include <cctype>
#include <string>
#include <string_view>

#include "code/clause_words.h"
#include "context/dates.h"

namespace dyad::code {
namespace {

bool Is(const syntax::Word& w, std::string_view rel) { return w.deprel == rel; }

// The lemma of word w's preposition ("by" in "by Iran"), or "" when it has none.
std::string_view CaseOf(const syntax::Tree& t, int w) {
  int c = t.Child(w, "case");
  return c >= 0 ? std::string_view(t.words[c].lemma) : std::string_view();
}

bool RelativePronoun(const syntax::Word& w) {
  std::string_view l = w.lemma;
  return w.xpos == "WDT" || w.xpos == "WP" || l == "who" || l == "which" || l == "that";
}

bool NominalDependent(std::string_view rel) {
  return rel == "compound" || rel == "amod" || rel == "flat" || rel == "nmod" ||
         rel == "nmod:poss" || rel == "appos" || rel == "det" || rel == "nummod" ||
         rel == "flat:name" || rel == "compound:prt" || rel == "nmod:npmod" || rel == "case" ||
         rel == "nmod:desc";
}

// "on Monday", "in March", "at noon", "for years": an oblique of time, not of a target.
bool Temporal(const syntax::Word& w) {
  static constexpr std::string_view kTime[] = {"day",     "week",      "month", "year",
                                               "time",    "night",     "morning", "evening",
                                               "afternoon", "noon",    "weekend", "hour",
                                               "decade"};
  if (w.xpos == "CD") return true;
  std::string lower;
  for (char ch : w.lemma) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (context::MonthOf(lower) > 0 || context::WeekdayOf(lower) >= 0) return true;
  for (std::string_view t : kTime)
    if (lower == t) return true;
  return false;
}

// Is sentence token `token` (-1: none) one of mention m's tokens?
bool Holds(const Mention& m, int token) {
  return token >= 0 && static_cast<size_t>(token) >= m.first && static_cast<size_t>(token) <= m.last;
}

size_t MentionHolding(const std::vector<Mention>& mentions, int token) {
  for (size_t k = 0; k < mentions.size(); ++k)
    if (Holds(mentions[k], token)) return k;
  return kNoMention;
}

Roles RolesAt(const syntax::Tree& t, int p, int depth);

bool Nominal(const syntax::Word& w) { return w.upos == "NOUN" || w.upos == "PROPN" || w.upos == "PRON"; }

// The word of mention m whose head lies outside it (the phrase's head), or -1.
int HeadWordOf(const syntax::Tree& t, const Mention& m) {
  for (size_t i = 0; i < t.size(); ++i) {
    const syntax::Word& w = t.words[i];
    if (!Holds(m, w.source_token)) continue;
    if (w.head < 0 || !Holds(m, t.words[w.head].source_token)) return static_cast<int>(i);
  }
  return -1;
}

// The first conjunct of the coordination word w belongs to (w itself when it is none):
// "Iran" for "Arnor" in "Iran and Arnor".
int FirstConjunct(const syntax::Tree& t, int w) {
  for (size_t steps = 0; Is(t.words[w], "conj") && t.words[w].head >= 0 && steps < t.size(); ++steps)
    w = t.words[w].head;
  return w;
}

// Word p's own "by" phrase: an obl:agent child that has "by" ("according to X" is no
// agent, whatever the parser says), or -1.
int ByPhrase(const syntax::Tree& t, int p) {
  int agent = t.Child(p, "obl:agent");
  return agent >= 0 && CaseOf(t, agent) == "by" ? agent : -1;
}

// The doer of passive predicate p: its "by" phrase, else that of a participle
// coordinated with it that has no subject of its own ("was attacked and burned by X":
// the parser hangs the shared "by X" on the nearer verb).
int AgentOf(const syntax::Tree& t, int p) {
  int agent = ByPhrase(t, p);
  for (size_t k = 0; agent < 0 && k < t.size(); ++k) {
    const syntax::Word& c = t.words[k];
    if (c.head == p && Is(c, "conj") && c.xpos == "VBN" && t.Child(static_cast<int>(k), "nsubj") < 0 &&
        t.Child(static_cast<int>(k), "nsubj:pass") < 0)
      agent = ByPhrase(t, static_cast<int>(k));
  }
  return agent;
}

// Is conjunct p (no subject of its own) passive? With a passive auxiliary of its own,
// yes; with another auxiliary of its own ("has resorted"), no; with none, a participle
// is passive when its head is ("was attacked and burned").
bool PassiveConjunct(const syntax::Tree& t, int p, bool head_passive) {
  if (t.Child(p, "aux:pass") >= 0) return true;
  return t.words[p].xpos == "VBN" && head_passive && t.Child(p, "aux") < 0;
}

// Rule 2: a predicate without a subject borrows one through its relation to its head.
Roles Borrowed(const syntax::Tree& t, int p, int depth) {
  const syntax::Word& w = t.words[p];
  int h = w.head;
  Roles r;
  if (h < 0 || depth > static_cast<int>(t.size())) return r;
  if (Is(w, "conj")) {
    Roles hr = RolesAt(t, h, depth + 1);
    int subject = hr.passive ? hr.patient : hr.doer;  // the subject the conjuncts share
    if (!PassiveConjunct(t, p, hr.passive)) {
      r.doer = subject;  // "X met Y and signed a deal"; "X was denied entry and has left"
    } else {
      // "was attacked and burned by X", "denies it but is believed to ...": the shared
      // subject is the patient; the doer is the conjunct's own "by" phrase, else the head's.
      int agent = AgentOf(t, p);
      r = Roles{.doer = agent >= 0 ? agent : hr.passive ? hr.doer : -1, .patient = subject,
                .passive = true};
    }
  } else if (Is(w, "advcl")) {
    r.doer = RolesAt(t, h, depth + 1).doer;
  } else if (Is(w, "xcomp")) {
    int obj = t.Child(h, "obj");
    if (obj < 0) obj = t.Child(h, "iobj");
    // Raising past a passive: in "X is believed to be supplying Y" X supplies.
    Roles hr = obj >= 0 ? Roles{} : RolesAt(t, h, depth + 1);
    int controller = obj >= 0 ? obj : hr.passive ? hr.patient : hr.doer;
    if (t.Child(p, "aux:pass") >= 0)  // "is believed to have been killed by X"
      r = Roles{.doer = AgentOf(t, p), .patient = controller, .passive = true};
    else
      r.doer = controller;
  } else if (Is(w, "acl")) {
    const syntax::Word& noun = t.words[h];
    if (w.xpos == "VB") {
      // "announced an agreement to resume ties": the infinitive's doer is the doer of
      // the verb the noun is the object of.
      if (noun.deprel == "obj" && noun.head >= 0) r.doer = RolesAt(t, noun.head, depth + 1).doer;
    } else if (w.xpos == "VBN") {
      r.passive = true;
      r.patient = h;
      r.doer = ByPhrase(t, p);
    } else {
      r.doer = h;
    }
  }
  return r;
}

Roles RolesAt(const syntax::Tree& t, int p, int depth) {
  Roles r;
  if (p < 0 || p >= static_cast<int>(t.size())) return r;
  int subj = t.Child(p, "nsubj");
  int pass = t.Child(p, "nsubj:pass");
  if (pass >= 0) {
    r.passive = true;
    r.patient = pass;
    r.doer = AgentOf(t, p);
  } else if (subj >= 0) {
    r.doer = subj;
  } else {
    return Borrowed(t, p, depth);
  }
  // "the rebels who attacked": the relative pronoun stands for the noun it follows.
  const syntax::Word& pw = t.words[p];
  if (Is(pw, "acl:relcl")) {
    if (r.doer >= 0 && RelativePronoun(t.words[r.doer])) r.doer = pw.head;
    if (r.patient >= 0 && RelativePronoun(t.words[r.patient])) r.patient = pw.head;
  }
  return r;
}

// Does a word of mention `m` dominate word `p`, with the step just below it not a
// relative or participial clause (acl, acl:relcl)?
bool GovernsThroughNonClause(const syntax::Tree& t, const Mention& m, int p) {
  int child = p;
  for (int h = t.words[p].head, guard = 0; h >= 0 && guard <= static_cast<int>(t.size());
       child = h, h = t.words[h].head, ++guard) {
    if (Holds(m, t.words[h].source_token)) {
      std::string_view rel = t.words[child].deprel;
      return rel != "acl" && rel != "acl:relcl";
    }
  }
  return false;
}

}  // namespace

int WordOfToken(const syntax::Tree& tree, size_t t) {
  for (size_t k = 0; k < tree.size(); ++k)
    if (tree.words[k].source_token == static_cast<int>(t)) return static_cast<int>(k);
  return -1;
}

size_t MentionOfPhrase(const syntax::Tree& tree, const std::vector<Mention>& mentions, int w) {
  if (w < 0 || w >= static_cast<int>(tree.size())) return kNoMention;
  size_t m = MentionHolding(mentions, tree.words[w].source_token);
  if (m != kNoMention) return m;
  // Breadth-first through nominal dependents: the nearest actor inside the phrase.
  std::vector<int> frontier{w};
  for (size_t guard = 0; !frontier.empty() && guard < tree.size(); ++guard) {
    std::vector<int> next;
    for (int f : frontier) {
      for (size_t k = 0; k < tree.size(); ++k) {
        if (tree.words[k].head != f || !NominalDependent(tree.words[k].deprel)) continue;
        m = MentionHolding(mentions, tree.words[k].source_token);
        if (m != kNoMention) return m;
        next.push_back(static_cast<int>(k));
      }
    }
    frontier = std::move(next);
  }
  return kNoMention;
}

Roles RolesOf(const syntax::Tree& tree, int p) { return RolesAt(tree, p, 0); }

bool TalkedAbout(const syntax::Tree& tree, const Mention& m) {
  auto inside = [&](int w) { return w >= 0 && Holds(m, tree.words[w].source_token); };
  int head = HeadWordOf(tree, m);  // the mention's word whose head lies outside it
  if (head < 0) return true;
  head = FirstConjunct(tree, head);
  std::string_view rel = tree.words[head].deprel;
  if (rel == "nsubj" || rel == "nsubj:pass" || rel == "obl:agent") return false;
  if (rel == "amod" || rel == "compound") return inside(tree.words[head].head);
  return true;
}

int TargetOf(const syntax::Tree& tree, int p) {
  if (p < 0 || p >= static_cast<int>(tree.size())) return -1;
  for (std::string_view rel : {"obj", "iobj"}) {
    int k = tree.Child(p, rel);
    if (k >= 0) return k;
  }
  static constexpr std::string_view kCases[] = {"on", "against", "at", "with", "to", "toward",
                                                "towards", "into", "between", "for"};
  for (size_t k = 0; k < tree.size(); ++k) {  // the first such oblique in text order
    const syntax::Word& w = tree.words[k];
    if (w.head != p || w.deprel != "obl" || Temporal(w)) continue;
    std::string_view cs = CaseOf(tree, static_cast<int>(k));
    if (std::find(std::begin(kCases), std::end(kCases), cs) != std::end(kCases))
      return static_cast<int>(k);
  }
  return -1;
}

std::optional<size_t> NominalDoer(const syntax::Tree& tree, const std::vector<Mention>& mentions,
                                  int p) {
  for (size_t c = 0; c < tree.size(); ++c) {
    const syntax::Word& w = tree.words[c];
    if (w.head != p) continue;
    bool by = Is(w, "nmod") && CaseOf(tree, static_cast<int>(c)) == "by";
    if (!(Is(w, "nmod:poss") || Is(w, "amod") || Is(w, "compound") || by)) continue;
    size_t m = MentionOfPhrase(tree, mentions, static_cast<int>(c));
    if (m != kNoMention) return m;
  }
  // "undertook a mediation mission", "agreed a package of sanctions": the phrase's head
  // noun is the verb's object.
  int head = p;
  for (size_t guard = 0; tree.words[head].head >= 0 && guard < tree.size(); ++guard) {
    const syntax::Word& hw = tree.words[head];
    bool of = Is(hw, "nmod") && CaseOf(tree, head) == "of";
    if (!Is(hw, "compound") && !of) break;
    head = hw.head;
  }
  const syntax::Word& fw = tree.words[FirstConjunct(tree, head)];
  if (fw.head < 0) return std::nullopt;
  const syntax::Word& gov = tree.words[fw.head];
  if ((Is(fw, "obj") || Is(fw, "obl")) && gov.upos == "VERB") {
    // "did not claim responsibility for the strike": a denied link names no doer.
    for (const syntax::Word& w : tree.words)
      if (w.head == fw.head && Is(w, "advmod") && Negator(w.lemma))
        return kNoMention;
    Roles r = RolesOf(tree, fw.head);
    return r.passive ? kNoMention : MentionOfPhrase(tree, mentions, r.doer);
  }
  if ((Is(fw, "obl") || Is(fw, "nmod")) && (gov.upos == "NOUN" || gov.upos == "ADJ"))
    return kNoMention;
  return std::nullopt;
}

namespace {

// Does the pattern open with its source slot ("$ fight against +")?
bool SourceFirst(const PatternMatch& mt) {
  return mt.pattern != nullptr && !mt.pattern->elems.empty() &&
         mt.pattern->elems[0].kind == dict::PatternElem::Kind::kSource;
}

// The tree's subject of `mt` is a noun that names no actor ("Halvorsen criticized ..."):
// with no subject found by word order, no actor may stand in for it; a pronoun word order
// found before an unknown name ("It is six weeks since Muthana surrendered") is dropped.
void MarkUnknownDoer(const syntax::Tree& tree, const std::vector<Mention>& mentions, const Roles& r,
                     PatternMatch* mt) {
  if (r.doer < 0 || r.passive) return;
  std::string_view upos = tree.words[r.doer].upos;
  if (upos != "PROPN" && upos != "NOUN") return;
  if (mt->source == kNoMention) {
    mt->doer_unknown = true;
  } else if (upos == "PROPN" && mentions[mt->source].pronoun &&
             !Holds(mentions[mt->source], tree.words[r.doer].source_token)) {
    mt->doer_unknown = true;
    mt->source = kNoMention;
  }
}

}  // namespace

void RolesFromTree(const syntax::Tree& tree, const std::vector<Mention>& mentions,
                   std::vector<PatternMatch>* matches) {
  for (PatternMatch& mt : *matches) {
    int p = WordOfToken(tree, mt.first_word);
    if (p < 0) continue;
    // A noun with a subject of its own, or heading the sentence, is a verb the tagger
    // missed ("Greece plans to ...") or a headline: word order knows better.
    const syntax::Word& pw = tree.words[p];
    if (pw.upos == "NOUN" && pw.head >= 0 && tree.Child(p, "nsubj") < 0 && SourceFirst(mt) &&
        !mt.passive) {
      std::optional<size_t> found = NominalDoer(tree, mentions, p);
      if (!found) continue;
      size_t doer = *found == mt.target ? kNoMention : *found;
      mt.doer_unknown = doer == kNoMention;
      mt.source = doer;
      mt.source_from_tree = doer != kNoMention;
      continue;
    }
    Roles r = RolesOf(tree, p);
    size_t doer = MentionOfPhrase(tree, mentions, r.doer);
    if (doer == kNoMention) MarkUnknownDoer(tree, mentions, r, &mt);
    if (doer == kNoMention || (doer == mt.target && !r.passive)) continue;
    // An actor right before an active verb is its subject whatever the parse says: the
    // tree only overrules word order where word order is ambiguous.
    bool adjacent = mt.source != kNoMention && mentions[mt.source].last + 1 == mt.first_word;
    if (adjacent && !r.passive) doer = mt.source;
    // A possessive pronoun is no doer of its noun ("their families attacked"), and a
    // subject noun cannot govern its own verb except through a relative or participial
    // clause: a tree that hangs the verb under the matcher's subject ("rebels" <-conj-
    // "attacked") is a misparse, and word order knows better.
    if (mt.source != kNoMention && doer != mt.source &&
        ((mentions[doer].pronoun && !mentions[mt.source].pronoun) ||
         GovernsThroughNonClause(tree, mentions[mt.source], p)))
      continue;
    mt.source = doer;
    mt.source_from_tree = true;
    if (r.passive) {
      size_t patient = MentionOfPhrase(tree, mentions, r.patient);
      if (patient != kNoMention && patient != doer) mt.target = patient;
      else if (mt.target == doer) mt.target = kNoMention;
    }
    // A statement's object is what was said, not whom it was said to ("announced a
    // package", "told journalists"): statements keep the matcher's addressee.
    if (mt.target == kNoMention && mt.code.compare(0, 2, "01") != 0) {
      size_t target = MentionOfPhrase(tree, mentions, TargetOf(tree, p));
      if (target != doer) mt.target = target;
    }
  }
}

bool ModifiesNoun(const syntax::Tree& tree, const Mention& m) {
  int h = HeadWordOf(tree, m);
  if (h < 0) return false;
  const syntax::Word& w = tree.words[h];
  return Is(w, "amod") || Is(w, "compound") || Is(w, "nmod:poss");
}

bool InPhraseOf(const syntax::Tree& tree, const Mention& inner, const Mention& outer) {
  int w = HeadWordOf(tree, inner), top = HeadWordOf(tree, outer);
  if (w < 0 || top < 0 || w == top) return false;
  for (size_t guard = 0; guard < tree.size() && NominalDependent(tree.words[w].deprel); ++guard) {
    w = tree.words[w].head;
    if (w < 0) return false;
    if (w == top) return true;
  }
  return false;
}

bool Attributive(const syntax::Tree& tree, int p) {
  if (p < 0) return false;
  const syntax::Word& w = tree.words[p];
  if (!Is(w, "amod") || (w.xpos != "VBG" && w.xpos != "VBN") || w.head <= p) return false;
  // Inside a noun phrase: after its article, adjective, possessive or preposition ("the
  // opposing accounts", "Iran's expanding presence", "for alleged genocide"). A parse
  // that calls a finite verb an adjective ("has seized territory", "Italy used gas")
  // has a verb's neighbour there instead.
  if (p == 0) return false;
  const syntax::Word& before = tree.words[p - 1];
  static constexpr std::string_view kNounPhraseOpeners[] = {"DT", "PDT", "PRP$", "POS", "JJ",
                                                            "JJR", "JJS"};
  // "for alleged genocide"; not "has since seized control", however it is parsed.
  if (before.xpos == "IN") return Is(before, "case") && before.upos != "SCONJ";
  return std::find(std::begin(kNounPhraseOpeners), std::end(kNounPhraseOpeners), before.xpos) !=
         std::end(kNounPhraseOpeners);
}

bool PastTense(const syntax::Tree& tree, int p) {
  for (size_t steps = 0; p >= 0 && tree.words[p].upos != "VERB" && steps < tree.size(); ++steps)
    p = tree.words[p].head;
  if (p < 0 || tree.words[p].upos != "VERB") return false;
  const syntax::Word& v = tree.words[p];
  if (v.xpos == "VBD") return true;
  if (v.xpos != "VBN") return false;
  for (const auto& w : tree.words)  // "was attacked", "had met" - not "has met", "will be"
    if (w.head == p && (Is(w, "aux") || Is(w, "aux:pass")) && w.xpos == "VBD") return true;
  return false;
}

std::vector<size_t> TreeConjuncts(const syntax::Tree& tree, const std::vector<Mention>& mentions,
                                  size_t mi) {
  std::vector<size_t> out;
  int h = HeadWordOf(tree, mentions[mi]);
  // "Prime Minister of Kosovo Albin Kurti": a title that describes a name dyad does not
  // know coordinates through that name.
  for (size_t steps = 0; h >= 0 && steps < tree.size(); ++steps) {
    const syntax::Word& w = tree.words[h];
    bool describes = Is(w, "compound") || Is(w, "flat") || Is(w, "appos") || Is(w, "nmod:desc") ||
                     Is(w, "amod") || Is(w, "flat:name");
    if (!describes || w.head < 0 || MentionHolding(mentions, tree.words[w.head].source_token) != kNoMention)
      break;
    h = w.head;
  }
  if (h < 0 || !Nominal(tree.words[h])) return out;
  const int first = FirstConjunct(tree, h);
  if (!Nominal(tree.words[first])) return out;
  for (size_t i = 0; i < tree.size(); ++i) {
    const int w = static_cast<int>(i);
    bool member = w == first || (Is(tree.words[i], "conj") && tree.words[i].head == first);
    if (!member || w == h || !Nominal(tree.words[i])) continue;
    size_t k = MentionOfPhrase(tree, mentions, w);
    if (k == kNoMention || k == mi || mentions[k].pronoun) continue;
    if (std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace dyad::code
