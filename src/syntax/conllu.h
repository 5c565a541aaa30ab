// syntax/conllu.h: reading CoNLL-U treebanks (UD v2) into Trees.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "syntax/tree.h"

namespace dyad::syntax {

struct ConlluSentence {
  std::string sent_id;  // from "# sent_id = ...", or ""
  std::string text;     // from "# text = ...", or ""
  Tree tree;            // words with form, lemma, upos, xpos, head, deprel; offsets 0
};

struct Treebank {
  std::vector<ConlluSentence> sentences;
  // One message per sentence that was skipped, naming "file:line" and the reason
  // (wrong column count, bad HEAD, a cycle, invalid UTF-8, ...).
  std::vector<std::string> errors;
};

// Reads a CoNLL-U file. Multi-word token lines ("1-2") and empty nodes ("1.1") are
// skipped (the syntactic words are kept). A bad sentence is reported in `errors` and
// skipped; the rest are read. Fails only when the file cannot be opened.
Result<Treebank> ReadConllu(const std::string& path);
// The same from text in memory; `name` stands for the file in messages.
Treebank ParseConllu(std::string_view text, std::string_view name);

}  // namespace dyad::syntax
