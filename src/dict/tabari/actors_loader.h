// dict/tabari/actors_loader.h: reads TABARI .actors files.
//
// Format (TABARI manual 5.3, 6.5): `PHRASE [CODE] [CODE <YYMMDD] ... ; comment`; synonym
// groups (a phrase line without a code, then `+SYNONYM` lines, then indented `[CODE ...]`
// lines); <NOUN>...</NOUN> and <ADJECTIVE>...</ADJECTIVE> word lists; `#` and `/` start
// comment lines; `~FINISH` ends the file. Bad lines (unbalanced brackets, missing or
// invalid codes, bad dates, invalid UTF-8) are reported as "file:line: ..." in `report`
// and skipped; a phrase already defined is counted in report->duplicates and ignored.
#pragma once

#include <string>

#include "dict/tabari/tabari_dict.h"
#include "dyad/status.h"

namespace dyad::tabari {

// Appends the entries of `path` to `out`. Fails only when the file cannot be read.
Status LoadActors(const std::string& path, ActorsFile* out, LoadReport* report);

// The same, from text already in memory; `name` is used in messages.
void ParseActors(const std::string& name, const std::vector<std::string>& lines,
                 ActorsFile* out, LoadReport* report);

}  // namespace dyad::tabari
