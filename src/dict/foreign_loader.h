// dict/foreign_loader.h: TABARI and PETRARCH dictionaries compiled into dyad's entries.
//
// The files are read by the TABARI loaders (dict/tabari/), which know the shared
// `PHRASE [CODE]` syntax, synonym groups and date restrictions; PETRARCH's differences are
// removed first, line for line so that file:line stays true: '#' comments (whole-line and
// after a phrase), `<!-- -->` lines, and the agents' `!NAME! = A, B` macros, which expand
// `CATTLE!PERSON!` into CATTLEMAN, CATTLEMEN, ... The results become dyad entries:
//   - a phrase's words are joined as text and split by dyad's tokenizer; '_' joins words,
//     a trailing '_' (TABARI's "exact") is dropped, '-' stays a hyphen ("AL-QAEDA" is the
//     one token "al-qaeda", as in text). TABARI's stems ("SYRI" for SYRIA, SYRIAN) match
//     only the word as written: dyad matches whole words.
//   - dated codes keep their dates (YYMMDD with TABARI's pivot, or YYYYMMDD; inclusive);
//     null codes ("---") are dropped, and an entry left with no code is counted as null,
//     not loaded. An entry with any dated code of more than three letters is a person, named
//     by its group's first phrase.
//   - agents keep their code; "NGO~" (prefix) agents compose as suffix ones do in dyad.
//   - TABARI verbs: each root with an event code is a pattern of its words; each pattern is
//     its words before '*', the root, its words after, with '$' and '+' kept; synsets and
//     `{A | B}` alternatives are expanded (at most 32 variants), '%' and '^' dropped; null,
//     discard and complex codes, and codes not in the CAMEO table, are counted, not loaded.
#pragma once

#include <string>
#include <vector>

#include "dict/format.h"
#include "dict/model.h"
#include "dyad/dictionary.h"
#include "dyad/status.h"

namespace dyad::dict {

// What one file gave (format: FormatName()).
using LoadCount = DictionaryFileReport;

// Parses `content` (the bytes of `file`) as `format` (a TABARI or PETRARCH kind) and
// appends to `out`; each unreadable line appends "file:line: reason" to `warnings`.
LoadCount ParseForeignDictionary(const std::string& file, const std::string& content,
                                 const DictFormat& format, Entries* out,
                                 std::vector<std::string>* warnings);

}  // namespace dyad::dict
