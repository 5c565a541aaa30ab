// dict/tabari/verbs_loader.h: reads TABARI .verbs files.
//
// Format (TABARI manual 5.5-5.7, 10.4, 10.5):
//   <SYNSETS> &NAME / +member ... </SYNSETS>     synonym sets usable in patterns as &NAME
//   <TIME> ... </TIME>                             time-shift phrases, code = days ("+7")
//   <ATTRIB> ... </ATTRIB>                         attribution phrases
//   ROOT [CODE] ; comment                          a verb root (may be several words)
//   { FORM1 FORM2 ... }                            irregular forms of the root above
//   - PATTERN [CODE]                               a pattern of the root above; '*' is the verb
// Bad lines (unbalanced brackets, missing/invalid codes, a pattern without '*' or before
// any root, an undeclared synset, invalid UTF-8) are reported as "file:line: ..." and
// skipped; repeated roots are counted in report->duplicates and their patterns are merged
// into the first definition, as TABARI keeps only the first entry.
#pragma once

#include <string>
#include <vector>

#include "dict/tabari/tabari_dict.h"
#include "dyad/status.h"

namespace dyad::tabari {

Status LoadVerbs(const std::string& path, VerbsFile* out, LoadReport* report);

void ParseVerbs(const std::string& name, const std::vector<std::string>& lines, VerbsFile* out,
                LoadReport* report);

// Builds a pattern from its written form ("+ WAS * BY $"). Exposed for tests and for the
// validation runner's messages.
bool MakePattern(std::string_view text, const std::vector<Synset>& synsets, VerbPattern* out,
                 std::string* err);

}  // namespace dyad::tabari
