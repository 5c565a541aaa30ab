// store/query.cc: filters, event listing and aggregation over the store.
//
// Every query is built as
//     WITH sel AS (SELECT e.event_id FROM events e WHERE <filters>)      -- or, deduplicated,
//     WITH sel AS (SELECT min(e.event_id) ... WHERE <filters> GROUP BY e.cluster_id)
//     SELECT ... FROM sel JOIN events e ... <joins> [GROUP BY <keys>] ORDER BY ...
// <filters> is a conjunction of fixed fragments, one per flag given, with a '?' for every
// value; the values go into a parameter list bound after preparing. The only text that
// varies is which fragments appear and how many '?' an IN list has. Aggregation keys are
// looked up in a fixed table of SQL expressions; an unknown key is an error, never SQL.
//
// Deduplication picks, within each cluster (same source, target, code and date), the
// first stored event among those that pass the filters, so a filter never hides a
// cluster that has a matching event. Roots filter as code ranges ("04" is
// "04" <= code < "05"), which the (code, date) index serves; actor codes go through the
// small actors table and then the (source, target, date) and (target, date) indexes.
#include "store/query.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <variant>

#include "context/dates.h"
#include "dict/dyad_loader.h"
#include "ontology/cameo.h"

namespace dyad::store {
namespace {

using Param = std::variant<int64_t, std::string>;

struct Where {
  std::vector<std::string> conds;
  std::vector<Param> params;
};

std::string Quote(const std::string& s) {
  std::string v = s.size() > 80 ? s.substr(0, 80) + "..." : s;
  return "'" + v + "'";
}

// "IRN" or "IRN*", upper-cased; error otherwise.
Result<std::pair<std::string, bool>> ParseActor(const std::string& flag, const std::string& raw) {
  std::string s = raw;
  bool prefix = false;
  if (!s.empty() && s.back() == '*') {
    prefix = true;
    s.pop_back();
  }
  bool ok = !s.empty() && s.size() <= 64;
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) ok = false;
  }
  if (!ok) {
    return Status::InvalidArgument(flag + " " + Quote(raw) +
                                   " is not an actor code (letters and digits, e.g. IRNGOV, optionally "
                                   "ending in * for every code that starts so, e.g. IRN*)");
  }
  return std::make_pair(s, prefix);
}

void ActorIn(const std::string& column, const std::pair<std::string, bool>& a, Where* w, std::string* out) {
  if (a.second) {
    *out += column + " IN (SELECT actor_id FROM actors WHERE substr(code, 1, ?) = ?)";
    w->params.emplace_back(static_cast<int64_t>(a.first.size()));
  } else {
    *out += column + " IN (SELECT actor_id FROM actors WHERE code = ?)";
  }
  w->params.emplace_back(a.first);
}

Status CheckDate(const std::string& flag, const std::string& d) {
  if (d.size() != 10 || dict::ParseIsoDate(d) < 0) {
    return Status::InvalidArgument(flag + " " + Quote(d) + " is not a date (want YYYY-MM-DD, e.g. 2019-04-10)");
  }
  return Status::Ok();
}

// The terms joined by OR as a balanced tree of parentheses, in their order (so the '?'s
// stay in the order of their parameters). A flat chain of N ORs is an expression N deep,
// and SQLite refuses depth 1000 ("Expression tree is too large"); balanced, 1,000 values
// nest 10 deep.
std::string BalancedOr(const std::vector<std::string>& terms, size_t lo, size_t hi) {
  if (hi - lo == 1) return "(" + terms[lo] + ")";
  const size_t mid = lo + (hi - lo) / 2;
  return "(" + BalancedOr(terms, lo, mid) + " OR " + BalancedOr(terms, mid, hi) + ")";
}

