// store/query.h: selecting and aggregating stored events (`dyad query`, `dyad export`).
//
// User input never becomes SQL text: every value is validated here (codes against the
// CAMEO table, actor codes as letters and digits, dates as real calendar dates) and then
// bound as a parameter; the SQL text is assembled only from fixed fragments chosen by
// which filters are present.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "dyad/status.h"
#include "out/export_sinks.h"
#include "store/store.h"

namespace dyad::store {

// Every non-empty field narrows the selection (AND); several values in one field are
// alternatives (OR).
struct EventFilter {
  // Actor codes, as source or target. "IRN" is that code exactly; "IRN*" every code that
  // starts with IRN (IRN, IRNGOV, IRNMIL...). Letters and digits, then an optional '*'.
  std::vector<std::string> actors;
  std::vector<std::string> sources;
  std::vector<std::string> targets;
  // Directed dyads: "SOURCE,TARGET" (each as in `actors`).
  std::vector<std::string> dyads;
  std::vector<std::string> codes;  // CAMEO event codes, e.g. "042" (strings: "42" is an error)
  std::vector<std::string> roots;  // CAMEO roots "01".."20"
  std::vector<int> quads;          // 1-4
  std::string from, to;            // inclusive event-date bounds, YYYY-MM-DD
  std::vector<std::string> places; // location name or location country, any case
  std::string text;                // SQLite FTS5 query over the event's sentence
  bool facts_only = false;         // drop negated, hypothetical and reported events
  bool dedup = false;              // one event (the first stored) per cluster
  bool has_target = false;         // only events with a target
  // Only events whose id is greater than this (0: no bound). A pagination cursor: event ids
  // only grow, so "after the last id seen" is stable while the store grows. With `dedup`
  // it bounds each cluster's chosen (first) event, so a cluster is never listed twice.
  int64_t after_id = 0;
  // The QuadClass rule that `quads` and the `quad` grouping use: "gdelt" (dyad's stored
  // quad: roots 06-09 material cooperation) or "icews" (06-08; 09-13 verbal conflict,
  // 14-20 material conflict). "" is "gdelt".
  std::string quad_rule;
};

// OK, or InvalidArgument naming the flag and the value ("--code '42' is not a CAMEO
// event code ...").
Status ValidateFilter(const EventFilter& filter);

// Calls `on_record` for each selected event, in event-id order (input order), at most
// `limit` of them (0: all); stops early when it returns false. REQUIRES: a valid filter
// (checked again here). A malformed full-text query is an InvalidArgument quoting it.
Status ForEachEvent(Store& store, const EventFilter& filter, int64_t limit,
                    const std::function<bool(const out::ExportRecord&)>& on_record);

// Aggregations. Keys: dyad, source, target, actor (source or target: an event counts once
// for each), country (the actor's country, source or target, counted once for each side:
// TURGOV, TURMIL and TUR are all TUR), source-country, target-country, country-dyad
// (source country, target country), code, root, quad (by the filter's quad_rule), plover,
// day, week (Monday-start, as the Monday's date), month (YYYY-MM), year.
struct Aggregation {
  std::vector<std::string> by;
  int64_t top = 0;  // keep the N largest groups (0: all)
  // Zero-filled periods: with exactly one time key, every period from the filter's --from
  // (else the first period with events) to its --to (else the last) is listed for each
  // combination of the other keys that has events, with 0 events where none happened
  // (goldstein_sum 0, goldstein_mean empty). Not with `top`.
  bool fill = false;
};

struct Table {
  std::vector<std::string> columns;
  // Each cell is text; numeric columns hold numbers written in shortest form.
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> numeric;  // per column
};

// Rows: the key columns, then `events` (count) and `goldstein_sum`, `goldstein_mean`.
// Groups are ordered by their time keys when there are any, else by count (largest first).
Result<Table> Aggregate(Store& store, const EventFilter& filter, const Aggregation& aggregation);

// The same groups, streamed: `header` gets the columns and `numeric` (its rows stay
// empty) before the first call of `on_row`, which receives each group's cells in order
// and stops the listing when it returns false. Memory does not grow with the number of
// groups (SQLite's own sort aside).
Status ForEachGroup(Store& store, const EventFilter& filter, const Aggregation& aggregation, Table* header,
                    const std::function<bool(std::vector<std::string>&&)>& on_row);

// The keys Aggregation::by accepts.
const std::vector<std::string>& AggregationKeys();

}  // namespace dyad::store
