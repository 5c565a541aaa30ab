// fuzz/serve_request_fuzzer.cc: `dyad serve`'s request parsing and parameter validation
// (serve/params.h) on raw bytes, through cpp-httplib's own query-string decoder.
// The first byte picks the surface: a query string for GET /v1/events and /v1/aggregate,
// a body for POST /v1/code, or the {id} of /v1/events/{id}; the rest is the input.
// Invariants: nothing crashes; every error is an InvalidArgument whose message names a
// parameter, a JSON field, the body or the path; every accepted request is within the
// limits and its filter passes store::ValidateFilter.
#include <httplib.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "serve/params.h"

namespace {

bool Named(const dyad::Status& s) {
  const std::string& m = s.message();
  return s.code() == dyad::Status::Code::kInvalidArgument &&
         (m.rfind("parameter '", 0) == 0 || m.rfind("field '", 0) == 0 || m.rfind("body: ", 0) == 0 ||
          m.rfind("path 'id': ", 0) == 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string in(reinterpret_cast<const char*>(data) + 1, size - 1);
  dyad::serve::RequestLimits limits;
  limits.max_documents = 50;
  switch (data[0] % 3) {
    case 0: {
      dyad::serve::Params params;
      httplib::detail::parse_query_text(in, params);
      auto e = dyad::serve::ParseEventsRequest(params, limits);
      if (e.ok()) {
        DYAD_FUZZ_CHECK(e->limit >= 1 && e->limit <= limits.max_page);
        DYAD_FUZZ_CHECK(e->filter.after_id >= 0);
        DYAD_FUZZ_CHECK(dyad::store::ValidateFilter(e->filter).ok());
      } else {
        DYAD_FUZZ_CHECK(Named(e.status()));
      }
      auto a = dyad::serve::ParseAggregateRequest(params, limits);
      if (a.ok()) {
        DYAD_FUZZ_CHECK(!a->aggregation.by.empty());
        DYAD_FUZZ_CHECK(!(a->aggregation.fill && a->aggregation.top));
        DYAD_FUZZ_CHECK(dyad::store::ValidateFilter(a->filter).ok());
      } else {
        DYAD_FUZZ_CHECK(Named(a.status()));
      }
      break;
    }
    case 1: {
      auto c = dyad::serve::ParseCodeRequest(in, limits);
      if (c.ok()) {
        DYAD_FUZZ_CHECK(!c->docs.empty() || in.find("documents") != std::string::npos);
        DYAD_FUZZ_CHECK(c->docs.size() <= limits.max_documents);
        for (const auto& d : c->docs) DYAD_FUZZ_CHECK(!d.id.empty());
      } else {
        DYAD_FUZZ_CHECK(Named(c.status()));
      }
      break;
    }
    default: {
      auto id = dyad::serve::ParseEventId(in);
      if (id.ok()) DYAD_FUZZ_CHECK(id.value() > 0);
      else DYAD_FUZZ_CHECK(Named(id.status()));
    }
  }
  return 0;
}