// The SQL of an event's QuadClass under `rule` ("" or "gdelt": the stored quad; "icews":
// from the root, ontology/cameo_datasets.h IcewsQuad).
const char* QuadExpr(const std::string& rule) {
  if (rule == "icews") {
    return "(CASE WHEN e.root <= '05' THEN 1 WHEN e.root <= '08' THEN 2 WHEN e.root <= '13' THEN 3 ELSE 4 END)";
  }
  return "e.quad";
}

// `pg`: the SQL is for PostgreSQL (Db::postgres()): place names compare by lower(), and
// --text searches the tsvector column instead of SQLite's FTS5 index.
Result<Where> BuildWhere(const EventFilter& f, bool pg = false) {
  Where w;
  auto any_of = [&](const std::vector<std::string>& values, const std::string& flag,
                    const std::function<Status(const std::string&, std::string*)>& one) -> Status {
    if (values.empty()) return Status::Ok();
    std::vector<std::string> terms;
    std::set<std::string> seen;
    for (const std::string& v : values) {
      if (!seen.insert(v).second) continue;  // a repeated value adds nothing
      std::string c;
      DYAD_RETURN_IF_ERROR(one(v, &c));
      terms.push_back(std::move(c));
    }
    w.conds.push_back(BalancedOr(terms, 0, terms.size()));
    (void)flag;
    return Status::Ok();
  };
  DYAD_RETURN_IF_ERROR(any_of(f.actors, "--actor", [&](const std::string& v, std::string* c) -> Status {
    DYAD_ASSIGN_OR_RETURN(auto a, ParseActor("--actor", v));
    ActorIn("e.source_actor_id", a, &w, c);
    *c += " OR ";
    ActorIn("e.target_actor_id", a, &w, c);
    return Status::Ok();
  }));
  DYAD_RETURN_IF_ERROR(any_of(f.sources, "--source", [&](const std::string& v, std::string* c) -> Status {
    DYAD_ASSIGN_OR_RETURN(auto a, ParseActor("--source", v));
    ActorIn("e.source_actor_id", a, &w, c);
    return Status::Ok();
  }));
  DYAD_RETURN_IF_ERROR(any_of(f.targets, "--target", [&](const std::string& v, std::string* c) -> Status {
    DYAD_ASSIGN_OR_RETURN(auto a, ParseActor("--target", v));
    ActorIn("e.target_actor_id", a, &w, c);
    return Status::Ok();
  }));
  DYAD_RETURN_IF_ERROR(any_of(f.dyads, "--dyad", [&](const std::string& v, std::string* c) -> Status {
    const size_t comma = v.find(',');
    if (comma == std::string::npos || v.find(',', comma + 1) != std::string::npos) {
      return Status::InvalidArgument("--dyad " + Quote(v) + " is not SOURCE,TARGET (e.g. USA,IRN or USA*,IRN*)");
    }
    DYAD_ASSIGN_OR_RETURN(auto s, ParseActor("--dyad", v.substr(0, comma)));
    DYAD_ASSIGN_OR_RETURN(auto t, ParseActor("--dyad", v.substr(comma + 1)));
    ActorIn("e.source_actor_id", s, &w, c);
    *c += " AND ";
    ActorIn("e.target_actor_id", t, &w, c);
    return Status::Ok();
  }));
  DYAD_RETURN_IF_ERROR(any_of(f.codes, "--code", [&](const std::string& v, std::string* c) -> Status {
    if (!ontology::FindCameo(v)) {
      return Status::InvalidArgument("--code " + Quote(v) +
                                     " is not a CAMEO event code (a string of 2-4 digits such as 042 or 0211; "
                                     "leading zeros count)");
    }
    *c += "e.code = ?";
    w.params.emplace_back(v);
    return Status::Ok();
  }));
  DYAD_RETURN_IF_ERROR(any_of(f.roots, "--root", [&](const std::string& v, std::string* c) -> Status {
    const auto* code = ontology::FindCameo(v);
    if (!code || v.size() != 2) {
      return Status::InvalidArgument("--root " + Quote(v) + " is not a CAMEO root (01 to 20)");
    }
    const int n = (v[0] - '0') * 10 + (v[1] - '0') + 1;
    std::string next = {static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)};
    *c += "e.code >= ? AND e.code < ?";
    w.params.emplace_back(v);
    w.params.emplace_back(next);
    return Status::Ok();
  }));
  if (!f.quad_rule.empty() && f.quad_rule != "gdelt" && f.quad_rule != "icews") {
    return Status::InvalidArgument("--quad-rule " + Quote(f.quad_rule) + " is not a QuadClass rule (gdelt or icews)");
  }
  if (!f.quads.empty()) {
    std::string c = std::string(QuadExpr(f.quad_rule)) + " IN (";
    for (size_t i = 0; i < f.quads.size(); ++i) {
      if (f.quads[i] < 1 || f.quads[i] > 4) {
        return Status::InvalidArgument("--quad " + std::to_string(f.quads[i]) +
                                       " is not a QuadClass (1 verbal cooperation, 2 material cooperation, "
                                       "3 verbal conflict, 4 material conflict)");
      }
      c += i ? ",?" : "?";
      w.params.emplace_back(static_cast<int64_t>(f.quads[i]));
    }
    w.conds.push_back(c + ")");
  }
  if (!f.from.empty()) {
    DYAD_RETURN_IF_ERROR(CheckDate("--from", f.from));
    w.conds.push_back("e.date >= ?");
    w.params.emplace_back(f.from);
  }
  if (!f.to.empty()) {
    DYAD_RETURN_IF_ERROR(CheckDate("--to", f.to));
    w.conds.push_back("e.date <= ?");
    w.params.emplace_back(f.to);
  }
  if (!f.from.empty() && !f.to.empty() && f.from > f.to) {
    return Status::InvalidArgument("--from " + f.from + " is after --to " + f.to);
  }
  DYAD_RETURN_IF_ERROR(any_of(f.places, "--place", [&](const std::string& v, std::string* c) -> Status {
    if (v.empty() || v.size() > 200) return Status::InvalidArgument("--place " + Quote(v) + ": give a place name or country code");
    *c += pg ? "e.place_id IN (SELECT place_id FROM places WHERE lower(name) = lower(?) OR lower(country) = lower(?))"
             : "e.place_id IN (SELECT place_id FROM places WHERE name = ? COLLATE NOCASE OR country = ? COLLATE NOCASE)";
    w.params.emplace_back(v);
    w.params.emplace_back(v);
    return Status::Ok();
  }));
  if (!f.text.empty()) {
    if (f.text.size() > 1000) return Status::InvalidArgument("--text is too long (over 1000 bytes)");
    w.conds.push_back(pg ? "e.sentence_pk IN (SELECT sentence_pk FROM sentences"
                           " WHERE text_tsv @@ websearch_to_tsquery('simple', ?))"
                         : "e.sentence_pk IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)");
    w.params.emplace_back(f.text);
  }
  if (f.facts_only) w.conds.push_back("e.negated = 0 AND e.hypothetical = 0 AND e.reported = 0");
  if (f.has_target) w.conds.push_back("e.target_actor_id IS NOT NULL");
  if (f.after_id < 0) return Status::InvalidArgument("--after " + std::to_string(f.after_id) + " is negative");
  // The cursor's bound comes last, after every filter value (SelCte places it last too).
  if (f.after_id > 0) w.params.emplace_back(f.after_id);
  return w;
}

