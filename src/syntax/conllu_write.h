// syntax/conllu_write.h: parsed sentences out as CoNLL-U (UD v2) and as JSON Lines.
#pragma once

#include <string>
#include <string_view>

#include "syntax/tree.h"

namespace dyad::syntax {

// Appends "# newdoc id = ID\n" (white space in ID made "_").
void AppendConlluNewDoc(std::string& out, std::string_view doc_id);

// Appends one sentence as CoNLL-U: "# sent_id = ID" (white space in ID made "_"),
// "# text = ..." and one line per word with the ten columns ID FORM LEMMA UPOS XPOS FEATS
// HEAD DEPREL DEPS MISC, then a blank line. Empty fields are "_"; FEATS and DEPS are "_";
// HEAD is 1-based, 0 for the root (head -1, or out of range); a root without a relation
// gets "root".
// `doc_text` is the text the words' offsets point into:
//   - not empty: "# text" is doc_text from the first word's begin to the last word's end,
//     with tabs and line breaks made spaces (a run of white space holding a line break
//     becomes one space); MISC is "TokenRange=begin:end" (bytes into doc_text), preceded by
//     "SpaceAfter=No|" when the next word starts where this one ends (for the last word:
//     when doc_text goes on after it with a byte that is not white space);
//   - empty (trees read from CoNLL-U, no offsets): "# text" is the forms joined by spaces
//     and MISC is "_".
// FORM is Word::form, what the model saw (curly quotes made ASCII, ...), so it may differ
// from the bytes at TokenRange; tabs and line breaks in any field become spaces.
void AppendConlluSentence(std::string& out, std::string_view sent_id, std::string_view doc_text,
                          const Tree& tree);

// Appends one sentence as one JSON object and "\n":
//   {"doc_id": ..., "sent_id": ..., "begin": B, "end": E, "text": "...", "words": [
//     {"id": 1, "form", "lemma", "upos", "xpos", "head": 0, "deprel", "begin", "end"}, ...]}
// "head" is 1-based, 0 for the root, as in CoNLL-U; begin/end are bytes into doc_text
// ("text" is doc_text[begin, end) as it is, line breaks included).
void AppendTreeJson(std::string& out, std::string_view doc_id, std::string_view sent_id,
                    std::string_view doc_text, const Tree& tree);

}  // namespace dyad::syntax
