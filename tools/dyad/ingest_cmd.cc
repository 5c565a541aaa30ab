// tools/dyad/ingest_cmd.cc: `dyad ingest PATH... --db FILE`.
//
// Codes documents from files, directories (recursively), gzip'd files and stdin into the
// SQLite store, in parallel, in batched transactions; safe to interrupt and run again.
// Progress goes to stderr: a bar redrawn in place when stderr is a terminal, otherwise
// one plain line every few seconds. Exit codes: 0 done, 2 an error (bad documents are
// reported and skipped, and make the exit code 2 once everything else is in).
#include "ingest_cmd.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "dict/dyad_loader.h"
#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "store/ingest.h"
#include "store/lock_holders.h"
#include "store/sources.h"

namespace dyad::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  std::string db;
  std::string date;
  std::vector<std::string> dicts;
  bool no_default_dict = false;
  int threads = 0;
  int batch = 1000;
  bool force = false;
  bool quiet = false;
  std::string progress = "auto";
  double busy_timeout = 10;  // seconds
};

std::string Clock(double seconds) {
  if (seconds < 0) return "--:--";
  const long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%02ld:%02ld", s / 60, s % 60);
  return buf;
}

double Eta(const store::IngestStats& s) {
  const int64_t done = s.documents_done() + s.documents_bad;
  if (s.documents_total <= 0 || done <= 0 || s.seconds <= 0) return -1;
  const double rate = static_cast<double>(done) / s.seconds;
  return static_cast<double>(std::max<int64_t>(0, s.documents_total - done)) / rate;
}

// `skipped`: paths left out (missing, unreadable, loops), counted by the caller.
std::string Line(const store::IngestStats& s, int64_t skipped = 0) {
  const double rate = s.seconds > 0 ? static_cast<double>(s.documents_done()) / s.seconds : 0;
  char buf[300];
  std::snprintf(buf, sizeof buf, "%lld docs (%lld new, %lld replaced, %lld unchanged, %lld bad, %lld paths skipped)  %.0f docs/s  %lld events  elapsed %s",
                static_cast<long long>(s.documents_done()), static_cast<long long>(s.documents_inserted),
                static_cast<long long>(s.documents_replaced), static_cast<long long>(s.documents_unchanged),
                static_cast<long long>(s.documents_bad), static_cast<long long>(skipped + s.inputs_unreadable),
                rate, static_cast<long long>(s.events), Clock(s.seconds).c_str());
  std::string out = buf;
  if (s.documents_total >= 0) out += "  ETA " + Clock(Eta(s)) + "  of " + std::to_string(s.documents_total);
  return out;
}

std::string Bar(const store::IngestStats& s) {
  const double rate = s.seconds > 0 ? static_cast<double>(s.documents_done()) / s.seconds : 0;
  std::string bar;
  if (s.documents_total > 0) {
    const double f = std::min(1.0, static_cast<double>(s.documents_done() + s.documents_bad) /
                                       static_cast<double>(s.documents_total));
    const int width = 24, fill = static_cast<int>(f * width);
    bar = "[" + std::string(static_cast<size_t>(fill), '#') + std::string(static_cast<size_t>(width - fill), '.') + "] ";
    char pct[16];
    std::snprintf(pct, sizeof pct, "%3.0f%% ", f * 100);
    bar += pct;
  }
  char buf[200];
  std::snprintf(buf, sizeof buf, "%lld docs  %.0f docs/s  %lld events  %s  ETA %s",
                static_cast<long long>(s.documents_done()), rate, static_cast<long long>(s.events),
                Clock(s.seconds).c_str(), Clock(Eta(s)).c_str());
  return "\r" + bar + buf + "\x1b[K";
}

