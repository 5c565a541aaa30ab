// tools/dyad/export_cmd.cc: `dyad export --db FILE --format F [filters] [-o FILE]`.
//
// Writes the selected events in one of the layouts users load (docs/export-formats.md):
// dyad JSON Lines, TABARI, Phoenix, GDELT 2.0, ICEWS, POLECAT, PLOVER. Each delimited format
// has a header line by default when its reference files do (ICEWS, POLECAT), none otherwise. Exit codes:
// 0 events written, 1 none, 2 an error. A closed stdout ends the export quietly.
#include "export_cmd.h"

#include <csignal>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "out/export_sinks.h"
#include "query_cmd.h"
#include "store/query.h"
#include "store/store.h"

namespace dyad::cli {
namespace {

struct ExportArgs {
  std::string db;
  std::string format = "jsonl";
  std::string output;
  bool header = false;
  bool no_header = false;
  int64_t limit = 0;
  store::EventFilter filter;
};

int RunExport(const ExportArgs& a) {
  std::signal(SIGPIPE, SIG_IGN);
  auto fmt = out::ParseExportFormat(a.format);
  if (!fmt.ok()) {
    std::cerr << "dyad export: " << fmt.status().message() << "\n";
    return 2;
  }
  if (a.header && a.no_header) {
    std::cerr << "dyad export: --header and --no-header contradict each other\n";
    return 2;
  }
  if (a.limit < 0) {
    std::cerr << "dyad export: --limit " << a.limit << " is negative (0 means no limit)\n";
    return 2;
  }
  Status v = store::ValidateFilter(a.filter);
  if (!v.ok()) {
    std::cerr << "dyad export: " << v.message() << "\n";
    return 2;
  }
  store::StoreOptions so;
  so.read_only = true;
  so.create = false;
  auto st = store::Store::Open(a.db, so);
  if (!st.ok()) {
    std::cerr << "dyad export: " << st.status().message() << "\n";
    return 2;
  }
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!a.output.empty() && a.output != "-") {
    file.open(a.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "dyad export: " << a.output << ": cannot open for writing\n";
      return 2;
    }
    out = &file;
  } else {
    std::ios::sync_with_stdio(false);
  }
  const bool header = a.header || (!a.no_header && out::DefaultHeader(fmt.value()));
  auto sink = out::MakeExportSink(fmt.value(), *out, header);
  int64_t written = 0;
  bool closed = false;
  Status s = store::ForEachEvent(*st.value(), a.filter, a.limit, [&](const out::ExportRecord& r) {
    if (!sink->Write(r).ok()) {
      closed = true;
      return false;
    }
    ++written;
    return true;
  });
  if (!s.ok()) {
    std::cerr << "dyad export: " << s.message() << "\n";
    return 2;
  }
  if (!closed && !sink->Flush().ok()) closed = true;
  if (closed && out == &file) {
    std::cerr << "dyad export: " << a.output << ": write failed\n";
    return 2;
  }
  return written > 0 ? 0 : 1;
}

}  // namespace

void AddExportCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = app.add_subcommand("export", "Write stored events as dyad JSON Lines, TABARI, Phoenix, GDELT, ICEWS, POLECAT or PLOVER");
  cmd->add_option("--db", args->db, "The store (made by dyad ingest)")->required();
  cmd->add_option("--format", args->format,
                  "jsonl (dyad's schema), tabari, phoenix, gdelt, icews, polecat (tab-separated), plover (JSON)")
      ->check(CLI::IsMember({"jsonl", "tabari", "phoenix", "gdelt", "icews", "polecat", "plover"}))
      ->default_str("jsonl");
  cmd->add_option("-o,--output", args->output, "Write here instead of stdout");
  cmd->add_flag("--header", args->header, "Write a header line (tabari, phoenix, gdelt have none by default; icews, polecat have one)");
  cmd->add_flag("--no-header", args->no_header, "Write no header line (the default for tabari, phoenix, gdelt)");
  cmd->add_option("--limit", args->limit, "At most N events (0: all)");
  AddFilterOptions(cmd, &args->filter);
  cmd->footer("Exit codes: 0 events written, 1 none, 2 an error. Column lists: docs/export-formats.md.");
  cmd->callback([args, exit_code] { *exit_code = RunExport(*args); });
}

}  // namespace dyad::cli
