// syntax/ud_eval.cc: the CoNLL 2018 shared task's word-level scores, on gold tokenization.
//
// Idea. conll18_ud_eval.py (Zeman et al. 2018, "CoNLL 2018 Shared Task: Multilingual
// Parsing from Raw Text to Universal Dependencies") first aligns system words to gold words
// by character offsets, then scores every aligned pair. When the system keeps the gold
// tokenization the alignment is the identity, so each metric is the share of words on
// which a key agrees: UPOS and XPOS the tag; Lemmas the lemma, or anything when the gold
// lemma is "_"; UAS the head; LAS the head and the relation with its subtype cut off
// ("acl:relcl" -> "acl": the script does `deprel.split(":")[0]`). Punctuation is scored
// like any word. CLAS restricts LAS to content relations (the script's CONTENT_DEPRELS).
// This file refuses anything but the identity alignment: differing sentence or word counts
// or forms are an error, not a score.
//
// Per relation (not in the script; what a parser developer reads next): for each universal
// relation, gold words carrying it, system words carrying it and the gold words that got it
// right with the right head, hence precision, recall and F1 of labelled attachment.
//
// Complexity: O(words) time, O(relations) memory.
#include "syntax/ud_eval.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

namespace dyad::syntax {
namespace {

// conll18_ud_eval.py's CONTENT_DEPRELS.
bool IsContentRelation(std::string_view rel) {
  static const std::set<std::string_view, std::less<>> kContent = {
      "nsubj", "obj",   "iobj",     "csubj",    "ccomp",      "xcomp",  "obl",  "vocative",
      "expl",  "dislocated", "advcl", "advmod", "discourse", "nmod",  "appos", "nummod",
      "acl",   "amod",  "conj",     "fixed",    "flat",       "compound", "list", "parataxis",
      "orphan", "goeswith", "reparandum", "root", "dep"};
  return kContent.find(rel) != kContent.end();
}

void Count(UdScore& s, bool right) {
  ++s.gold;
  ++s.system;
  s.correct += right ? 1 : 0;
}

void ScoreWord(const Word& g, const Word& s, UdEvaluation& e) {
  Count(e.upos, g.upos == s.upos);
  Count(e.xpos, g.xpos == s.xpos);
  Count(e.lemmas, g.lemma.empty() || g.lemma == "_" || g.lemma == s.lemma);
  const bool head = g.head == s.head;
  const std::string_view grel = UniversalRelation(g.deprel);
  const std::string_view srel = UniversalRelation(s.deprel);
  const bool labelled = head && grel == srel;
  Count(e.uas, head);
  Count(e.las, labelled);
  const bool gold_content = IsContentRelation(grel);
  if (gold_content) ++e.clas.gold;
  if (IsContentRelation(srel)) ++e.clas.system;
  if (gold_content && labelled) ++e.clas.correct;
  UdScore& gr = e.relations[std::string(grel)];
  ++gr.gold;
  gr.correct += labelled ? 1 : 0;
  ++e.relations[std::string(srel)].system;
}

}  // namespace

std::string_view UniversalRelation(std::string_view deprel) {
  return deprel.substr(0, deprel.find(':'));
}

Result<UdEvaluation> EvaluateTrees(const std::vector<Tree>& gold, const std::vector<Tree>& system) {
  if (gold.size() != system.size())
    return Status::InvalidArgument("gold has " + std::to_string(gold.size()) +
                                   " sentences, the system " + std::to_string(system.size()));
  UdEvaluation e;
  e.sentences = gold.size();
  for (size_t i = 0; i < gold.size(); ++i) {
    const auto& g = gold[i].words;
    const auto& s = system[i].words;
    if (g.size() != s.size())
      return Status::InvalidArgument("sentence " + std::to_string(i + 1) + ": gold has " +
                                     std::to_string(g.size()) + " words, the system " +
                                     std::to_string(s.size()));
    for (size_t k = 0; k < g.size(); ++k) {
      if (g[k].form != s[k].form)
        return Status::InvalidArgument("sentence " + std::to_string(i + 1) + " word " +
                                       std::to_string(k + 1) + ": gold form '" + g[k].form +
                                       "', system form '" + s[k].form + "'");
      ScoreWord(g[k], s[k], e);
    }
    e.words += g.size();
  }
  return e;
}

std::vector<Tree> ReparseGold(const Model& model, const Treebank& gold, int threads) {
  const size_t n = gold.sentences.size();
  std::vector<Tree> out(n);
  auto work = [&](size_t first, size_t step) {
    for (size_t i = first; i < n; i += step) {
      Tree& t = out[i];
      for (const Word& g : gold.sentences[i].tree.words) {
        Word w;
        w.form = g.form;
        w.begin = g.begin;
        w.end = g.end;
        t.words.push_back(std::move(w));
      }
      if (!t.words.empty()) model.Annotate(t);
    }
  };
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  threads = static_cast<int>(std::min<size_t>(static_cast<size_t>(threads), std::max<size_t>(n, 1)));
  if (threads == 1) {
    work(0, 1);
    return out;
  }
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(work, static_cast<size_t>(t), static_cast<size_t>(threads));
  for (auto& th : pool) th.join();
  return out;
}

namespace {

std::vector<std::pair<std::string, UdScore>> RelationsByFrequency(const UdEvaluation& e) {
  std::vector<std::pair<std::string, UdScore>> rels(e.relations.begin(), e.relations.end());
  std::stable_sort(rels.begin(), rels.end(),
                   [](const auto& a, const auto& b) { return a.second.gold > b.second.gold; });
  return rels;
}

std::string Fmt(const char* format, ...) __attribute__((format(printf, 1, 2)));
std::string Fmt(const char* format, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, format);
  std::vsnprintf(buf, sizeof buf, format, ap);
  va_end(ap);
  return buf;
}

double Round2(double v) { return static_cast<double>(static_cast<long long>(v * 100.0 + 0.5)) / 100.0; }

}  // namespace

