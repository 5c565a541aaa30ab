// dict/lint.h: checks over dyad-format dictionaries (`dyad dict lint`).
//
// Findings, each naming file:line (and the other file:line where there is one):
//   load        a line the loader skipped (bad date, unknown code, ...): its warning
//   duplicate   the same phrase twice with the same code(s), in the same section kind
//               (actors and people share one namespace, as in the coder)
//   conflict    the same phrase with different codes; the coder uses the one loaded last
//               (not reported for two people sharing an alias: the event's date picks one)
//   pattern-duplicate
//               a verb pattern identical (same words, same slots, same code) to an earlier one
//   pattern-shadowed
//               a verb pattern with the same words and slots as an earlier one but another
//               code: on a tie the earlier entry wins, so this one never does
//   date-overlap
//               two date ranges of the same person (same canonical name) that overlap with
//               different codes: which code holds on those dates is ambiguous
//   person-undated
//               a person none of whose codes has a date: the role never ends, so the
//               person is coded in office for any event date
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "dict/model.h"
#include "dyad/status.h"

namespace dyad::dict {

struct LintFinding {
  enum class Kind { kLoad, kDuplicate, kConflict, kPatternDuplicate, kPatternShadowed, kDateOverlap,
                    kPersonUndated };
  Kind kind = Kind::kLoad;
  std::string where;    // "file:line" of the later entry (the one to fix)
  std::string other;    // "file:line" of the earlier entry, "" when none
  std::string message;  // what is wrong, without the location
};

// "load", "duplicate", "conflict", "pattern-duplicate", "pattern-shadowed", "date-overlap",
// "person-undated".
const char* LintKindName(LintFinding::Kind k);

// "file:line: kind: message (first at file:line)".
std::string FormatFinding(const LintFinding& f);

// Checks `entries` (in load order). `load_warnings` (the loader's "file:line: reason"
// messages) become kLoad findings first. Findings are in a stable order: load warnings,
// then by kind, then in load order.
std::vector<LintFinding> LintEntries(const Entries& entries,
                                     const std::vector<std::string>& load_warnings);

// Loads every path (a file, or a directory's *.dict files) with the dyad loader and lints
// the result. Fails only when a path cannot be read.
Result<std::vector<LintFinding>> LintPaths(const std::vector<std::string>& paths);

// The default dictionaries' paths (the generated ones, then the hand-written ones), in the
// order Dictionary::Load reads them.
std::vector<std::string> DefaultDictionaryPaths();

}  // namespace dyad::dict