// The selection as a CTE; `limited` adds "ORDER BY event_id LIMIT ?" (one more parameter,
// after the filter's) so that later joins only touch the events that will be returned.
std::string SelCte(const EventFilter& f, const Where& w, bool limited = false) {
  std::string s = f.dedup ? "WITH sel AS (SELECT min(e.event_id) AS event_id FROM events e"
                          : "WITH sel AS (SELECT e.event_id FROM events e";
  for (size_t i = 0; i < w.conds.size(); ++i) s += (i ? " AND " : " WHERE ") + w.conds[i];
  // The cursor bound on the chosen event: after grouping when deduplicating (so a cluster
  // whose first event came before the cursor does not come back with a later one).
  if (f.after_id > 0 && !f.dedup) s += w.conds.empty() ? " WHERE e.event_id > ?" : " AND e.event_id > ?";
  if (f.dedup) s += " GROUP BY e.cluster_id";
  if (f.after_id > 0 && f.dedup) s += " HAVING min(e.event_id) > ?";
  if (limited) s += " ORDER BY 1 LIMIT ?";
  s += ") ";
  return s;
}

void BindAll(Stmt& st, const std::vector<Param>& params) {
  int i = 1;
  for (const Param& p : params) {
    if (std::holds_alternative<int64_t>(p)) st.Bind(i++, std::get<int64_t>(p));
    else st.Bind(i++, std::string_view(std::get<std::string>(p)));
  }
}

