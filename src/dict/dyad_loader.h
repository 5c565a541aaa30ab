// dict/dyad_loader.h: reads dyad's own dictionary format (docs/dictionary-format.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dict/model.h"
#include "dyad/status.h"

namespace dyad::dict {

// Parses `content` (the bytes of `file`, used in messages) and appends its entries to
// `out`. Each bad line appends "file:line: reason" to `warnings` and is skipped; the
// rest of the file is still read. Never fails as a whole.
void ParseDyadDictionary(std::string_view file, std::string_view content, Entries* out,
                         std::vector<std::string>* warnings);

// Reads `path`: a file, or a directory whose *.dict files are read in name order.
// Fails (naming the path) only when it cannot be read at all.
Status LoadDyadDictionary(const std::string& path, Entries* out,
                          std::vector<std::string>* warnings);

// "2007-01-10" -> 20070110; -1 when not a valid calendar date.
int32_t ParseIsoDate(std::string_view s);

// Splits a phrase into normalised words as the tokenizer splits text.
std::vector<std::string> PhraseWords(std::string_view phrase);

}  // namespace dyad::dict
