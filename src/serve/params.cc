// serve/params.cc: query parameters and JSON bodies into validated library requests.
//
// Each known parameter name maps to one field of the filter; values are copied as given
// and left to store::ValidateFilter, which already knows what an actor code, a CAMEO code
// or a date is (the server must not grow a second set of rules). What is checked here is
// only what HTTP adds: unknown names, repeated single-valued names, numbers and flags.
// store's messages name CLI flags ("--from '2019-13-01' is not a date"); Field() rewrites
// the flag into the parameter name so that a 400 names what the client actually sent.
#include "serve/params.h"

#include <charconv>
#include <set>

#include <nlohmann/json.hpp>

#include "dict/dyad_loader.h"

namespace dyad::serve {
namespace {

Status Bad(const std::string& name, const std::string& what) {
  return Status::InvalidArgument("parameter '" + name + "': " + what);
}

std::string Quote(std::string_view s) {
  std::string v(s.substr(0, 80));
  if (s.size() > 80) v += "...";
  return "'" + v + "'";
}

}  // namespace

Status AsParameterError(const Status& s) {
  static const std::vector<std::pair<std::string, std::string>> kFlags = {
      {"--actor", "actor"}, {"--source", "source"}, {"--target", "target"}, {"--dyad", "dyad"},
      {"--code", "code"},   {"--root", "root"},     {"--quad-rule", "quad_rule"}, {"--quad", "quad"},
      {"--from", "from"},   {"--to", "to"},         {"--place", "place"},   {"--text", "text"},
      {"--after", "cursor"}, {"--by", "by"},        {"--fill", "fill"},     {"--top", "top"}};
  const std::string& m = s.message();
  for (const auto& [flag, name] : kFlags) {
    if (m.rfind(flag, 0) == 0) {
      std::string rest = m.substr(flag.size());
      while (!rest.empty() && rest[0] == ' ') rest.erase(0, 1);
      return Status::InvalidArgument("parameter '" + name + "': " + rest);
    }
  }
  return s;
}

namespace {

// A whole decimal number in [lo, hi].
Result<int64_t> Integer(const std::string& name, const std::string& raw, int64_t lo, int64_t hi) {
  int64_t v = 0;
  auto [p, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), v);
  if (raw.empty() || ec != std::errc() || p != raw.data() + raw.size() || v < lo || v > hi) {
    return Bad(name, Quote(raw) + " is not a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
  }
  return v;
}

Result<bool> Flag(const std::string& name, const std::string& raw) {
  if (raw == "true" || raw == "1" || raw.empty()) return true;
  if (raw == "false" || raw == "0") return false;
  return Bad(name, Quote(raw) + " is not a flag (true, false, 1 or 0)");
}

// The filter parameters, shared by /v1/events and /v1/aggregate. `extra` names the other
// parameters the endpoint accepts; anything else is an error.
Result<store::EventFilter> Filter(const Params& params, const std::set<std::string>& extra,
                                  const RequestLimits& limits) {
  store::EventFilter f;
  const std::map<std::string, std::vector<std::string>*> lists = {
      {"actor", &f.actors}, {"source", &f.sources}, {"target", &f.targets}, {"dyad", &f.dyads},
      {"code", &f.codes},   {"root", &f.roots},     {"place", &f.places}};
  const std::map<std::string, std::string*> singles = {
      {"from", &f.from}, {"to", &f.to}, {"text", &f.text}, {"quad_rule", &f.quad_rule}};
  const std::map<std::string, bool*> flags = {
      {"facts_only", &f.facts_only}, {"dedup", &f.dedup}, {"has_target", &f.has_target}};
  std::set<std::string> seen;
  for (const auto& [name, value] : params) {
    if (auto it = lists.find(name); it != lists.end()) {
      if (it->second->size() >= limits.max_values) return Bad(name, "more than " + std::to_string(limits.max_values) + " values");
      it->second->push_back(value);
      continue;
    }
    if (name == "quad") {
      if (f.quads.size() >= limits.max_values) return Bad(name, "more than " + std::to_string(limits.max_values) + " values");
      DYAD_ASSIGN_OR_RETURN(int64_t q, Integer(name, value, 1, 4));
      f.quads.push_back(static_cast<int>(q));
      continue;
    }
    if (extra.count(name)) continue;
    if (!seen.insert(name).second) return Bad(name, "given twice (it takes one value)");
    if (auto it = singles.find(name); it != singles.end()) {
      *it->second = value;
    } else if (auto fl = flags.find(name); fl != flags.end()) {
      DYAD_ASSIGN_OR_RETURN(*fl->second, Flag(name, value));
    } else {
      return Bad(name, "unknown parameter");
    }
  }
  if (Status s = store::ValidateFilter(f); !s.ok()) return AsParameterError(s);
  return f;
}

// The single value of `name`, or nullptr; an error when repeated.
Result<const std::string*> One(const Params& params, const std::string& name) {
  auto [lo, hi] = params.equal_range(name);
  if (lo == hi) return static_cast<const std::string*>(nullptr);
  if (std::next(lo) != hi) return Bad(name, "given twice (it takes one value)");
  return &lo->second;
}

bool IsTimeKey(const std::string& k) { return k == "day" || k == "week" || k == "month" || k == "year"; }

}  // namespace

Result<EventsRequest> ParseEventsRequest(const Params& params, const RequestLimits& limits) {
  EventsRequest r;
  DYAD_ASSIGN_OR_RETURN(r.filter, Filter(params, {"limit", "cursor"}, limits));
  DYAD_ASSIGN_OR_RETURN(const std::string* limit, One(params, "limit"));
  DYAD_ASSIGN_OR_RETURN(const std::string* cursor, One(params, "cursor"));
  r.limit = limits.default_page;
  if (limit) {
    DYAD_ASSIGN_OR_RETURN(r.limit, Integer("limit", *limit, 1, limits.max_page));
  }
  if (cursor) {
    DYAD_ASSIGN_OR_RETURN(r.filter.after_id, Integer("cursor", *cursor, 0, INT64_MAX));
  }
  return r;
}

Result<AggregateRequest> ParseAggregateRequest(const Params& params, const RequestLimits& limits) {
  AggregateRequest r;
  DYAD_ASSIGN_OR_RETURN(r.filter, Filter(params, {"by", "top", "fill"}, limits));
  auto [lo, hi] = params.equal_range("by");
  for (auto it = lo; it != hi; ++it) {
    size_t from = 0;
    const std::string& b = it->second;
    while (from <= b.size()) {
      const size_t comma = b.find(',', from);
      r.aggregation.by.push_back(b.substr(from, comma == std::string::npos ? std::string::npos : comma - from));
      if (comma == std::string::npos) break;
      from = comma + 1;
    }
    if (r.aggregation.by.size() > 8) return Bad("by", "more than 8 keys");
  }
  if (r.aggregation.by.empty()) r.aggregation.by = {"month"};
  const auto& known = store::AggregationKeys();
  for (const std::string& k : r.aggregation.by) {
    if (std::find(known.begin(), known.end(), k) == known.end()) {
      std::string list;
      for (const auto& n : known) list += (list.empty() ? "" : ", ") + n;
      return Bad("by", Quote(k) + " is not a grouping (one of: " + list + ")");
    }
  }
  DYAD_ASSIGN_OR_RETURN(const std::string* top, One(params, "top"));
  DYAD_ASSIGN_OR_RETURN(const std::string* fill, One(params, "fill"));
  if (top) {
    DYAD_ASSIGN_OR_RETURN(r.aggregation.top, Integer("top", *top, 0, 1000000));
  }
  const int64_t time_keys = std::count_if(r.aggregation.by.begin(), r.aggregation.by.end(), IsTimeKey);
  if (fill) {
    DYAD_ASSIGN_OR_RETURN(r.aggregation.fill, Flag("fill", *fill));
    if (r.aggregation.fill && time_keys != 1) return Bad("fill", "needs exactly one of day, week, month, year in 'by'");
    if (r.aggregation.fill && r.aggregation.top) return Bad("fill", "cannot go with 'top' (top drops groups)");
  } else {
    r.aggregation.fill = time_keys == 1 && r.aggregation.top == 0;
  }
  return r;
}

namespace {

Result<std::string> StringField(const nlohmann::json& obj, const std::string& key, const std::string& path,
                                bool required) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) {
    if (required) return Status::InvalidArgument("field '" + path + "': missing (a string is required)");
    return std::string();
  }
  if (!it->is_string()) return Status::InvalidArgument("field '" + path + "': not a string");
  return it->get<std::string>();
}

