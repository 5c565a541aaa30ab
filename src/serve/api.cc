// serve/api.cc: the endpoints, each a validation, one library call and a JSON reply.
#include "serve/api.h"

#include <chrono>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "out/sink.h"
#include "serve/query_deadline.h"
#include "store/query.h"

namespace dyad::serve {
namespace {

using nlohmann::json;

Reply Ok(const json& j) { return Reply{200, j.dump(-1, ' ', false, json::error_handler_t::replace)}; }

// An event as `dyad code` writes it (docs/event-schema.md), as a JSON value.
json EventJson(const dyad::Event& e) {
  std::ostringstream line;
  auto sink = out::MakeJsonlSink(line);
  (void)sink->Write(e);  // into a string stream: cannot fail
  return json::parse(line.str(), nullptr, false);
}

json RecordJson(const out::ExportRecord& r) {
  json j = EventJson(r.event);
  j["event_id"] = r.event_id;
  j["cluster_id"] = r.cluster_id;
  j["cluster_events"] = r.cluster_events;
  return j;
}

// [start, end) of a document span inside the event's sentence, or null when it lies outside.
json Span(uint32_t start, uint32_t end, const dyad::Event& e) {
  if (start < e.sentence_start || end > e.sentence_end || start > end) return nullptr;
  return json::array({start - e.sentence_start, end - e.sentence_start});
}

json Cell(const std::string& v, bool numeric) {
  if (!numeric) return v;
  if (v.empty()) return nullptr;
  json n = json::parse(v, nullptr, false);
  return n.is_number() ? n : json(v);
}

// The request's SQL budget on `db` (none when the limit is 0), in `*d`.
void Budget(store::Db& db, const RequestLimits& limits, std::optional<QueryDeadline>* d) {
  if (limits.query_timeout_ms > 0) d->emplace(db, std::chrono::milliseconds(limits.query_timeout_ms));
}

Reply TimedOut(const RequestLimits& limits) {
  json j = {{"error", {{"status", 503}, {"message", "the query took longer than " + std::to_string(limits.query_timeout_ms) +
                                                        " ms; narrow the filters (dates, actors) or group by a coarser period"}}}};
  return Reply{503, j.dump()};
}

}  // namespace

Reply ErrorReply(const Status& s) {
  int code = 500;
  switch (s.code()) {
    case Status::Code::kInvalidArgument:
    case Status::Code::kParseError: code = 400; break;
    case Status::Code::kNotFound: code = 404; break;
    case Status::Code::kTooLarge: code = 413; break;
    default: break;
  }
  json j = {{"error", {{"status", code}, {"message", s.message()}}}};
  return Reply{code, j.dump(-1, ' ', false, json::error_handler_t::replace)};
}

Reply Api::Health() const {
  auto st = stores_->Acquire();
  if (!st.ok()) return ErrorReply(Status::Internal(st.status().message()));
  auto counts = (*st)->Counts();
  if (!counts.ok()) return ErrorReply(Status::Internal(counts.status().message()));
  return Ok({{"status", "ok"}, {"store", stores_->path()}, {"events", counts.value().events},
             {"documents", counts.value().documents}});
}

Reply Api::Version() const {
  return Ok({{"dyad", version_.dyad}, {"api", "v1"}, {"data", version_.data}, {"model", version_.model}});
}

Reply Api::Events(const Params& params) const {
  auto req = ParseEventsRequest(params, limits_);
  if (!req.ok()) return ErrorReply(req.status());
  auto st = stores_->Acquire();
  if (!st.ok()) return ErrorReply(Status::Internal(st.status().message()));
  std::optional<QueryDeadline> budget;
  Budget((*st)->db(), limits_, &budget);
  json events = json::array();
  int64_t last = 0;
  // One more than the page, to know whether another page follows.
  Status s = store::ForEachEvent(**st, req->filter, req->limit + 1, [&](const out::ExportRecord& r) {
    if (static_cast<int64_t>(events.size()) == req->limit) return false;
    events.push_back(RecordJson(r));
    last = r.event_id;
    return true;
  });
  if (!s.ok()) return budget && budget->expired() ? TimedOut(limits_) : ErrorReply(AsParameterError(s));
  // More follow when the page is full and the extra row existed: ask for it once more.
  bool more = false;
  if (static_cast<int64_t>(events.size()) == req->limit) {
    store::EventFilter next = req->filter;
    next.after_id = last;
    s = store::ForEachEvent(**st, next, 1, [&](const out::ExportRecord&) { return !(more = true); });
    if (!s.ok()) return budget && budget->expired() ? TimedOut(limits_) : ErrorReply(s);
  }
  return Ok({{"events", std::move(events)}, {"next_cursor", more ? json(std::to_string(last)) : json(nullptr)}});
}

Reply Api::Event(std::string_view raw_id) const {
  auto id = ParseEventId(raw_id);
  if (!id.ok()) return ErrorReply(id.status());
  auto st = stores_->Acquire();
  if (!st.ok()) return ErrorReply(Status::Internal(st.status().message()));
  store::EventFilter f;
  f.after_id = id.value() - 1;
  std::optional<QueryDeadline> budget;
  Budget((*st)->db(), limits_, &budget);
  std::optional<out::ExportRecord> found;
  Status s = store::ForEachEvent(**st, f, 1, [&](const out::ExportRecord& r) {
    if (r.event_id == id.value()) found = r;
    return false;
  });
  if (!s.ok()) return budget && budget->expired() ? TimedOut(limits_) : ErrorReply(s);
  if (!found) return ErrorReply(Status::NotFound("no event with id " + std::to_string(id.value())));
  const dyad::Event& e = found->event;
  json evidence = {
      {"sentence", e.sentence_text},
      {"source", e.source ? Span(e.source->start, e.source->end, e) : json(nullptr)},
      {"target", e.target ? Span(e.target->start, e.target->end, e) : json(nullptr)},
      {"predicate", e.evidence.verb.empty() ? json(nullptr) : Span(e.evidence.start, e.evidence.end, e)},
      {"pattern", e.evidence.pattern},
      {"where", e.evidence.where}};
  json j = RecordJson(*found);
  j["doc_url"] = found->doc_url;
  j["doc_source"] = found->doc_source;
  return Ok({{"event", std::move(j)}, {"evidence", std::move(evidence)}});
}

Reply Api::Aggregate(const Params& params) const {
  auto req = ParseAggregateRequest(params, limits_);
  if (!req.ok()) return ErrorReply(req.status());
  auto st = stores_->Acquire();
  if (!st.ok()) return ErrorReply(Status::Internal(st.status().message()));
  std::optional<QueryDeadline> budget;
  Budget((*st)->db(), limits_, &budget);
  store::Table header;
  json rows = json::array();
  size_t count = 0;
  bool too_many = false;
  Status s = store::ForEachGroup(**st, req->filter, req->aggregation, &header, [&](std::vector<std::string>&& row) {
    if (++count > limits_.max_groups) return !(too_many = true);
    json o = json::object();
    for (size_t c = 0; c < row.size() && c < header.columns.size(); ++c) o[header.columns[c]] = Cell(row[c], header.numeric[c]);
    rows.push_back(std::move(o));
    return true;
  });
  if (!s.ok()) return budget && budget->expired() ? TimedOut(limits_) : ErrorReply(AsParameterError(s));
  if (too_many) {
    return ErrorReply(Status::InvalidArgument("parameter 'by': more than " + std::to_string(limits_.max_groups) +
                                              " groups; narrow the filters, use a coarser period or 'top'"));
  }
  return Ok({{"columns", header.columns}, {"rows", std::move(rows)}});
}

Reply Api::Code(std::string_view body) const {
  auto req = ParseCodeRequest(body, limits_);
  if (!req.ok()) return ErrorReply(req.status());
  if (!coder_) return Reply{503, R"({"error":{"status":503,"message":"this server was started without a coder"}})"};
  json docs = json::array();
  for (const Document& d : req->docs) {
    json events = json::array();
    for (const dyad::Event& e : coder_->Code(d)) events.push_back(EventJson(e));
    docs.push_back({{"id", d.id}, {"events", std::move(events)}});
  }
  return Ok({{"documents", std::move(docs)}});
}

}  // namespace dyad::serve
