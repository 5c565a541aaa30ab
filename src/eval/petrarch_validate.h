// eval/petrarch_validate.h: PETRARCH's unit-test records coded by dyad (`dyad validate
// --petrarch FILE`).
//
// PETRARCH cannot run these records without the CoreNLP parses stored in the file; dyad
// ignores the parses and codes each record's text with its own syntax and PETRARCH's
// dictionaries (the file's <Verbfile>, <Actorfile>, <Agentfile>, read as PETRARCH
// formats, dict/foreign_loader.h), without dyad's default dictionaries. A record passes
// when the set of (source code, target code, event code) dyad codes equals the expected
// set; records marked valid="false" are not run. Failures are sorted into classes:
// "no event" (nothing coded, events expected), "extra event" (events coded, none
// expected), "event code" (the right actor pairs, another code), "actors" (the right
// codes, other actors) and "mixed".
#pragma once

#include <map>
#include <ostream>
#include <string>

#include "dyad/status.h"

namespace dyad::eval {

struct PetrarchValidation {
  int passed = 0, failed = 0, not_run = 0;
  std::map<std::string, int> failures_by_class;
  size_t dictionary_warnings = 0;
};

// Prints one line per failing record (and per passing one with `show_passes`), then a
// summary, to `out`. Fails when the file or a dictionary cannot be read or the syntax
// model does not load.
Result<PetrarchValidation> RunPetrarchValidation(const std::string& path, bool show_passes,
                                                 std::ostream& out);

}  // namespace dyad::eval
