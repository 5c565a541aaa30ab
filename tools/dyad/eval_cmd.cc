// tools/dyad/eval_cmd.cc: `dyad eval --gold cameo|plover|news FILE [...]`.
//
// Loads the gold file, codes every example (news: every document) with dyad (or TABARI's
// coder with --tabari-project / --tabari-dicts), prints the scores as a table (or JSON
// with --json) and, with --show-errors N, the first N errors. Exit codes: 0
// when the evaluation ran, 2 on an error (bad gold file, dictionaries that do not load).
#include "eval_cmd.h"

#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dict/dyad_loader.h"
#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "eval/evaluate.h"
#include "eval/gold.h"
#include "eval/news_gold.h"
#include "eval/news_report.h"
#include "eval/news_score.h"
#include "eval/report.h"
#include "eval/tabari_source.h"

namespace dyad::cli {
namespace {

struct EvalArgs {
  std::vector<std::string> gold;  // {format, file}
  std::vector<std::string> dicts;
  bool no_default_dict = false;
  std::string date;
  bool json = false;
  size_t show_errors = 0;
  std::string tabari_project;
  std::vector<std::string> tabari_dicts;
  bool no_syntax = false;
  std::string model;
};

// The coder the options ask for: dyad with its dictionaries, or TABARI's. Prints the
// error and returns nullopt when it cannot be built; `name` receives "dyad" or "tabari".
std::optional<eval::CodeFn> MakeCodeFn(const EvalArgs& a, std::string* name) {
  const char* me = "dyad eval: ";
  if (!a.tabari_project.empty() || !a.tabari_dicts.empty()) {
    eval::TabariSetup setup;
    setup.project = a.tabari_project;
    setup.files = a.tabari_dicts;
    std::vector<std::string> warnings;
    auto fn = eval::MakeTabariCodeFn(setup, &warnings);
    if (!fn.ok()) {
      std::cerr << me << fn.status().message() << "\n";
      return std::nullopt;
    }
    if (!warnings.empty())
      std::cerr << me << warnings.size() << " TABARI dictionary line(s) had errors\n";
    *name = "tabari";
    return std::move(fn).value();
  }
  DictionaryOptions dopt;
  dopt.load_defaults = !a.no_default_dict;
  dopt.extra_paths = a.dicts;
  auto dict = Dictionary::Load(dopt);
  if (!dict.ok()) {
    std::cerr << me << dict.status().message() << "\n";
    return std::nullopt;
  }
  if (!dict.value()->warnings().empty())
    std::cerr << me << dict.value()->warnings().size()
              << " dictionary line(s) skipped (dyad dict lint lists them)\n";
  CoderOptions copt;
  copt.default_date = a.date;
  copt.use_syntax = !a.no_syntax;
  copt.model_path = a.model;
  auto c = Coder::Create(dict.value(), copt);
  if (!c.ok()) {
    std::cerr << me << c.status().message() << "\n";
    return std::nullopt;
  }
  std::shared_ptr<const Coder> coder = std::move(c).value();
  *name = "dyad";
  return eval::CodeFn([coder](const Document& doc) { return coder->Code(doc); });
}

// --gold news: documents coded whole, scored by the newsgold rules.
int RunNewsEval(const EvalArgs& a) {
  auto gold = eval::ReadNewsGold(a.gold[1]);
  if (!gold.ok()) {
    std::cerr << "dyad eval: " << gold.status().message() << "\n";
    return 2;
  }
  std::string coder_name;
  auto code = MakeCodeFn(a, &coder_name);
  if (!code) return 2;
  eval::NewsOptions nopt;
  nopt.per_sentence = coder_name == "tabari";  // TABARI codes one sentence per record
  eval::NewsRun run = eval::EvaluateNews(gold.value(), *code, nopt);
  std::ios::sync_with_stdio(false);
  if (a.json) eval::WriteNewsJson(gold.value(), run, coder_name, std::cout);
  else eval::WriteNewsTable(gold.value(), run, coder_name, std::cout);
  if (a.show_errors > 0) eval::WriteNewsErrors(run, a.show_errors, a.json ? std::cerr : std::cout);
  std::cout.flush();
  return 0;
}

int RunEval(const EvalArgs& a) {
  const char* me = "dyad eval: ";
  if (a.gold.size() != 2 ||
      (a.gold[0] != "cameo" && a.gold[0] != "plover" && a.gold[0] != "news")) {
    std::cerr << me << "--gold wants a format (cameo, plover or news) and a file\n";
    return 2;
  }
  if (!a.date.empty() && dict::ParseIsoDate(a.date) < 0) {
    std::cerr << me << "--date '" << a.date << "' is not a date (want YYYY-MM-DD)\n";
    return 2;
  }
  if (a.gold[0] == "news") {
    if (!a.date.empty()) {
      std::cerr << me << "--date does not apply to --gold news (each document has its doc_date)\n";
      return 2;
    }
    return RunNewsEval(a);
  }
  auto format = a.gold[0] == "cameo" ? eval::GoldFormat::kCameo : eval::GoldFormat::kPlover;
  auto gold = eval::ReadGold(format, a.gold[1]);
  if (!gold.ok()) {
    std::cerr << me << gold.status().message() << "\n";
    return 2;
  }
  std::string coder_name;
  auto code = MakeCodeFn(a, &coder_name);
  if (!code) return 2;
  eval::EvalOptions eopt;
  eopt.date = a.date;
  eval::EvalRun run = eval::Evaluate(gold.value(), *code, eopt);
  std::ios::sync_with_stdio(false);
  if (a.json) eval::WriteJson(gold.value(), run, coder_name, std::cout);
  else eval::WriteTable(gold.value(), run, coder_name, std::cout);
  if (a.show_errors > 0) eval::WriteErrors(run, a.show_errors, a.json ? std::cerr : std::cout);
  std::cout.flush();
  return 0;
}

}  // namespace

void AddEvalCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<EvalArgs>();
  CLI::App* cmd = app.add_subcommand(
      "eval", "Score dyad against a gold file: precision, recall, F1 and accuracies");
  cmd->add_option("--gold", args->gold, "Gold format (cameo: CAMEO manual examples CSV; "
                                        "plover: PLOVER_GSR_CAMEO JSON; news: newsgold "
                                        "JSON Lines with docs/ beside it) and file")
      ->expected(2)
      ->required();
  cmd->add_option("--dict", args->dicts, "Extra dictionary file or directory (dyad format); repeatable")
      ->allow_extra_args(false);
  cmd->add_flag("--no-default-dict", args->no_default_dict, "Do not load dyad's default dictionaries");
  cmd->add_option("--date", args->date,
                  "Date of every example (YYYY-MM-DD); default: the gold's date, if any "
                  "(not with news: each document has its date)");
  cmd->add_flag("--json", args->json, "Print the figures as one JSON object");
  cmd->add_flag("--no-syntax", args->no_syntax, "Code without the parser (word order alone)");
  cmd->add_option("--model", args->model, "Syntax model file (default: models/en-ud.bin)");
  cmd->add_option("--show-errors", args->show_errors,
                  "List the first N examples whose top event is wrong (news: the first N "
                  "tier-1 errors)");
  cmd->add_option("--tabari-project", args->tabari_project,
                  "Code with TABARI's coder and this project's dictionaries instead of dyad");
  cmd->add_option("--tabari-dicts", args->tabari_dicts,
                  "Code with TABARI's coder and these files (*.verbs,*.actors,*.agents,*.options)")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd->footer("Exit codes: 0 the evaluation ran, 2 an error. Definitions: docs/eval.md.");
  cmd->callback([args, exit_code] { *exit_code = RunEval(*args); });
}

}  // namespace dyad::cli