Status CheckDate(const std::string& date, const std::string& path) {
  if (!date.empty() && (date.size() != 10 || dict::ParseIsoDate(date) < 0)) {
    return Status::InvalidArgument("field '" + path + "': " + Quote(date) + " is not a date (want YYYY-MM-DD)");
  }
  return Status::Ok();
}

Result<Document> ParseDoc(const nlohmann::json& j, const std::string& path, size_t index, const std::string& date) {
  if (!j.is_object()) return Status::InvalidArgument("field '" + path + "': not an object");
  Document d;
  DYAD_ASSIGN_OR_RETURN(d.text, StringField(j, "text", path.empty() ? "text" : path + ".text", true));
  DYAD_ASSIGN_OR_RETURN(d.id, StringField(j, "id", path.empty() ? "id" : path + ".id", false));
  DYAD_ASSIGN_OR_RETURN(d.date, StringField(j, "date", path.empty() ? "date" : path + ".date", false));
  DYAD_RETURN_IF_ERROR(CheckDate(d.date, path.empty() ? "date" : path + ".date"));
  if (d.id.empty()) d.id = "doc-" + std::to_string(index);
  if (d.date.empty()) d.date = date;
  d.origin = "request:" + (path.empty() ? std::string("text") : path);
  return d;
}

}  // namespace