// SQLite's message for a malformed full-text query, with what the syntax is.
Status TextQueryError(const Status& s, const EventFilter& f) {
  const std::string& m = s.message();
  const size_t colon = m.find("query failed: ");
  std::string why = colon == std::string::npos ? m : m.substr(colon + 14);
  while (!why.empty() && (why.back() == ' ' || why.back() == ':')) why.pop_back();
  return Status::InvalidArgument("--text " + Quote(f.text) + " is not a valid full-text query (SQLite says: " + why +
                                 "). Give words, \"phrases\", AND/OR/NOT between them, or a prefix with letters "
                                 "before the star (negot*); put words in double quotes to match them literally, "
                                 "e.g. '\"peace talks\"'");
}

// A failed step: a full-text syntax error is the user's, anything else the store's.
Status StepError(const Status& s, const EventFilter& f) {
  const std::string& m = s.message();
  if (!f.text.empty() && (m.find("fts5") != std::string::npos || m.find("MATCH") != std::string::npos ||
                          m.find("no such column") != std::string::npos ||
                          m.find("unterminated") != std::string::npos ||
                          m.find("special query") != std::string::npos)) {
    return TextQueryError(s, f);
  }
  return s;
}

// Runs the --text query alone on the full-text index first, so that a malformed one is
// reported as the user's mistake, explained, before any row is written.
Status CheckTextQuery(Store& store, const EventFilter& f) {
  if (f.text.empty() || store.db().postgres()) return Status::Ok();  // websearch syntax never fails
  DYAD_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.db(), "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 1"));
  st.Bind(1, std::string_view(f.text));
  Status s;
  while (st.Step(&s)) {
  }
  return s.ok() ? s : TextQueryError(s, f);
}

std::string Number(double v) {
  if (!std::isfinite(v)) return "";
  v = std::round(v * 1e6) / 1e6;
  if (v == 0) v = 0;
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

struct KeyDef {
  const char* name;
  std::vector<std::pair<const char*, const char*>> columns;  // (column name, SQL expression)
  bool time;
  const char* pg_expr = nullptr;  // PostgreSQL's spelling of a time key's expression, when it differs
};

const std::vector<KeyDef>& Keys() {
  static const std::vector<KeyDef> k = {
      {"dyad", {{"source", "sa.code"}, {"target", "ta.code"}}, false},
      {"source", {{"source", "sa.code"}}, false},
      {"target", {{"target", "ta.code"}}, false},
      {"actor", {{"actor", "CASE r.role WHEN 1 THEN sa.code ELSE ta.code END"}}, false},
      {"country", {{"country", "CASE r.role WHEN 1 THEN sa.country ELSE ta.country END"}}, false},
      {"source-country", {{"source_country", "sa.country"}}, false},
      {"target-country", {{"target_country", "ta.country"}}, false},
      {"country-dyad", {{"source_country", "sa.country"}, {"target_country", "ta.country"}}, false},
      {"code", {{"code", "e.code"}}, false},
      {"root", {{"root", "e.root"}}, false},
      {"quad", {{"quad", "e.quad"}}, false},
      {"plover", {{"plover", "e.plover"}}, false},
      {"day", {{"day", "e.date"}}, true},
      {"week", {{"week", "date(e.date, '-6 days', 'weekday 1')"}}, true,
       "(e.date - (extract(isodow FROM e.date)::int - 1))::text"},
      {"month", {{"month", "substr(e.date, 1, 7)"}}, true, "to_char(e.date, 'YYYY-MM')"},
      {"year", {{"year", "substr(e.date, 1, 4)"}}, true, "to_char(e.date, 'YYYY')"},
  };
  return k;
}

}  // namespace

