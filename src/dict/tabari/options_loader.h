// dict/tabari/options_loader.h: TABARI .options files (manual chapter 8).
//
// Commands read: COMPLEX:, SET: (CODE BY, CODE ALL, MINIMUM WORDS, CONVERT AGENTS, YYYY,
// TIME SHIFT, FBIS, LABEL and the usage/warning switches), DEFAULT:, COMMA:, FORWARD:,
// LABEL:, OUTPUT:. Text after '#' or '//' is a comment. Only the first four letters of a
// command are significant, as in TABARI. An unknown command or a malformed value is
// reported as "file:line: ..." and ignored (the setting keeps its value).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "dict/tabari/tabari_dict.h"
#include "dyad/status.h"

namespace dyad::tabari {

struct TabariOptions {
  enum class CodeBy { kClause, kSentence, kAll };
  CodeBy code_by = CodeBy::kClause;  // Default: CLAUSE.

  // COMPLEX: a record meeting any active condition is "complex" and not coded.
  int complex_verbs = 0, complex_actors = 0, complex_pronouns = 0, complex_conj = 0;
  int complex_comma = 0, complex_lateverb = 0;  // 0: inactive
  bool noactprior = false, noactafter = false, noverb = false;
  bool nosource = false, notarget = false, noevent = false;

  // DEFAULT: codes used when the source/target search fails.
  std::string default_source, default_target;  // "" when inactive
  bool default_source_prior = false;  // PRIOR: use the default whenever no actor precedes the verb
  bool default_target_after = false;  // AFTER: use the default whenever no actor follows it

  // COMMA: limits (in words) of comma-delimited clauses that are removed before coding.
  bool comma_active = true;
  int comma_min = 2, comma_max = 10;     // between two commas
  int comma_emin = 2, comma_emax = 10;   // comma to end of sentence
  int comma_bmin = 128, comma_bmax = 0;  // start of sentence to comma (default: never)

  int minimum_words = 8;       // SET: MINIMUM WORDS; records shorter are not coded
  bool convert_agents = false; // SET: CONVERT AGENTS
  bool yyyy = false;           // SET: YYYY: record dates are YYYYMMDD
  int time_shift = -1;         // SET: TIME SHIFT: -1 unset (on iff <TIME> phrases exist), 0, 1
  bool fbis = false;           // SET: FBIS

  bool forward = false;        // FORWARD: pronoun forwarding between records
  std::string forward_format;  // "^^*****NNN*SSS"

  // Not a TABARI command: skip the pattern prefilter (matcher.h) and try every pattern
  // in full; the slow, obviously complete path the tests compare the fast one with.
  // Default: true.
  bool prefilter = true;

  std::map<std::string, std::string> labels;  // LABEL: code=text
  std::vector<std::string> output;            // OUTPUT: keywords
};

// Applies one command line ("COMPLEX: VERBS[5] NOACTPRIOR"). Returns false with `err` set
// when the command is not understood; the options are then unchanged.
bool ApplyOptionLine(std::string_view line, TabariOptions* opts, std::string* err);

Status LoadOptions(const std::string& path, TabariOptions* opts, LoadReport* report);

void ParseOptions(const std::string& name, const std::vector<std::string>& lines,
                  TabariOptions* opts, LoadReport* report);

}  // namespace dyad::tabari
