// lex/lemmatizer.cc: WordNet's "morphy" over WordNet's own files, without libWN.
//
// Idea. libWN's morphstr() keeps its state in static buffers and is not thread-safe, so
// we re-implement the algorithm of WordNet's morph.c (see morphy(7WN)) over data loaded
// once at Open():
//   - the exception lists noun.exc, verb.exc, adj.exc: "inflected base [base...]"
//     lines ("went go", "crises crisis");
//   - the lemma sets of index.noun, index.verb, index.adj (first field of each line).
// For a word and a part of speech, LemmaAs() answers, in this order:
//   1. the first base of the word's exception entry, if it has one ("was" -> "be");
//   2. the word itself, if it is a lemma of that part of speech ("need", "bed" stay;
//      morph.c leaves this check to its callers, and doing it before the suffix rules
//      keeps "bed" from becoming "be");
//   3. the first suffix rule of that part of speech (morph.c's sufx/addr tables, in
//      order) whose result differs from the word and is a lemma ("visited" -> "visit",
//      "crises" is handled by 1, "ties" -> "tie"). Nouns skip the rules when the word
//      ends in "ss" or has at most two letters; "-ful" nouns are reduced before the
//      suffix and get it back ("boxesful" -> "boxful"), as in morph.c.
//   4. otherwise "".
// Lemma() tries verb, then noun, then adjective, and returns the word unchanged when none
// answers. Multi-word collocations and the verb + preposition rules are not handled.
//
// Invariants: after Open() the object is immutable; all methods are const and touch only
// immutable hash sets, hence thread-safe without locks.
// Cost: Open() reads about 6 MB (~0.1 s); a lookup is at most ~10 hash probes of short
// strings, a few hundred nanoseconds, so no memo cache is needed.
#include "lex/lemmatizer.h"

#include <array>
#include <cstddef>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace dyad::lex {
namespace {

// Heterogeneous hashing so lookups by string_view do not allocate.
struct Hash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using LemmaSet = std::unordered_set<std::string, Hash, std::equal_to<>>;
using ExceptionMap = std::unordered_map<std::string, std::string, Hash, std::equal_to<>>;

// morph.c's detachment rules: replace suffix `from` by `to`.
struct Rule {
  std::string_view from;
  std::string_view to;
};
constexpr std::array kNounRules = {
    Rule{"s", ""},     Rule{"ses", "s"},   Rule{"xes", "x"}, Rule{"zes", "z"},
    Rule{"ches", "ch"}, Rule{"shes", "sh"}, Rule{"men", "man"}, Rule{"ies", "y"},
};
constexpr std::array kVerbRules = {
    Rule{"s", ""},  Rule{"ies", "y"}, Rule{"es", "e"},  Rule{"es", ""},
    Rule{"ed", "e"}, Rule{"ed", ""},  Rule{"ing", "e"}, Rule{"ing", ""},
};
constexpr std::array kAdjRules = {
    Rule{"er", ""}, Rule{"est", ""}, Rule{"er", "e"}, Rule{"est", "e"},
};

Status ReadFile(const std::string& path, std::string* data) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  data->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IoError("cannot read " + path);
  return Status::Ok();
}

// Calls f(line) for each line of `data`.
template <typename F>
void ForEachLine(std::string_view data, F&& f) {
  while (!data.empty()) {
    const size_t nl = data.find('\n');
    f(data.substr(0, nl));
    if (nl == std::string_view::npos) break;
    data.remove_prefix(nl + 1);
  }
}

std::string_view FirstField(std::string_view line) { return line.substr(0, line.find(' ')); }

// index.<pos>: license lines start with a space; every other line starts with the lemma.
Status LoadIndex(const std::string& path, LemmaSet* set) {
  std::string data;
  DYAD_RETURN_IF_ERROR(ReadFile(path, &data));
  set->reserve(data.size() / 40);
  ForEachLine(data, [&](std::string_view line) {
    if (line.empty() || line[0] == ' ') return;
    set->emplace(FirstField(line));
  });
  if (set->empty()) return Status::ParseError(path + ": no lemmas");
  return Status::Ok();
}

// <pos>.exc: "inflected base [base...]"; we keep the first base.
Status LoadExceptions(const std::string& path, ExceptionMap* map) {
  std::string data;
  DYAD_RETURN_IF_ERROR(ReadFile(path, &data));
  ForEachLine(data, [&](std::string_view line) {
    const size_t sp = line.find(' ');
    if (sp == std::string_view::npos || sp == 0) return;
    const std::string_view base = FirstField(line.substr(sp + 1));
    if (base.empty()) return;
    map->emplace(std::string(line.substr(0, sp)), std::string(base));
  });
  return Status::Ok();
}

class WordNetLemmatizer final : public Lemmatizer {
 public:
  struct PosData {
    LemmaSet lemmas;
    ExceptionMap exceptions;
  };

  explicit WordNetLemmatizer(std::array<PosData, 3> data) : data_(std::move(data)) {}

  std::string Lemma(std::string_view w) const override {
    for (Pos pos : {Pos::kVerb, Pos::kNoun, Pos::kAdj}) {
      std::string lemma = LemmaAs(w, pos);
      if (!lemma.empty()) return lemma;
    }
    return std::string(w);
  }

  std::string LemmaAs(std::string_view w, Pos pos) const override {
    if (w.empty()) return "";
    const PosData& d = data_[static_cast<size_t>(pos)];
    if (auto it = d.exceptions.find(w); it != d.exceptions.end()) return it->second;
    if (d.lemmas.contains(w)) return std::string(w);
    std::string_view stem = w;
    std::string_view suffix;
    if (pos == Pos::kNoun) {
      if (w.ends_with("ful")) {
        stem = w.substr(0, w.size() - 3);
        suffix = "ful";
      } else if (w.ends_with("ss") || w.size() <= 2) {
        return "";
      }
    }
    std::string candidate;
    auto try_rules = [&](const auto& rules) {
      for (const Rule& r : rules) {
        if (stem.size() <= r.from.size() || !stem.ends_with(r.from)) continue;
        candidate.assign(stem.substr(0, stem.size() - r.from.size()));
        candidate.append(r.to);
        if (candidate != stem && d.lemmas.contains(candidate)) {
          candidate.append(suffix);
          return true;
        }
      }
      return false;
    };
    bool found = false;
    switch (pos) {
      case Pos::kNoun: found = try_rules(kNounRules); break;
      case Pos::kVerb: found = try_rules(kVerbRules); break;
      case Pos::kAdj: found = try_rules(kAdjRules); break;
    }
    return found ? candidate : "";
  }

 private:
  std::array<PosData, 3> data_;  // indexed by Pos
};

}  // namespace

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::Open(const std::string& dir) {
  static constexpr std::array<std::string_view, 3> kNames = {"noun", "verb", "adj"};
  static_assert(static_cast<int>(Pos::kNoun) == 0 && static_cast<int>(Pos::kVerb) == 1 &&
                static_cast<int>(Pos::kAdj) == 2);
  std::array<WordNetLemmatizer::PosData, 3> data;
  for (size_t i = 0; i < kNames.size(); ++i) {
    const std::string name(kNames[i]);
    Status st = LoadIndex(dir + "/index." + name, &data[i].lemmas);
    if (st.ok()) st = LoadExceptions(dir + "/" + name + ".exc", &data[i].exceptions);
    if (!st.ok()) return Status(st.code(), "WordNet data missing in " + dir + ": " + st.message());
  }
  return std::unique_ptr<Lemmatizer>(std::make_unique<WordNetLemmatizer>(std::move(data)));
}

}  // namespace dyad::lex