const std::vector<std::string>& AggregationKeys() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const auto& k : Keys()) v.emplace_back(k.name);
    return v;
  }();
  return names;
}

Status ValidateFilter(const EventFilter& filter) { return BuildWhere(filter).status(); }

Status ForEachEvent(Store& store, const EventFilter& filter, int64_t limit,
                    const std::function<bool(const out::ExportRecord&)>& on_record) {
  if (limit < 0) return Status::InvalidArgument("--limit " + std::to_string(limit) + " is negative");
  const bool pg = store.db().postgres();
  DYAD_ASSIGN_OR_RETURN(Where w, BuildWhere(filter, pg));
  DYAD_RETURN_IF_ERROR(CheckTextQuery(store, filter));
  // Cluster sizes are counted once per cluster (not once per event: a cluster can hold
  // thousands of events), only for the clusters the selection touches.
  std::string sql = SelCte(filter, w, /*limited=*/true) +
      ", cs AS (SELECT c.cluster_id, count(*) AS n, count(DISTINCT c.doc_pk) AS nd,"
      "   count(DISTINCT coalesce(cd.source, cd.doc_pk" + std::string(pg ? "::text" : "") + ")) AS ns"
      "   FROM events c JOIN documents cd ON cd.doc_pk = c.doc_pk"
      "   WHERE c.cluster_id IN (SELECT s2.cluster_id FROM sel JOIN events s2 ON s2.event_id = sel.event_id)"
      "   GROUP BY c.cluster_id) "
      "SELECT e.event_id, d.doc_id, e.sentence, e.date, e.date_source,"
      " sa.code, sa.country, e.source_text, e.source_start, e.source_end, e.source_name,"
      " ta.code, ta.country, e.target_text, e.target_start, e.target_end, e.target_name,"
      " e.code, e.root, e.goldstein, e.quad, e.plover, e.negated, e.hypothetical, e.reported,"
      " p.name, p.country, p.lat, p.lon, p.geonameid,"
      " e.verb, e.verb_start, e.verb_end, e.pattern, e.pattern_where,"
      " s.text, s.citation, s.start, s.end,"
      " e.cluster_id, d.url, d.source, d.ingested_at, cs.n, cs.nd, cs.ns, d.date, e.date_precision"
      " FROM sel JOIN events e ON e.event_id = sel.event_id"
      " JOIN cs ON cs.cluster_id = e.cluster_id"
      " JOIN documents d ON d.doc_pk = e.doc_pk"
      " JOIN sentences s ON s.sentence_pk = e.sentence_pk"
      " LEFT JOIN actors sa ON sa.actor_id = e.source_actor_id"
      " LEFT JOIN actors ta ON ta.actor_id = e.target_actor_id"
      " LEFT JOIN places p ON p.place_id = e.place_id"
      " ORDER BY e.event_id";
  DYAD_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.db(), sql));
  BindAll(st, w.params);
  st.Bind(static_cast<int>(w.params.size()) + 1, limit > 0 ? limit : int64_t{-1});
  Status s;
  out::ExportRecord r;
  while (st.Step(&s)) {
    Event& e = r.event;
    e = Event();
    r.event_id = st.Int(0);
    e.doc_id = st.Text(1);
    e.sentence = static_cast<int>(st.Int(2));
    e.date = st.Text(3);
    e.date_source = st.Text(4);
    for (int side = 0; side < 2; ++side) {
      const int b = side == 0 ? 5 : 11;
      std::optional<ActorRef>& a = side == 0 ? e.source : e.target;
      if (st.IsNull(b)) continue;
      a.emplace();
      a->code = st.Text(b);
      a->country = st.Text(b + 1);
      a->text = st.Text(b + 2);
      a->start = static_cast<uint32_t>(st.Int(b + 3));
      a->end = static_cast<uint32_t>(st.Int(b + 4));
      a->name = st.Text(b + 5);
    }
    e.code = st.Text(17);
    e.root = st.Text(18);
    e.goldstein = st.Double(19);
    e.quad = static_cast<int>(st.Int(20));
    e.plover = st.Text(21);
    e.modality.negated = st.Int(22) != 0;
    e.modality.hypothetical = st.Int(23) != 0;
    e.modality.reported = st.Int(24) != 0;
    if (!st.IsNull(25)) {
      e.location.emplace();
      e.location->name = st.Text(25);
      e.location->country = st.Text(26);
      e.location->lat = st.Double(27);
      e.location->lon = st.Double(28);
      e.location->geonameid = st.Int(29);
    }
    e.evidence.verb = st.Text(30);
    e.evidence.start = static_cast<uint32_t>(st.Int(31));
    e.evidence.end = static_cast<uint32_t>(st.Int(32));
    e.evidence.pattern = st.Text(33);
    e.evidence.where = st.Text(34);
    e.sentence_text = st.Text(35);
    e.citation = st.Text(36);
    e.sentence_start = static_cast<uint32_t>(st.Int(37));
    e.sentence_end = static_cast<uint32_t>(st.Int(38));
    r.cluster_id = st.Int(39);
    r.doc_url = st.Text(40);
    r.doc_source = st.Text(41);
    r.ingested_at = st.Text(42);
    r.cluster_events = st.Int(43);
    r.cluster_documents = st.Int(44);
    r.cluster_sources = st.Int(45);
    r.doc_date = st.Text(46);
    e.date_precision = st.Text(47);
    if (!on_record(r)) return Status::Ok();
  }
  return s.ok() ? s : StepError(s, filter);
}

