// tools/dyad/query_cmd.cc: `dyad query --db FILE [filters] [--by KEY...]`.
//
// Without --by: the selected events, one row each. With --by: counts and Goldstein sums
// per group (dyad, actor, code, root, quad, day, week, month...). Output: an aligned table
// when stdout is a terminal, CSV otherwise; --format chooses (table, csv, json: JSON
// Lines, one object per row). Exit codes: 0 rows written, 1 none, 2 an error (a bad
// flag value, a missing store): the message names the flag and says what is expected.
#include "query_cmd.h"

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <csignal>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "store/row_printer.h"
#include "store/store.h"

namespace dyad::cli {
namespace {

struct QueryArgs {
  std::string db;
  store::EventFilter filter;
  std::vector<std::string> by;
  int64_t top = 0;
  bool fill = false;
  std::string limit;  // as given; ParseLimit checks it
  std::string format = "auto";
};

store::Table EventTable() {
  store::Table t;
  t.columns = {"event_id", "date", "source", "target", "code", "root", "quad", "goldstein", "plover",
               "negated", "hypothetical", "reported", "place", "doc_id", "sentence", "cluster_id",
               "cluster_events", "verb", "sentence_text"};
  t.numeric = {true, false, false, false, false, false, true, true, false,
               true, true, true, false, false, true, true, true, false, false};
  return t;
}

std::vector<std::string> EventRow(const out::ExportRecord& r) {
  const Event& e = r.event;
  auto num = [](double v) {
    char buf[32];
    auto p = std::to_chars(buf, buf + sizeof buf, v == 0 ? 0.0 : v);
    return std::string(buf, p.ptr);
  };
  return {std::to_string(r.event_id), e.date, e.source ? e.source->code : "", e.target ? e.target->code : "",
          e.code, e.root, std::to_string(e.quad), num(e.goldstein), e.plover,
          e.modality.negated ? "1" : "0", e.modality.hypothetical ? "1" : "0", e.modality.reported ? "1" : "0",
          e.location ? e.location->name : "", e.doc_id, std::to_string(e.sentence),
          std::to_string(r.cluster_id), std::to_string(r.cluster_events), e.evidence.verb, e.sentence_text};
}

// --limit's value: digits only, within int64 (0: all); -1 when absent.
Result<int64_t> ParseLimit(const std::string& raw) {
  if (raw.empty()) return int64_t{-1};
  int64_t v = 0;
  auto [p, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), v);
  if (ec == std::errc::result_out_of_range) {
    return Status::InvalidArgument("--limit " + raw + " is too large (at most 9223372036854775807; 0 means no limit)");
  }
  if (ec == std::errc() && p == raw.data() + raw.size() && v < 0) {
    return Status::InvalidArgument("--limit " + raw + " is negative (0 means no limit)");
  }
  if (ec != std::errc() || p != raw.data() + raw.size()) {
    return Status::InvalidArgument("--limit '" + raw + "' is not a count of events (0 or more; 0 means no limit)");
  }
  return v;
}

std::vector<std::string> SplitKeys(const std::vector<std::string>& by) {
  std::vector<std::string> keys;
  for (const auto& b : by) {
    size_t from = 0;
    while (from <= b.size()) {
      const size_t comma = b.find(',', from);
      keys.push_back(b.substr(from, comma == std::string::npos ? std::string::npos : comma - from));
      if (comma == std::string::npos) break;
      from = comma + 1;
    }
  }
  return keys;
}

// Streams the selected rows (groups with --by, else events) into a RowPrinter. Returns
// the exit code: 0 rows written, 1 none, 2 an error.
int StreamRows(store::Store& db, const QueryArgs& a, const std::string& format, int64_t limit) {
  std::unique_ptr<store::RowPrinter> printer;
  bool open = true;
  Status s;
  size_t shown_limit = 0;
  if (!a.by.empty()) {
    store::Aggregation agg;
    agg.by = SplitKeys(a.by);
    agg.top = a.top;
    agg.fill = a.fill;
    store::Table header;
    s = store::ForEachGroup(db, a.filter, agg, &header, [&](std::vector<std::string>&& row) {
      if (!printer) printer = std::make_unique<store::RowPrinter>(std::cout, format, header.columns, header.numeric);
      return open = printer->Row(std::move(row));
    });
    if (s.ok() && !printer) printer = std::make_unique<store::RowPrinter>(std::cout, format, header.columns, header.numeric);
  } else {
    if (limit == -1) limit = (format == "table") ? 50 : 0;
    if (a.limit.empty() && format == "table") shown_limit = 50;
    const store::Table events = EventTable();
    printer = std::make_unique<store::RowPrinter>(std::cout, format, events.columns, events.numeric);
    s = store::ForEachEvent(db, a.filter, limit, [&](const out::ExportRecord& r) {
      return open = printer->Row(EventRow(r));
    });
  }
  if (!s.ok()) {
    std::cerr << "dyad query: " << s.message() << "\n";
    return 2;
  }
  if (open) open = printer->Finish();  // a closed pipe is not an error
  if (open && shown_limit && printer->rows() == static_cast<int64_t>(shown_limit)) {
    std::cerr << "dyad query: the first " << shown_limit << " events (--limit 0 for all, --format csv for files)\n";
  }
  return printer->rows() == 0 ? 1 : 0;
}

int RunQuery(const QueryArgs& a) {
  std::signal(SIGPIPE, SIG_IGN);
  std::ios::sync_with_stdio(false);
  const bool tty = ::isatty(STDOUT_FILENO);
  const std::string format = a.format == "auto" ? (tty ? "table" : "csv") : a.format;
  Status v = store::ValidateFilter(a.filter);
  Result<int64_t> limit = ParseLimit(a.limit);
  if (v.ok() && !limit.ok()) v = limit.status();
  if (v.ok() && a.by.empty() && a.top != 0) v = Status::InvalidArgument("--top needs --by (e.g. --by actor --top 10)");
  if (v.ok() && a.by.empty() && a.fill) v = Status::InvalidArgument("--fill needs --by with a time key (e.g. --by month --fill)");
  if (!v.ok()) {
    std::cerr << "dyad query: " << v.message() << "\n";
    return 2;
  }
  store::StoreOptions so;
  so.read_only = true;
  so.create = false;
  so.cache_mib = 16;  // bounds SQLite's sorter too: memory stays flat in the number of rows
  auto st = store::Store::Open(a.db, so);
  if (!st.ok()) {
    std::cerr << "dyad query: " << st.status().message() << "\n";
    return 2;
  }
  return StreamRows(*st.value(), a, format, limit.value());
}

}  // namespace