int RunIngest(const IngestArgs& a) {
  if (!a.date.empty() && dict::ParseIsoDate(a.date) < 0) {
    std::cerr << "dyad ingest: --date '" << a.date << "' is not a date (want YYYY-MM-DD)\n";
    return 2;
  }
  int64_t skipped = 0;
  const std::vector<std::string> inputs = store::ExpandInputs(
      a.paths.empty() ? std::vector<std::string>{"-"} : a.paths, [&](const Status& s) {
        ++skipped;
        std::cerr << "dyad ingest: " << s.message() << "\n";
      });
  DictionaryOptions dopt;
  dopt.load_defaults = !a.no_default_dict;
  dopt.extra_paths = a.dicts;
  auto dict = Dictionary::Load(dopt);
  if (!dict.ok()) {
    std::cerr << "dyad ingest: " << dict.status().message() << "\n";
    return 2;
  }
  CoderOptions copt;
  copt.default_date = a.date;
  auto coder = Coder::Create(dict.value(), copt);
  if (!coder.ok()) {
    std::cerr << "dyad ingest: " << coder.status().message() << "\n";
    return 2;
  }

  store::IngestOptions opt;
  opt.threads = a.threads;
  opt.batch_documents = a.batch;
  opt.force = a.force;
  opt.read.default_date = a.date;
  opt.busy_timeout_ms = static_cast<int>(a.busy_timeout * 1000);
  const bool tty = a.progress == "bar" || (a.progress == "auto" && ::isatty(STDERR_FILENO));
  const bool lines = !tty && a.progress != "none" && !a.quiet;
  const bool show = !a.quiet && a.progress != "none";
  opt.count_total = show;
  bool drew = false;
  auto last_line = std::chrono::steady_clock::now();
  auto on_progress = [&](const store::IngestStats& s) {
    if (!show) return;
    if (tty) {
      std::cerr << Bar(s) << std::flush;
      drew = true;
    } else if (lines && std::chrono::steady_clock::now() - last_line >= std::chrono::seconds(5)) {
      std::cerr << "dyad ingest: " << Line(s, skipped) << "\n";
      last_line = std::chrono::steady_clock::now();
    }
  };
  auto on_error = [&](const Status& st) {
    if (drew) std::cerr << "\r\x1b[K";
    std::cerr << "dyad ingest: " << st.message() << "\n";
  };
  store::IngestStats stats;
  Status st = store::Ingest(inputs, a.db, *coder.value(), opt, on_error, on_progress, &stats);
  if (drew) std::cerr << "\n";
  if (!st.ok()) {
    std::string m = st.message();
    if (m.find("database is locked") != std::string::npos) {
      const std::string who = store::LockHolders(a.db);
      char secs[32];
      std::snprintf(secs, sizeof secs, "%g", a.busy_timeout);
      m += std::string(" after waiting ") + secs + " s: another process is writing to it" +
           (who.empty() ? "" : " (" + who + ")") + "; wait for it, or give --busy-timeout SECONDS";
    }
    std::cerr << "dyad ingest: " << m << "\n";
    const bool started = stats.documents_read + stats.documents_bad + stats.documents_unchanged > 0;
    if (!a.quiet && started) std::cerr << "dyad ingest: stopped: " << Line(stats, skipped) << "\n";
    return 2;
  }
  if (!a.quiet) std::cerr << "dyad ingest: done: " << Line(stats, skipped) << "\n";
  if (!a.quiet && stats.documents_undated > 0) {
    std::cerr << "dyad ingest: " << stats.documents_undated
              << " document(s) carried no date (no \"date\", or \"date\": null) and no --date was given: "
                 "their events have no date\n";
  }
  return stats.documents_bad > 0 || stats.inputs_unreadable > 0 || skipped > 0 ? 2 : 0;
}

}  // namespace

void AddIngestCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand("ingest", "Code documents into an event store (a SQLite file or a postgresql:// database)");
  cmd->add_option("paths", args->paths,
                  "Files (plain text, JSON Lines, gzip'd), directories (recursive), '-' for stdin");
  cmd->add_option("--db", args->db, "The store: a SQLite file (created when missing) or postgresql://... (docs/postgres.md)")->required();
  cmd->add_option("--date", args->date, "Date of documents that carry none (YYYY-MM-DD)");
  cmd->add_option("--dict", args->dicts, "Extra dictionary file or directory (dyad format); repeatable")
      ->allow_extra_args(false);
  cmd->add_flag("--no-default-dict", args->no_default_dict, "Do not load dyad's default dictionaries");
  cmd->add_option("-j,--threads", args->threads, "Coding threads (default: one per core)")
      ->check(CLI::Range(0, 1024));
  cmd->add_option("--batch", args->batch, "Documents per transaction")->check(CLI::Range(1, 1000000))->default_str("1000");
  cmd->add_flag("--force", args->force, "Re-code and replace documents already stored unchanged (after a dictionary change)");
  cmd->add_option("--progress", args->progress, "auto: a bar on a terminal, plain lines otherwise")
      ->check(CLI::IsMember({"auto", "bar", "lines", "none"}))->default_str("auto");
  cmd->add_flag("-q,--quiet", args->quiet, "No progress and no summary");
  cmd->add_option("--busy-timeout", args->busy_timeout,
                  "Seconds to wait for another process writing to the store before giving up")
      ->check(CLI::Range(0.0, 86400.0))->default_str("10");
  cmd->footer(
      "Re-running on the same input adds nothing; a document whose text changed replaces its events.\n"
      "Interrupting (even kill -9) loses nothing committed: run it again to finish.\n"
      "Every path left out (missing, unreadable, a symbolic link loop, a damaged gzip member) is\n"
      "reported with its reason and counted as skipped or bad.\n"
      "Exit codes: 0 done, 2 an error, bad documents or skipped paths (the others are still stored).");
  cmd->callback([args, exit_code] { *exit_code = RunIngest(*args); });
}

}  // namespace dyad::cli