Result<Table> Aggregate(Store& store, const EventFilter& filter, const Aggregation& agg) {
  Table t;
  DYAD_RETURN_IF_ERROR(ForEachGroup(store, filter, agg, &t, [&](std::vector<std::string>&& row) {
    t.rows.push_back(std::move(row));
    return true;
  }));
  return t;
}

// The groups as SQL gives them (ForEachGroup without --fill).
Status QueryGroups(Store& store, const EventFilter& filter, const Aggregation& agg, Table* header,
                   const std::function<bool(std::vector<std::string>&&)>& on_row);

namespace {

// The period key after `key` for a time grouping: the next day, the next Monday, month or year.
std::string NextPeriod(const std::string& key, const std::string& unit) {
  if (unit == "year") return std::to_string(std::stoi(key) + 1);
  if (unit == "month") {
    const int y = std::stoi(key.substr(0, 4)), m = std::stoi(key.substr(5, 2));
    char b[32];
    std::snprintf(b, sizeof b, "%04d-%02d", m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1);
    return b;
  }
  const int32_t d = std::stoi(key.substr(0, 4) + key.substr(5, 2) + key.substr(8, 2));
  return context::FormatDate(context::AddDays(d, unit == "week" ? 7 : 1));
}

// The period of `unit` holding the date YYYY-MM-DD (weeks start on Monday).
std::string PeriodOf(const std::string& date, const std::string& unit) {
  if (unit == "year") return date.substr(0, 4);
  if (unit == "month") return date.substr(0, 7);
  if (unit == "day") return date;
  const int32_t d = std::stoi(date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2));
  return context::FormatDate(context::AddDays(d, -((context::Weekday(d) + 6) % 7)));
}

