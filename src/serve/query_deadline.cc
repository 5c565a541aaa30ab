// serve/query_deadline.cc: sqlite3_progress_handler with a steady-clock deadline.
#include "serve/query_deadline.h"

#include <sqlite3.h>

namespace dyad::serve {

namespace {
constexpr int kInstructions = 10000;  // between two looks at the clock
}  // namespace

QueryDeadline::QueryDeadline(store::Db& db, std::chrono::milliseconds budget)
    : db_(db), end_(std::chrono::steady_clock::now() + budget) {
  if (db_.postgres()) {
    (void)db_.Exec("SET statement_timeout = " + std::to_string(budget.count() <= 0 ? 1 : budget.count()));
    return;
  }
  sqlite3_progress_handler(db_.get(), budget.count() <= 0 ? 1 : kInstructions, &QueryDeadline::OnProgress, this);
}

QueryDeadline::~QueryDeadline() {
  if (db_.postgres()) {
    (void)db_.Exec("SET statement_timeout = 0");
    return;
  }
  sqlite3_progress_handler(db_.get(), 0, nullptr, nullptr);
}

bool QueryDeadline::expired() const {
  return expired_ || (db_.postgres() && std::chrono::steady_clock::now() >= end_);
}

int QueryDeadline::OnProgress(void* self) {
  auto* d = static_cast<QueryDeadline*>(self);
  if (std::chrono::steady_clock::now() < d->end_) return 0;
  d->expired_ = true;
  return 1;  // interrupt
}

}  // namespace dyad::serve
