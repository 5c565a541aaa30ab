// dict/foreign_verbs.cc: TABARI verb patterns as dyad verb patterns (foreign_loader.h).
//
// A TABARI pattern is `WORDS * WORDS` around the verb root, with '$' (source) and '+'
// (target) slots, &SYNSET references, `{A | B}` alternatives, '%' (compound) and '^'
// (skip) markers. dyad's pattern is a flat sequence of words and the two slots, matched on
// lemmas, so each TABARI pattern becomes one dyad pattern per choice of synset member and
// alternative (the product is capped: a pattern with more variants keeps the first 32),
// with the root's words where '*' was. '%' and '^' have no dyad equivalent and are dropped.
//
// PETRARCH's verbs file (CAMEO.2.0.txt) is rewritten line for line into TABARI's layout
// first: its synonym sets get <SYNSETS> tags on the blank lines around them, a block
// `---  NAME  [CODE]  ---` lists verbs (each becomes a root with the block's code unless it
// has its own; `{FORMS}` are dropped, dyad matches lemmas; a '+' marking the verb of a
// multi-word verb is dropped) and its patterns, where '(' ')' (a prepositional phrase) and
// the noun-phrase braces only group words. Every verb of a block shares its patterns.
#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "dict/dyad_loader.h"
#include "dict/foreign_loader.h"
#include "dict/tabari/tabari_dict.h"
#include "ontology/cameo.h"

namespace dyad::dict {
namespace {

constexpr size_t kMaxVariants = 32;
using Variant = std::vector<PatternElem>;

std::vector<Variant> Expand(const std::vector<tabari::PElem>& elems,
                            const std::vector<tabari::Synset>& synsets, int depth);

// Every variant of `a` followed by every variant of `b`, at most kMaxVariants.
std::vector<Variant> Product(const std::vector<Variant>& a, const std::vector<Variant>& b) {
  std::vector<Variant> out;
  for (const Variant& x : a)
    for (const Variant& y : b) {
      if (out.size() == kMaxVariants) return out;
      Variant v = x;
      v.insert(v.end(), y.begin(), y.end());
      out.push_back(std::move(v));
    }
  return out;
}

std::vector<Variant> ExpandOne(const tabari::PElem& e, const std::vector<tabari::Synset>& synsets,
                               int depth) {
  using K = tabari::PElem::Kind;
  std::vector<Variant> out;
  switch (e.kind) {
    case K::kWord: {
      Variant v;
      for (std::string& w : PhraseWords(e.word.text)) {
        PatternElem p;
        p.word = std::move(w);
        v.push_back(std::move(p));
      }
      out.push_back(std::move(v));
      break;
    }
    case K::kSource: case K::kTarget: {
      PatternElem p;
      p.kind = e.kind == K::kSource ? PatternElem::Kind::kSource : PatternElem::Kind::kTarget;
      out.push_back({p});
      break;
    }
    case K::kSynset:
      if (depth > 4 || e.synset < 0 || e.synset >= static_cast<int>(synsets.size())) break;
      for (const auto& member : synsets[e.synset].members)
        for (Variant& v : Expand(member, synsets, depth + 1))
          if (out.size() < kMaxVariants) out.push_back(std::move(v));
      break;
    case K::kAlt:
      for (const auto& alt : e.alts)
        for (Variant& v : Expand(alt, synsets, depth + 1))
          if (out.size() < kMaxVariants) out.push_back(std::move(v));
      break;
    default:  // '%', '^', a verb marker: nothing in dyad's patterns
      out.push_back({});
  }
  return out;
}

std::vector<Variant> Expand(const std::vector<tabari::PElem>& elems,
                            const std::vector<tabari::Synset>& synsets, int depth) {
  std::vector<Variant> out = {{}};
  for (const tabari::PElem& e : elems) out = Product(out, ExpandOne(e, synsets, depth));
  return out;
}

bool HasWord(const Variant& v) {
  for (const PatternElem& e : v)
    if (e.kind == PatternElem::Kind::kWord) return true;
  return false;
}

// Adds the variants of one pattern; false when its code is not coded by dyad.
void AddPattern(const Variant& root, const tabari::VerbPattern* p, const tabari::VerbCode& code,
                const std::string& text, const tabari::Where& where,
                const std::vector<tabari::Synset>& synsets, Entries* out, LoadCount* n) {
  if (code.kind != tabari::VerbCode::Kind::kEvent) { ++n->null_codes; return; }
  if (!ontology::FindCameo(code.code)) { ++n->null_codes; return; }
  std::vector<Variant> variants = {root};
  if (p) variants = Product(Product(Expand(p->before, synsets, 0), {root}), Expand(p->after, synsets, 0));
  for (Variant& v : variants) {
    if (!HasWord(v)) continue;
    VerbPattern vp;
    vp.elems = std::move(v);
    vp.code = code.code;
    vp.text = text;
    vp.src = {where.file, where.line};
    out->verbs.push_back(std::move(vp));
    ++n->entries;
  }
}

std::string Strip(std::string s, std::string_view chars) {
  s.erase(std::remove_if(s.begin(), s.end(), [&](char c) { return chars.find(c) != chars.npos; }),
          s.end());
  return s;
}

// "&FOOD_" -> "&FOOD" (declarations and references alike).
std::string SynsetNames(std::string s) {
  for (size_t p = s.find('&'); p != std::string::npos; p = s.find('&', p + 1)) {
    size_t e = p + 1;
    while (e < s.size() && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '_')) ++e;
    while (e > p + 1 && s[e - 1] == '_') s.erase(--e, 1);
  }
  return s;
}

}  // namespace