void WriteUdTable(const UdEvaluation& e, std::ostream& out) {
  out << Fmt("%zu sentences, %zu words (gold tokenization)\n\n", e.sentences, e.words);
  out << "Metric     | Precision |    Recall |  F1 Score\n"
      << "-----------+-----------+-----------+-----------\n";
  const std::pair<const char*, const UdScore*> rows[] = {
      {"UPOS", &e.upos}, {"XPOS", &e.xpos}, {"Lemmas", &e.lemmas},
      {"UAS", &e.uas},   {"LAS", &e.las},   {"CLAS", &e.clas}};
  for (const auto& [name, s] : rows)
    out << Fmt("%-10s | %9.2f | %9.2f | %9.2f\n", name, s->Precision(), s->Recall(), s->F1());
  out << "\nRelation   |   Gold | System | Correct | Precision |    Recall |        F1\n"
      << "-----------+--------+--------+---------+-----------+-----------+-----------\n";
  for (const auto& [rel, s] : RelationsByFrequency(e))
    out << Fmt("%-10s | %6zu | %6zu | %7zu | %9.2f | %9.2f | %9.2f\n", rel.c_str(), s.gold,
               s.system, s.correct, s.Precision(), s.Recall(), s.F1());
}

void WriteUdJson(const UdEvaluation& e, std::ostream& out) {
  nlohmann::ordered_json j;
  j["sentences"] = e.sentences;
  j["words"] = e.words;
  j["upos"] = Round2(e.upos.F1());
  j["xpos"] = Round2(e.xpos.F1());
  j["lemmas"] = Round2(e.lemmas.F1());
  j["uas"] = Round2(e.uas.F1());
  j["las"] = Round2(e.las.F1());
  j["clas"] = Round2(e.clas.F1());
  nlohmann::ordered_json rels = nlohmann::ordered_json::object();
  for (const auto& [rel, s] : RelationsByFrequency(e))
    rels[rel] = {{"gold", s.gold}, {"system", s.system}, {"correct", s.correct},
                 {"precision", Round2(s.Precision())}, {"recall", Round2(s.Recall())},
                 {"f1", Round2(s.F1())}};
  j["relations"] = std::move(rels);
  out << j.dump() << "\n";
}

}  // namespace dyad::syntax
