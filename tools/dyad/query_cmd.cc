// tools/dyad/query_cmd.cc: `dyad query --db FILE [filters] [--by KEY...]`.
//
// Without --by: the selected events, one row each. With --by: counts and Goldstein sums
// per group (dyad, actor, code, root, quad, day, week, month...). Output: an aligned table
// when stdout is a terminal, CSV otherwise; --format chooses (table, csv, json: JSON
// Lines, one object per row). Exit codes: 0 rows written, 1 none, 2 an error (a bad
// flag value, a missing store): the message names the flag and says what is expected.
#include "query_cmd.h"

#include <unistd.h>

#include <charconv>
#include <csignal>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/store.h"

namespace dyad::cli {
namespace {

struct QueryArgs {
  std::string db;
  store::EventFilter filter;
  std::vector<std::string> by;
  int64_t top = 0;
  int64_t limit = -1;
  std::string format = "auto";
};

std::string Csv(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}

size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string Clip(const std::string& s, size_t max) {
  if (Width(s) <= max) return s;
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80 && ++n > max - 1) break;
    out += s[i];
  }
  return out + "\xE2\x80\xA6";  // …
}

// Writes the table; false when stdout failed (a closed pipe).
bool Print(const store::Table& t, const std::string& format) {
  std::string out;
  if (format == "csv") {
    for (size_t c = 0; c < t.columns.size(); ++c) out += (c ? "," : "") + Csv(t.columns[c]);
    out += "\n";
    for (const auto& row : t.rows) {
      for (size_t c = 0; c < row.size(); ++c) out += (c ? "," : "") + Csv(row[c]);
      out += "\n";
    }
  } else if (format == "json") {
    for (const auto& row : t.rows) {
      nlohmann::ordered_json j = nlohmann::ordered_json::object();
      for (size_t c = 0; c < row.size(); ++c) {
        if (t.numeric[c] && !row[c].empty()) j[t.columns[c]] = nlohmann::ordered_json::parse(row[c]);
        else if (t.numeric[c]) j[t.columns[c]] = nullptr;
        else j[t.columns[c]] = row[c];
      }
      out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    }
  } else {
    std::vector<size_t> w(t.columns.size());
    std::vector<std::vector<std::string>> cells;
    cells.push_back(t.columns);
    for (const auto& row : t.rows) {
      std::vector<std::string> r;
      for (size_t c = 0; c < row.size(); ++c) {
        std::string v = row[c];
        for (char& ch : v) if (static_cast<unsigned char>(ch) < 0x20) ch = ' ';
        r.push_back(Clip(v, t.columns[c] == "sentence_text" ? 80 : 40));
      }
      cells.push_back(std::move(r));
    }
    for (const auto& r : cells)
      for (size_t c = 0; c < r.size(); ++c) w[c] = std::max(w[c], Width(r[c]));
    for (size_t i = 0; i < cells.size(); ++i) {
      for (size_t c = 0; c < cells[i].size(); ++c) {
        const std::string& v = cells[i][c];
        const std::string pad(w[c] - Width(v), ' ');
        if (c) out += "  ";
        out += (t.numeric[c] && i > 0) ? pad + v : (c + 1 == cells[i].size() ? v : v + pad);
      }
      out += "\n";
      if (i == 0) {
        for (size_t c = 0; c < w.size(); ++c) out += (c ? "  " : "") + std::string(w[c], '-');
        out += "\n";
      }
    }
  }
  std::cout.write(out.data(), static_cast<std::streamsize>(out.size()));
  std::cout.flush();
  return static_cast<bool>(std::cout);
}

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

int RunQuery(const QueryArgs& a) {
  std::signal(SIGPIPE, SIG_IGN);
  const bool tty = ::isatty(STDOUT_FILENO);
  const std::string format = a.format == "auto" ? (tty ? "table" : "csv") : a.format;
  Status v = store::ValidateFilter(a.filter);
  if (!v.ok()) {
    std::cerr << "dyad query: " << v.message() << "\n";
    return 2;
  }
  if (a.limit < -1) {
    std::cerr << "dyad query: --limit " << a.limit << " is negative (0 means no limit)\n";
    return 2;
  }
  store::StoreOptions so;
  so.read_only = true;
  so.create = false;
  auto st = store::Store::Open(a.db, so);
  if (!st.ok()) {
    std::cerr << "dyad query: " << st.status().message() << "\n";
    return 2;
  }
  store::Table table;
  size_t shown_limit = 0;
  if (!a.by.empty()) {
    std::vector<std::string> keys;
    for (const auto& b : a.by) {
      size_t from = 0;
      while (from <= b.size()) {
        const size_t comma = b.find(',', from);
        keys.push_back(b.substr(from, comma == std::string::npos ? std::string::npos : comma - from));
        if (comma == std::string::npos) break;
        from = comma + 1;
      }
    }
    store::Aggregation agg;
    agg.by = keys;
    agg.top = a.top;
    auto t = store::Aggregate(*st.value(), a.filter, agg);
    if (!t.ok()) {
      std::cerr << "dyad query: " << t.status().message() << "\n";
      return 2;
    }
    table = std::move(t).value();
  } else {
    if (a.top != 0) {
      std::cerr << "dyad query: --top needs --by (e.g. --by actor --top 10)\n";
      return 2;
    }
    int64_t limit = a.limit;
    if (limit == -1) limit = (format == "table") ? 50 : 0;
    if (a.limit == -1 && format == "table") shown_limit = 50;
    table = EventTable();
    Status s = store::ForEachEvent(*st.value(), a.filter, limit, [&](const out::ExportRecord& r) {
      table.rows.push_back(EventRow(r));
      return true;
    });
    if (!s.ok()) {
      std::cerr << "dyad query: " << s.message() << "\n";
      return 2;
    }
  }
  if (!Print(table, format)) return table.rows.empty() ? 1 : 0;  // closed pipe: not an error
  if (shown_limit && table.rows.size() == shown_limit) {
    std::cerr << "dyad query: the first " << shown_limit << " events (--limit 0 for all, --format csv for files)\n";
  }
  return table.rows.empty() ? 1 : 0;
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
  cmd->add_option("--quad", f->quads, "QuadClass 1-4; repeatable")->allow_extra_args(false);
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
                  "Group and count by: dyad, source, target, actor, code, root, quad, plover, day, week, "
                  "month, year; repeatable or comma-separated (e.g. --by dyad,month)")
      ->allow_extra_args(false);
  cmd->add_option("--top", args->top, "With --by: only the N largest groups")->check(CLI::NonNegativeNumber);
  cmd->add_option("--limit", args->limit, "At most N events (0: all; default 50 on a terminal, all otherwise)");
  cmd->add_option("--format", args->format, "table (default on a terminal), csv (default otherwise), json (JSON Lines)")
      ->check(CLI::IsMember({"auto", "table", "csv", "json"}))->default_str("auto");
  cmd->footer("Exit codes: 0 rows written, 1 no rows, 2 an error (bad flag value, missing store).");
  cmd->callback([args, exit_code] { *exit_code = RunQuery(*args); });
}

}  // namespace dyad::cli