std::vector<int> PetrarchVerbsToTabari(std::vector<std::string>* lines) {
  std::vector<int> blocks;  // 1-based lines of the block headers
  std::string block_code = "---";
  int last_blank = -1, first_synset = -1;
  bool synsets_open = false;
  for (size_t i = 0; i < lines->size(); ++i) {
    std::string& l = (*lines)[i];
    size_t b = l.find_first_not_of(" \t");
    if (b == std::string::npos) { last_blank = static_cast<int>(i); continue; }
    // Synonym sets may stand anywhere: each run of &NAME / +MEMBER lines is wrapped in
    // <SYNSETS> tags written on the blank lines around it.
    if (l[b] == '&' && !synsets_open && last_blank >= 0) {
      (*lines)[last_blank] = "<SYNSETS>";
      first_synset = static_cast<int>(i);
      synsets_open = true;
    }
    if (synsets_open && l[b] != '&' && l[b] != '+' && last_blank > first_synset) {
      (*lines)[last_blank] = "</SYNSETS>";
      synsets_open = false;
    }
    if (l.compare(b, 3, "---") == 0) {
      size_t open = l.find('['), close = l.find(']');
      block_code = open != std::string::npos && close > open ? l.substr(open, close - open + 1) : "[---]";
      blocks.push_back(static_cast<int>(i + 1));
      l.clear();
      continue;
    }
    if (synsets_open || l[b] == '<') { l = SynsetNames(l); continue; }
    if (l[b] == '-') {  // a pattern
      l = SynsetNames(Strip(l, l.find('|') == std::string::npos ? "(){}" : "()"));
      continue;
    }
    if (blocks.empty()) continue;
    // A verb of the current block: WORDS {FORMS} [CODE]
    size_t open = l.find('{'), close = l.find('}');
    if (open != std::string::npos && close != std::string::npos && open < close) l.erase(open, close - open + 1);
    l = Strip(l, "+");
    if (l.find('[') == std::string::npos) l += " " + block_code;
  }
  return blocks;
}

// Every verb of a PETRARCH block gets the patterns written under it.
void ShareBlockPatterns(const std::vector<int>& blocks, tabari::VerbsFile* f) {
  auto block_of = [&](int line) {
    return std::upper_bound(blocks.begin(), blocks.end(), line) - blocks.begin();
  };
  std::map<long, std::vector<tabari::VerbPattern>> patterns;
  for (const tabari::VerbEntry& v : f->verbs)
    for (const tabari::VerbPattern& p : v.patterns) patterns[block_of(p.where.line)].push_back(p);
  for (tabari::VerbEntry& v : f->verbs) v.patterns = patterns[block_of(v.where.line)];
}

void AddTabariVerbs(const tabari::VerbsFile& f, const std::string& file, Entries* out,
                    LoadCount* n) {
  (void)file;
  for (const tabari::VerbEntry& verb : f.verbs) {
    Variant root;
    std::string root_text;
    for (const tabari::PWord& w : verb.root) {
      root_text += (root_text.empty() ? "" : " ") + w.text;
      for (std::string& word : PhraseWords(w.text)) {
        PatternElem e;
        e.word = std::move(word);
        root.push_back(std::move(e));
      }
    }
    if (root.empty()) continue;
    AddPattern(root, nullptr, verb.code, root_text, verb.where, f.synsets, out, n);
    for (const tabari::VerbPattern& p : verb.patterns)
      AddPattern(root, &p, p.code, p.text, p.where, f.synsets, out, n);
  }
}

}  // namespace dyad::dict
