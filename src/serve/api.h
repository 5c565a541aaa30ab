// serve/api.h: the endpoints of `dyad serve` as plain functions from a request's
// parameters or body to a reply (status code and JSON), with no HTTP library in sight.
//
// Each endpoint is a thin translation: serve/params.h validates, store/query.h selects and
// aggregates, dyad::Coder codes, out/sink.h writes the JSON Lines schema. The API never
// writes to the store (its connections are read-only). Errors are Status values turned
// into replies by ErrorReply: InvalidArgument 400, NotFound 404, TooLarge 413, anything
// else 500; the body is {"error": {"status": N, "message": "..."}}. SQL that runs past
// RequestLimits::query_timeout_ms is interrupted (serve/query_deadline.h): 503.
#pragma once

#include <string>
#include <string_view>

#include "dyad/coder.h"
#include "dyad/status.h"
#include "serve/params.h"
#include "serve/store_pool.h"

namespace dyad::serve {

struct Reply {
  int status = 200;
  std::string body;  // JSON
};

// The reply for a failed Status (REQUIRES: !s.ok()).
Reply ErrorReply(const Status& s);

// What GET /v1/version reports.
struct VersionInfo {
  std::string dyad;   // "0.1.0 (abc1234)"
  std::string data;   // the dictionaries' directory
  std::string model;  // the syntax model file, or "" without syntax
};

// The endpoints. Thread-safe: `stores` hands each call its own connection and the Coder
// is const. REQUIRES: `stores` and `coder` outlive the Api; `coder` may be null, and then
// POST /v1/code replies 503 (the server was started without dictionaries).
class Api {
 public:
  Api(StorePool* stores, const Coder* coder, VersionInfo version, RequestLimits limits)
      : stores_(stores), coder_(coder), version_(std::move(version)), limits_(limits) {}

  // GET /v1/health: {"status":"ok","store":PATH,"events":N}; 500 when the store is unreadable.
  Reply Health() const;
  // GET /v1/version: {"dyad":..., "api":"v1", "data":..., "model":...}.
  Reply Version() const;
  // GET /v1/events: {"events":[...], "next_cursor": "ID" or null}. Each event is the JSON
  // Lines object (docs/event-schema.md) with "event_id", "cluster_id" and
  // "cluster_events" added. next_cursor is null on the last page.
  Reply Events(const Params& params) const;
  // GET /v1/events/{id}: {"event": {...}, "evidence": {"sentence", "source", "target",
  // "predicate"}}; each span is [start, end) in bytes of "sentence", or null. 404 when no
  // event has that id.
  Reply Event(std::string_view id) const;
  // GET /v1/aggregate: {"columns":[...], "rows":[{column: value}...]}; numeric columns are
  // JSON numbers, an empty goldstein_mean (a zero-filled period) is null.
  Reply Aggregate(const Params& params) const;
  // POST /v1/code: {"documents":[{"id", "events":[...]}...]}; events in the JSON Lines
  // schema, as `dyad code` writes them.
  Reply Code(std::string_view body) const;

  const RequestLimits& limits() const { return limits_; }

 private:
  StorePool* stores_;
  const Coder* coder_;
  VersionInfo version_;
  RequestLimits limits_;
};

}  // namespace dyad::serve
