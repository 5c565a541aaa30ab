// tools/dyad/code_cmd.cc: `dyad code [FILE...|-]`.
//
// Reads documents, codes them, pushes events into the chosen sink on stdout. Exit codes:
// 0 when at least one event was written, 1 when none, 2 when any input or set-up error
// happened (the other documents are still coded). A closed stdout (a pipe into `head`)
// ends the run quietly with the code the events so far earn.
#include "code_cmd.h"

#include <cerrno>
#include <csignal>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "dict/dyad_loader.h"
#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "io/readers.h"
#include "out/sink.h"
#include "util/ordered_pool.h"

namespace dyad::cli {
namespace {

struct CodeArgs {
  std::vector<std::string> files;
  std::string date;
  std::string format = "jsonl";
  std::vector<std::string> dicts;
  std::string dict_format = "auto";
  bool no_default_dict = false;
  bool facts_only = false;
  bool show_warnings = false;
  int threads = 0;  // 0: all cores
  bool no_syntax = false;
  std::string model;
};

int RunCode(const CodeArgs& a) {
  std::signal(SIGPIPE, SIG_IGN);
  if (!a.date.empty() && dict::ParseIsoDate(a.date) < 0) {
    std::cerr << "dyad code: --date '" << a.date << "' is not a date (want YYYY-MM-DD)\n";
    return 2;
  }
  DictionaryOptions dopt;
  dopt.load_defaults = !a.no_default_dict;
  dopt.extra_paths = a.dicts;
  dopt.extra_format = a.dict_format;
  auto dict = Dictionary::Load(dopt);
  if (!dict.ok()) {
    std::cerr << "dyad code: " << dict.status().message() << "\n";
    return 2;
  }
  for (const auto& r : dict.value()->file_reports())
    if (r.format != "dyad")
      std::cerr << "dyad code: " << r.file << " (" << r.format << "): " << r.entries
                << " entries loaded from " << r.lines << " lines, " << r.skipped
                << " line(s) skipped, " << r.null_codes << " not coded by the format, "
                << r.duplicates << " duplicate(s)\n";
  const auto& warnings = dict.value()->warnings();
  if (a.show_warnings)
    for (const auto& w : warnings) std::cerr << "dyad code: dictionary: " << w << "\n";
  else if (!warnings.empty())
    std::cerr << "dyad code: " << warnings.size()
              << " dictionary line(s) skipped (--dict-warnings lists them)\n";

  CoderOptions copt;
  copt.default_date = a.date;
  copt.facts_only = a.facts_only;
  copt.use_syntax = !a.no_syntax;
  copt.model_path = a.model;
  auto coder = Coder::Create(dict.value(), copt);
  if (!coder.ok()) {
    std::cerr << "dyad code: " << coder.status().message() << "\n";
    return 2;
  }
  std::ios::sync_with_stdio(false);
  auto sink = a.format == "tsv" ? out::MakeTsvSink(std::cout) : out::MakeJsonlSink(std::cout);

  bool had_error = false, pipe_closed = false;
  size_t written = 0;
  io::ReadOptions ropt;
  ropt.default_date = a.date;
  auto on_error = [&](const Status& st) {
    had_error = true;
    std::cerr << "dyad code: " << st.message() << "\n";
  };
  // Documents are coded on `threads` threads (the Coder is const and thread-safe); their
  // events are written on this thread in input order.
  const Coder& c = *coder.value();
  util::OrderedPool<Document, std::vector<Event>> pool(
      util::ThreadCount(a.threads), [&c](Document& doc) { return c.Code(doc); },
      [&](std::vector<Event>&& events) {
        for (const auto& e : events) {
          if (pipe_closed) return;
          if (!sink->Write(e).ok()) { pipe_closed = true; return; }
          ++written;
        }
      });
  auto on_doc = [&](Document&& doc) {
    if (pipe_closed) return;
    if (!a.date.empty()) doc.date = doc.date.empty() ? a.date : doc.date;
    pool.Submit(std::move(doc));
  };
  std::vector<std::string> files = a.files.empty() ? std::vector<std::string>{"-"} : a.files;
  for (const auto& f : files) {
    if (pipe_closed) break;
    Status st = io::ReadDocuments(f, ropt, on_doc, on_error);
    if (!st.ok()) on_error(st);
  }
  pool.Finish();
  if (!pipe_closed && !sink->Flush().ok()) pipe_closed = true;
  if (had_error) return 2;
  return written > 0 ? 0 : 1;
}

}  // namespace

void AddCodeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* cmd = app.add_subcommand("code", "Code documents into events, written to stdout");
  cmd->add_option("files", args->files, "Plain-text or JSON Lines files, gzip'd or not; '-' or none reads stdin");
  cmd->add_option("--date", args->date, "Date of documents that carry none (YYYY-MM-DD)");
  cmd->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"jsonl", "tsv"}))
      ->default_str("jsonl");
  cmd->add_option("--dict", args->dicts,
                  "Extra dictionary file (dyad, TABARI or PETRARCH) or directory of *.dict; repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--dict-format", args->dict_format,
                  "Format of --dict files: auto (detected from the content), dyad, tabari, petrarch")
      ->check(CLI::IsMember({"auto", "dyad", "tabari", "petrarch"}))
      ->default_str("auto");
  cmd->add_flag("--no-default-dict", args->no_default_dict, "Do not load dyad's default dictionaries");
  cmd->add_flag("--facts-only", args->facts_only, "Drop negated, hypothetical and reported events");
  cmd->add_flag("--no-syntax", args->no_syntax, "Do not parse: find roles from word order alone");
  cmd->add_option("--model", args->model, "Syntax model file (default: models/en-ud.bin)");
  cmd->add_flag("--dict-warnings", args->show_warnings, "List every skipped dictionary line");
  cmd->add_option("--threads", args->threads,
                  "Documents coded in parallel; 0 (default) uses all cores. Output stays in input order")
      ->check(CLI::NonNegativeNumber);
  cmd->footer(
      "Exit codes: 0 events written, 1 no events, 2 an error (other documents are still coded).");
  cmd->callback([args, exit_code] { *exit_code = RunCode(*args); });
}

}  // namespace dyad::cli
