// serve/query_deadline.h: a time budget for the SQL a request runs.
//
// SQLite calls a progress handler every few thousand virtual-machine instructions; while a
// QueryDeadline lives, that handler interrupts the connection's statements once the
// budget has passed, and the statement fails with "interrupted". The server turns that
// into a 503 saying the query took too long, instead of letting one request hold a worker
// (and a connection) for as long as a huge aggregation takes. On a PostgreSQL store the
// budget is the session's statement_timeout instead (the server cancels the statement).
#pragma once

#include <chrono>

#include "store/sqlite.h"

namespace dyad::serve {

class QueryDeadline {
 public:
  // REQUIRES: `db` outlives this object and is used by this thread only meanwhile. A
  // budget of zero or less interrupts the first statement at once.
  QueryDeadline(store::Db& db, std::chrono::milliseconds budget);
  ~QueryDeadline();  // removes the handler
  QueryDeadline(const QueryDeadline&) = delete;
  QueryDeadline& operator=(const QueryDeadline&) = delete;

  // True once a statement was interrupted for the budget.
  bool expired() const;

 private:
  static int OnProgress(void* self);

  store::Db& db_;
  std::chrono::steady_clock::time_point end_;
  bool expired_ = false;
};

}  // namespace dyad::serve
