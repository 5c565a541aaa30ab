// dict/tabari/agents_loader.h: reads TABARI .agents files.
//
// Format (TABARI manual 5.4): `PHRASE [~CODE] ; comment` (the actor's code goes before the
// agent's: ISR + ~GOV = ISRGOV) or `PHRASE [CODE~]` (after: NGO~ + ISR = NGOISR). Synonym
// lines `+PHRASE` share the code of the line before. A code without '~', an empty or
// invalid code, unbalanced brackets and invalid UTF-8 are reported as "file:line: ..." and
// the line is skipped; repeated phrases are counted in report->duplicates.
#pragma once

#include <string>
#include <vector>

#include "dict/tabari/tabari_dict.h"
#include "dyad/status.h"

namespace dyad::tabari {

Status LoadAgents(const std::string& path, std::vector<AgentEntry>* out, LoadReport* report);

void ParseAgents(const std::string& name, const std::vector<std::string>& lines,
                 std::vector<AgentEntry>* out, LoadReport* report);

}  // namespace dyad::tabari