// Rows (keys, events, goldstein_sum, goldstein_mean) with every period between `from` and
// `to` (or the rows' first and last) for each combination of the other keys; rows without a
// period (undated events) go last, as they were.
std::vector<std::vector<std::string>> FillPeriods(std::vector<std::vector<std::string>> rows, size_t tc,
                                                  const std::string& unit, const EventFilter& f) {
  std::vector<std::vector<std::string>> combos, undated, out;
  std::map<std::pair<std::vector<std::string>, std::string>, std::vector<std::string>> by;
  std::string first = f.from.empty() ? "" : PeriodOf(f.from, unit);
  std::string last = f.to.empty() ? "" : PeriodOf(f.to, unit);
  const size_t nkeys = rows.empty() ? 0 : rows[0].size() - 3;
  for (auto& r : rows) {
    if (r[tc].empty()) {
      undated.push_back(std::move(r));
      continue;
    }
    std::vector<std::string> combo;
    for (size_t c = 0; c < nkeys; ++c) {
      if (c != tc) combo.push_back(r[c]);
    }
    if (std::find(combos.begin(), combos.end(), combo) == combos.end()) combos.push_back(combo);
    if (f.from.empty() && (first.empty() || r[tc] < first)) first = r[tc];
    if (f.to.empty() && (last.empty() || r[tc] > last)) last = r[tc];
    const std::string period = r[tc];
    by[{std::move(combo), period}] = std::move(r);
  }
  for (std::string p = first; !first.empty() && p <= last; p = NextPeriod(p, unit)) {
    for (const auto& combo : combos) {
      auto it = by.find({combo, p});
      if (it != by.end()) {
        out.push_back(std::move(it->second));
        continue;
      }
      std::vector<std::string> row = combo;
      row.insert(row.begin() + static_cast<std::ptrdiff_t>(tc), p);
      row.insert(row.end(), {"0", "0", ""});
      out.push_back(std::move(row));
    }
  }
  for (auto& r : undated) out.push_back(std::move(r));
  return out;
}

}  // namespace

Status ForEachGroup(Store& store, const EventFilter& filter, const Aggregation& agg, Table* header,
                    const std::function<bool(std::vector<std::string>&&)>& on_row) {
  if (!agg.fill) return QueryGroups(store, filter, agg, header, on_row);
  std::string unit;
  size_t tc = 0, col = 0;
  for (const std::string& k : agg.by) {
    if (k == "day" || k == "week" || k == "month" || k == "year") {
      if (!unit.empty()) return Status::InvalidArgument("--fill needs exactly one of --by day, week, month, year");
      unit = k;
      tc = col;
    }
    col += k == "dyad" || k == "country-dyad" ? 2 : 1;
  }
  if (unit.empty()) return Status::InvalidArgument("--fill needs a time grouping (--by day, week, month or year)");
  if (agg.top) return Status::InvalidArgument("--fill and --top contradict each other (--top drops groups)");
  std::vector<std::vector<std::string>> rows;
  DYAD_RETURN_IF_ERROR(QueryGroups(store, filter, agg, header, [&](std::vector<std::string>&& row) {
    rows.push_back(std::move(row));
    return true;
  }));
  for (auto& r : FillPeriods(std::move(rows), tc, unit, filter)) {
    if (!on_row(std::move(r))) break;
  }
  return Status::Ok();
}

