// eval/tabari_source.h: TABARI's coder (code/tabari/) as an eval::CodeFn, so that the
// same gold files can score TABARI-format dictionaries.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "eval/evaluate.h"

namespace dyad::eval {

// Which TABARI dictionaries to load.
struct TabariSetup {
  std::string project;                // a TABARI .project file (its <textfile> is ignored)
  std::vector<std::string> files;     // or: files sorted by extension:
                                      // *.verbs, *.actors, *.agents, *.options
  // Words a record must have to be coded (TABARI's SET: MINIMUM WORDS). Default: -1, keep
  // the options file's value (TABARI's default is 8).
  int minimum_words = -1;
};

// A CodeFn over TABARI's coder. The returned function owns the loaded dictionaries and is
// not thread-safe (it reuses one parse buffer). Events carry the code, root, source and
// target codes (country: the first three letters when they are not IGO/NGO/...), and the
// document's date; the TABARI coder has no offsets, so actor text and evidence are empty
// except for the verb pattern. `warnings` receives the dictionary load errors.
Result<CodeFn> MakeTabariCodeFn(const TabariSetup& setup, std::vector<std::string>* warnings);

}  // namespace dyad::eval
