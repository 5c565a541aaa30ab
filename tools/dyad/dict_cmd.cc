// tools/dyad/dict_cmd.cc: `dyad dict lint [PATH...]`.
//
// Lints dyad-format dictionaries (dict/lint.h): the given files or directories, or the
// default dictionaries. One finding per line on stdout ("file:line: kind: message"), a
// summary on stderr. Exit codes: 0 clean, 1 findings, 2 an error (a path cannot be read).
#include "dict_cmd.h"

#include <csignal>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "dict/lint.h"

namespace dyad::cli {
namespace {

struct LintArgs {
  std::vector<std::string> paths;
};

int RunLint(const LintArgs& a) {
  std::signal(SIGPIPE, SIG_IGN);
  std::vector<std::string> paths = a.paths.empty() ? dict::DefaultDictionaryPaths() : a.paths;
  auto findings = dict::LintPaths(paths);
  if (!findings.ok()) {
    std::cerr << "dyad dict lint: " << findings.status().message() << "\n";
    return 2;
  }
  std::map<std::string, size_t> by_kind;
  for (const auto& f : findings.value()) {
    std::cout << dict::FormatFinding(f) << "\n";
    ++by_kind[dict::LintKindName(f.kind)];
  }
  std::cout.flush();
  if (findings.value().empty()) {
    std::cerr << "dyad dict lint: no findings\n";
    return 0;
  }
  std::cerr << "dyad dict lint: " << findings.value().size() << " finding(s):";
  for (const auto& [kind, n] : by_kind) std::cerr << " " << kind << " " << n;
  std::cerr << "\n";
  return 1;
}

}  // namespace

void AddDictCommand(CLI::App& app, int* exit_code) {
  CLI::App* dict = app.add_subcommand("dict", "Dictionary tools");
  dict->require_subcommand(1);
  auto args = std::make_shared<LintArgs>();
  CLI::App* lint = dict->add_subcommand(
      "lint", "Find duplicate, conflicting and shadowed entries, bad lines, overlapping dates");
  lint->add_option("paths", args->paths,
                   "Dictionary files or directories (dyad format); default: the default dictionaries");
  lint->footer("Exit codes: 0 clean, 1 findings, 2 an error.");
  lint->callback([args, exit_code] { *exit_code = RunLint(*args); });
}

}  // namespace dyad::cli
