// serve/params.h: from an HTTP request's query parameters and body to the library's own
// request types (store::EventFilter, store::Aggregation, Documents), validated.
//
// Nothing here touches the store or the coder: the functions are pure, so the fuzz target
// (fuzz/serve_request_fuzzer.cc) and the unit tests drive them directly. Every error is an
// InvalidArgument whose message starts with the parameter or JSON field it is about
// ("parameter 'from': ..."), which the server returns as a 400.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "store/query.h"

namespace dyad::serve {

// Decoded query parameters, a name may repeat (the type httplib::Request::params has).
using Params = std::multimap<std::string, std::string>;

// Bounds on what one request may ask for. Defaults are the server's (ServeOptions).
struct RequestLimits {
  int64_t max_page = 1000;       // events per page of GET /v1/events. Default: 1000.
  int64_t default_page = 100;    // when `limit` is absent. Default: 100.
  size_t max_documents = 1000;   // documents in one POST /v1/code. Default: 1000.
  size_t max_values = 1000;      // values of one repeated parameter. Default: 1000.
  size_t max_groups = 100000;    // rows of one GET /v1/aggregate. Default: 100000.
  // Time the SQL of one request may take before it is interrupted (503); 0: no limit.
  // Default: 30000 ms.
  int64_t query_timeout_ms = 30000;
};

// GET /v1/events: the `dyad query` filters, a page size and a cursor.
struct EventsRequest {
  store::EventFilter filter;  // filter.after_id is the cursor (0: from the start)
  int64_t limit = 0;          // events on this page, 1..max_page
};

// GET /v1/aggregate: the filters and the grouping.
struct AggregateRequest {
  store::EventFilter filter;
  store::Aggregation aggregation;
};

// POST /v1/code: the documents to code.
struct CodeRequest {
  std::vector<Document> docs;
};

// Parameters of GET /v1/events. Filters (each repeatable): actor, source, target, dyad
// ("SRC,TGT"), code, root, quad, place; single: from, to, text, quad_rule; flags
// ("true"/"false"/"1"/"0"): facts_only, dedup, has_target; paging: limit, cursor (the
// `next_cursor` of the previous page). An unknown parameter is an error (a typo must not
// silently widen the selection). The filter is also checked with store::ValidateFilter.
Result<EventsRequest> ParseEventsRequest(const Params& params, const RequestLimits& limits = {});

// Parameters of GET /v1/aggregate: the filters above, `by` (repeatable or comma-separated;
// store::AggregationKeys(); default "month"), `top` (0..), `fill` (default: true when `by`
// holds exactly one time key and `top` is absent: empty periods listed with zeros).
Result<AggregateRequest> ParseAggregateRequest(const Params& params, const RequestLimits& limits = {});

// The body of POST /v1/code, JSON, one of
//   {"text": "...", "date": "YYYY-MM-DD", "id": "..."}            one document
//   {"documents": [{"id", "date", "text"}, ...], "date": "..."}     a batch
// `text` is required (a string, valid UTF-8 or not: the coder copes); `id` defaults to
// "doc-N" (N from 0, in order); a document's `date` defaults to the top-level `date`, else
// none (the coder then dates events from the text only). A `date` must be a real calendar
// date. Messages name the field: "field 'documents[2].text': ...".
Result<CodeRequest> ParseCodeRequest(std::string_view body, const RequestLimits& limits = {});

// store/query.h's messages name `dyad query` flags ("--from '2019-13-01' is not a
// date"); this is the same message about the HTTP parameter ("parameter 'from': ...").
// Other messages are returned unchanged.
Status AsParameterError(const Status& s);

// A positive decimal event id (the {id} of /v1/events/{id}); InvalidArgument otherwise.
Result<int64_t> ParseEventId(std::string_view raw);

}  // namespace dyad::serve
