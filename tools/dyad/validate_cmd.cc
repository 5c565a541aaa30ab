// tools/dyad/validate_cmd.cc: the thin front of `dyad validate` over code/tabari/validate.h.
#include "validate_cmd.h"

#include <cstring>
#include <iostream>
#include <string>

#include "code/tabari/validate.h"
#include "eval/petrarch_validate.h"

int RunValidate(int argc, char** argv) {
  dyad::tabari::ValidateOptions vopts;
  std::string project;
  bool petrarch = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--petrarch") {
      petrarch = true;
    } else if (a == "--show-passes") {
      vopts.show_passes = true;
    } else if (a == "--duplicates") {
      vopts.show_duplicates = true;
    } else if (a == "-h" || a == "--help") {
      std::cout << "usage: dyad validate [--show-passes] [--duplicates] PROJECT\n"
                   "  Runs a TABARI validation project (e.g. Validate.project): codes each record,\n"
                   "  prints one line per failure and ends with 'N passed, M failed'.\n"
                   "  --show-passes  also print a line per passing record\n"
                   "  --duplicates   list duplicate dictionary entries\n"
                   "  --petrarch     PROJECT is PETRARCH's unit-test records (PETR.UnitTest.records.xml),\n"
                   "                 coded with dyad's own syntax and the PETRARCH dictionaries it names\n"
                   "Exit: 0 all pass, 1 some fail, 2 error.\n";
      return 0;
    } else if (!a.empty() && a[0] == '-') {
      std::cerr << "dyad validate: unknown option " << a << "\n";
      return 2;
    } else if (project.empty()) {
      project = a;
    } else {
      std::cerr << "dyad validate: more than one project given\n";
      return 2;
    }
  }
  if (project.empty()) {
    std::cerr << "usage: dyad validate [--show-passes] [--duplicates] PROJECT\n";
    return 2;
  }
  if (petrarch) {
    auto p = dyad::eval::RunPetrarchValidation(project, vopts.show_passes, std::cout);
    if (!p.ok()) {
      std::cerr << "dyad validate: " << p.status().message() << "\n";
      return 2;
    }
    return p->failed == 0 ? 0 : 1;
  }
  auto r = dyad::tabari::RunValidation(project, vopts, std::cout);
  if (!r.ok()) {
    std::cerr << "dyad validate: " << r.status().message() << "\n";
    return 2;
  }
  return r->failed == 0 ? 0 : 1;
}