Result<CodeRequest> ParseCodeRequest(std::string_view body, const RequestLimits& limits) {
  const nlohmann::json j = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Status::InvalidArgument("body: not valid JSON (want {\"text\": ...} or {\"documents\": [...]})");
  if (!j.is_object()) return Status::InvalidArgument("body: not a JSON object (want {\"text\": ...} or {\"documents\": [...]})");
  std::string date;
  DYAD_ASSIGN_OR_RETURN(date, StringField(j, "date", "date", false));
  DYAD_RETURN_IF_ERROR(CheckDate(date, "date"));
  CodeRequest r;
  const bool has_docs = j.contains("documents"), has_text = j.contains("text");
  if (has_docs == has_text) {
    return Status::InvalidArgument("field 'text': give either 'text' (one document) or 'documents' (a list), not " +
                                   std::string(has_docs ? "both" : "neither"));
  }
  if (has_text) {
    DYAD_ASSIGN_OR_RETURN(Document d, ParseDoc(j, "", 0, date));
    r.docs.push_back(std::move(d));
    return r;
  }
  const nlohmann::json& docs = j["documents"];
  if (!docs.is_array()) return Status::InvalidArgument("field 'documents': not a list");
  if (docs.size() > limits.max_documents) {
    return Status::InvalidArgument("field 'documents': " + std::to_string(docs.size()) + " documents, more than " +
                                   std::to_string(limits.max_documents) + " in one request");
  }
  for (size_t i = 0; i < docs.size(); ++i) {
    DYAD_ASSIGN_OR_RETURN(Document d, ParseDoc(docs[i], "documents[" + std::to_string(i) + "]", i, date));
    r.docs.push_back(std::move(d));
  }
  return r;
}

Result<int64_t> ParseEventId(std::string_view raw) {
  int64_t v = 0;
  auto [p, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), v);
  if (raw.empty() || ec != std::errc() || p != raw.data() + raw.size() || v <= 0) {
    return Status::InvalidArgument("path 'id': " + Quote(raw) + " is not an event id (a whole number from 1)");
  }
  return v;
}

}  // namespace dyad::serve