void AddFilterOptions(CLI::App* cmd, store::EventFilter* f) {
  cmd->add_option("--actor", f->actors, "Actor code as source or target; IRN* for every code starting IRN; repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--source", f->sources, "Source actor code (or PREFIX*); repeatable")->allow_extra_args(false);
  cmd->add_option("--target", f->targets, "Target actor code (or PREFIX*); repeatable")->allow_extra_args(false);
  cmd->add_option("--dyad", f->dyads, "Directed dyad SOURCE,TARGET, e.g. USA,IRN or USA*,IRN*; repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--code", f->codes, "CAMEO event code, e.g. 042 (a string: keep the zero); repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--root", f->roots, "CAMEO root, 01-20; repeatable")->allow_extra_args(false);
  cmd->add_option("--quad", f->quads, "QuadClass 1-4 (by --quad-rule); repeatable")->allow_extra_args(false);
  cmd->add_option("--quad-rule", f->quad_rule,
                  "QuadClass rule for --quad and --by quad: gdelt (dyad's; roots 06-09 material cooperation) or "
                  "icews (06-08; 09-13 verbal conflict; 14-20 material conflict)")
      ->check(CLI::IsMember({"gdelt", "icews"}))->default_str("gdelt");
  cmd->add_flag("--has-target", f->has_target, "Only events with a target");
  cmd->add_option("--from", f->from, "First event date, YYYY-MM-DD (inclusive)");
  cmd->add_option("--to", f->to, "Last event date, YYYY-MM-DD (inclusive)");
  cmd->add_option("--place", f->places, "Location name or country code (any case); repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--text", f->text, "Full-text query over the event's sentence (SQLite FTS5 syntax: words, \"phrases\", AND/OR/NOT, prefix*)");
  cmd->add_flag("--facts-only", f->facts_only, "Drop negated, hypothetical and reported events");
  cmd->add_flag("--dedup", f->dedup, "One event per source, target, code and day (the first stored of each cluster)");
}

void AddQueryCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = app.add_subcommand("query", "Select or aggregate events from a store");
  cmd->add_option("--db", args->db, "The store (made by dyad ingest)")->required();
  AddFilterOptions(cmd, &args->filter);
  cmd->add_option("--by", args->by,
                  "Group and count by: dyad, source, target, actor, country (the actor's country: TURGOV, "
                  "TURMIL, TUR are TUR), source-country, target-country, country-dyad, code, root, quad, "
                  "plover, day, week, month, year; repeatable or comma-separated (e.g. --by country-dyad,month)")
      ->allow_extra_args(false);
  cmd->add_flag("--fill", args->fill,
                "With one time key in --by: list every period, 0 events where none (from --from to --to, "
                "else the first to the last period with events)");
  cmd->add_option("--top", args->top, "With --by: only the N largest groups")->check(CLI::NonNegativeNumber);
  cmd->add_option("--limit", args->limit, "At most N events (0: all; default 50 on a terminal, all otherwise)")
      ->type_name("N");
  cmd->add_option("--format", args->format, "table (default on a terminal), csv (default otherwise), json (JSON Lines)")
      ->check(CLI::IsMember({"auto", "table", "csv", "json"}))->default_str("auto");
  cmd->footer("Exit codes: 0 rows written, 1 no rows, 2 an error (bad flag value, missing store).");
  cmd->callback([args, exit_code] { *exit_code = RunQuery(*args); });
}

}  // namespace dyad::cli
