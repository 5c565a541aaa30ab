// code/tabari/validate.h: running a TABARI validation project (manual 10.1).
//
// A project file (Validate.project) names the dictionaries (<actorsfile>, <verbsfile>,
// <agentsfile>, <optionsfile>) and the records (<textfile>), relative to its folder. Each
// record's comment carries what TABARI should code:
//   { SRC / TGT / CODE } [YYMMDD]  an expected event (the date is checked when time
//                                  shifting is on)
//   {---}  {###}  {+++}            no event / discarded / complex
//   -{ ... }                       do not check this record
//   { OPTION: <.options line> }    change an option from this record on
// Records are read up to the one whose id is FINAL-01. A record with expectations and no
// -{ marker is a standard record: it passes when the special code matches, or when the
// events coded equal the expected ones as a multiset of (source, target, code).
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "code/tabari/coder.h"
#include "dyad/status.h"

namespace dyad::tabari {

struct ValidateOptions {
  bool show_passes = false;      // also print a line per passing record
  bool show_duplicates = false;  // list duplicate dictionary entries
  std::string stop_id = "FINAL-01";
};

struct ValidateSummary {
  int passed = 0;
  int failed = 0;
  int skipped = 0;       // -{ records
  int option_only = 0;   // records that only change options
  double load_seconds = 0;
  size_t load_errors = 0;
  size_t duplicates = 0;
  std::vector<std::string> failures;  // the failure lines, as printed
};

// The files of a project.
struct Project {
  std::vector<std::string> actors, verbs, agents, texts;
  std::string options;
};

Result<Project> ReadProject(const std::string& path);

// Loads the project's dictionaries (errors and duplicates go to `report`).
struct LoadedDictionaries {
  std::unique_ptr<Lexicon> lexicon;
  TabariOptions options;
  LoadReport report;
};
Result<LoadedDictionaries> LoadDictionaries(const std::vector<std::string>& actors,
                                            const std::vector<std::string>& agents,
                                            const std::vector<std::string>& verbs,
                                            const std::string& options);

// Runs the project; writes one line per failure (and per load error) to `out`, then
// "N passed, M failed".
Result<ValidateSummary> RunValidation(const std::string& project_path, const ValidateOptions& vopts,
                                      std::ostream& out);

// FORWARD: sequence format ("^^*****NNN*SSS") applied to a record header (after the date,
// leading blanks removed): the story serial (N...) and sentence serial (S...).
void SequenceOf(const std::string& format, const std::string& header, std::string* story,
                long* sentence);

// A record date as YYYYMMDD: six digits YYMMDD (pivot at 30), or eight with `yyyy`.
int32_t RecordDate(const std::string& s, bool yyyy);

}  // namespace dyad::tabari
