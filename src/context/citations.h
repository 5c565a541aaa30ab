// context/citations.h: cited sources such as "(Tehran Times, June 8)".
#pragma once

#include <string>
#include <vector>

#include "code/sentence.h"

namespace dyad::context {

struct Citation {
  size_t first = 0;  // token of "("
  size_t last = 0;   // token of ")"
  std::string text;  // "Tehran Times, June 8" as written in the document
};

// Finds parenthetical citations: "(" Name [, Month Day[, Year]] ")" where Name is one to
// six capitalised words (hyphens and dots allowed: "Interfax-Kazakhstan", "RIA Novosti")
// and a date follows the comma. `doc_text` is the whole document text.
// Marks the citation's tokens in `s->excluded` so that they are never coded.
std::vector<Citation> MarkCitations(std::string_view doc_text, code::Sentence* s);

}  // namespace dyad::context