Status QueryGroups(Store& store, const EventFilter& filter, const Aggregation& agg, Table* header,
                    const std::function<bool(std::vector<std::string>&&)>& on_row) {
  if (agg.top < 0) return Status::InvalidArgument("--top " + std::to_string(agg.top) + " is negative");
  if (agg.by.empty()) return Status::InvalidArgument("nothing to group by");
  const bool pg = store.db().postgres();
  DYAD_ASSIGN_OR_RETURN(Where w, BuildWhere(filter, pg));
  DYAD_RETURN_IF_ERROR(CheckTextQuery(store, filter));
  std::vector<const KeyDef*> keys;
  std::set<std::string> seen;
  bool has_actor = false, has_time = false;
  for (const std::string& name : agg.by) {
    const auto& all = Keys();
    auto it = std::find_if(all.begin(), all.end(), [&](const KeyDef& k) { return name == k.name; });
    if (it == all.end()) {
      std::string list;
      for (const auto& k : all) list += (list.empty() ? "" : ", ") + std::string(k.name);
      return Status::InvalidArgument("--by " + Quote(name) + " is not a grouping (one of: " + list + ")");
    }
    if (!seen.insert(name).second) return Status::InvalidArgument("--by " + name + " given twice");
    has_actor |= name == "actor" || name == "country";
    has_time |= it->time;
    keys.push_back(&*it);
  }
  Table& t = *header;
  t = Table();
  std::string select, group, asc;
  int n = 0;
  for (const KeyDef* k : keys) {
    for (const auto& [col, expr] : k->columns) {
      t.columns.emplace_back(col);
      t.numeric.push_back(std::string(col) == "quad");
      const char* e = pg && k->pg_expr ? k->pg_expr : expr;
      select += (std::string(col) == "quad" ? std::string(QuadExpr(filter.quad_rule)) : std::string(e)) + ", ";
      // SQLite sorts NULL first in ascending order; PostgreSQL is told to do the same.
      group += (n ? ", " : "") + std::to_string(n + 1);
      asc += (n ? ", " : "") + std::to_string(n + 1) + (pg ? " NULLS FIRST" : "");
      ++n;
    }
  }
  std::string order;
  if (has_time) {
    int i = 0;
    for (const KeyDef* k : keys) {
      for (size_t c = 0; c < k->columns.size(); ++c, ++i) {
        if (k->time) order += std::to_string(i + 1) + (pg ? " NULLS FIRST, " : ", ");
      }
    }
    order += std::to_string(n + 1) + " DESC";
  } else {
    order = std::to_string(n + 1) + " DESC, " + asc;
  }
  std::string sql = SelCte(filter, w) + "SELECT " + select +
      "count(*), sum(e.goldstein), avg(e.goldstein) FROM sel JOIN events e ON e.event_id = sel.event_id"
      " LEFT JOIN actors sa ON sa.actor_id = e.source_actor_id"
      " LEFT JOIN actors ta ON ta.actor_id = e.target_actor_id";
  if (has_actor) {
    sql += std::string(pg ? " CROSS JOIN" : " JOIN") + " (SELECT 1 AS role UNION ALL SELECT 2) r"
           " WHERE (CASE r.role WHEN 1 THEN sa.code ELSE ta.code END) IS NOT NULL";
  }
  sql += " GROUP BY " + group + " ORDER BY " + order + " LIMIT ?";
  for (const char* c : {"events", "goldstein_sum", "goldstein_mean"}) {
    t.columns.emplace_back(c);
    t.numeric.push_back(true);
  }
  DYAD_ASSIGN_OR_RETURN(Stmt st, Stmt::Prepare(store.db(), sql));
  BindAll(st, w.params);
  st.Bind(static_cast<int>(w.params.size()) + 1, agg.top > 0 ? agg.top : int64_t{-1});
  Status s;
  while (st.Step(&s)) {
    std::vector<std::string> row;
    for (int c = 0; c < n; ++c) row.push_back(st.Text(c));
    row.push_back(std::to_string(st.Int(n)));
    row.push_back(Number(st.Double(n + 1)));
    row.push_back(Number(st.Double(n + 2)));
    if (!on_row(std::move(row))) return Status::Ok();
  }
  return s.ok() ? s : StepError(s, filter);
}

}  // namespace dyad::store
