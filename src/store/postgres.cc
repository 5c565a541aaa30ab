// store/postgres.cc: see postgres.h.
#include "store/postgres.h"

#include <libpq-fe.h>

#include <algorithm>

namespace dyad::store {

bool IsPostgresUri(std::string_view s) {
  return s.starts_with("postgresql://") || s.starts_with("postgres://");
}

std::string MaskPassword(std::string_view uri) {
  std::string u(uri);
  const size_t scheme = u.find("://");
  if (scheme == std::string::npos) return u;
  const size_t at = u.find('@', scheme + 3);
  const size_t slash = u.find('/', scheme + 3);
  if (at == std::string::npos || (slash != std::string::npos && slash < at)) return u;
  const size_t colon = u.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return u;
  return u.substr(0, colon + 1) + "***" + u.substr(at);
}

std::string ToPgParams(std::string_view sql, int* n_params) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  char quote = 0;
  for (size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (quote) {
      if (c == quote) quote = 0;
      out += c;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      out += c;
      continue;
    }
    if (c == '$' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {  // already numbered
      int k = 0;
      size_t j = i + 1;
      for (; j < sql.size() && sql[j] >= '0' && sql[j] <= '9'; ++j) k = k * 10 + (sql[j] - '0');
      n = std::max(n, k);
      out.append(sql.substr(i, j - i));
      i = j - 1;
      continue;
    }
    if (c != '?') {
      out += c;
      continue;
    }
    ++n;
    const bool limit = out.size() >= 6 && out.compare(out.size() - 6, 6, "LIMIT ") == 0;
    out += limit ? "NULLIF($" + std::to_string(n) + "::bigint, -1)" : "$" + std::to_string(n);
  }
  if (n_params) *n_params = n;
  return out;
}

namespace {

void Quiet(void*, const char*) {}  // NOTICEs (e.g. "relation already exists") stay off stderr

std::string Trimmed(const char* m) {
  std::string s = m ? m : "unknown error";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

}  // namespace

Result<std::unique_ptr<PgConn>> PgConn::Open(const std::string& uri, bool read_only) {
  pg_conn* c = PQconnectdb(uri.c_str());
  const std::string name = MaskPassword(uri);
  if (!c) return Status::IoError(name + ": cannot connect to PostgreSQL (out of memory)");
  if (PQstatus(c) != CONNECTION_OK) {
    std::string m = Trimmed(PQerrorMessage(c));
    PQfinish(c);
    return Status::IoError(name + ": cannot connect to PostgreSQL: " + m);
  }
  PQsetNoticeProcessor(c, &Quiet, nullptr);
  std::unique_ptr<PgConn> conn(new PgConn(c, name));
  DYAD_RETURN_IF_ERROR(conn->Exec(
      "SET client_encoding = 'UTF8'; SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 1;"
      " SET client_min_messages = warning"));
  if (read_only) DYAD_RETURN_IF_ERROR(conn->Exec("SET default_transaction_read_only = on"));
  return conn;
}

PgConn::~PgConn() { PQfinish(conn_); }

void PgConn::Yield() {
  if (!active_) return;
  PgStmt* s = active_;
  active_ = nullptr;
  s->Buffer();
}

Status PgConn::Exec(std::string_view sql) {
  Yield();
  const std::string s(sql);
  pg_result* r = PQexec(conn_, s.c_str());
  const ExecStatusType st = PQresultStatus(r);
  Status out = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK ? Status::Ok() : Error("", r);
  PQclear(r);
  return out;
}

Status PgConn::Error(std::string_view what, const pg_result* r) const {
  std::string m = Trimmed(r ? PQresultErrorMessage(r) : PQerrorMessage(conn_));
  if (m.empty()) m = Trimmed(PQerrorMessage(conn_));
  return Status::IoError(name_ + ": " + (what.empty() ? "" : std::string(what) + ": ") + m);
}

Result<std::unique_ptr<PgStmt>> PgStmt::Prepare(PgConn& conn, std::string_view sql) {
  conn.Yield();
  int n = 0;
  const std::string text = ToPgParams(sql, &n);
  std::string name = conn.NextStatementName();
  pg_result* r = PQprepare(conn.get(), name.c_str(), text.c_str(), 0, nullptr);
  const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
  Status s = ok ? Status::Ok() : conn.Error("cannot prepare statement", r);
  PQclear(r);
  if (!ok) return s;
  std::unique_ptr<PgStmt> stmt(new PgStmt(&conn, std::move(name), n));
  pg_result* d = PQdescribePrepared(conn.get(), stmt->name_.c_str());
  if (PQresultStatus(d) == PGRES_COMMAND_OK) {
    stmt->columns_ = PQnfields(d);
    for (int i = 0; i < stmt->columns_; ++i) stmt->column_names_.emplace_back(PQfname(d, i));
  }
  PQclear(d);
  return stmt;
}

PgStmt::~PgStmt() {
  Drain();
  // A statement prepared on the session outlives transactions; free it unless the
  // transaction is aborted (then it lives until the connection closes).
  if (PQtransactionStatus(conn_->get()) != PQTRANS_INERROR) {
    (void)conn_->Exec("DEALLOCATE " + name_);
  }
}

void PgStmt::Bind(int i, std::string v) {
  if (i < 1 || static_cast<size_t>(i) > values_.size()) return;
  values_[static_cast<size_t>(i - 1)] = std::move(v);
  null_[static_cast<size_t>(i - 1)] = false;
}

void PgStmt::BindNull(int i) {
  if (i < 1 || static_cast<size_t>(i) > values_.size()) return;
  null_[static_cast<size_t>(i - 1)] = true;
}

void PgStmt::Drain() {
  PQclear(row_);
  row_ = nullptr;
  for (size_t i = next_buffered_; i < buffered_.size(); ++i) PQclear(buffered_[i]);
  buffered_.clear();
  next_buffered_ = 0;
  if (state_ == kRunning) {
    while (pg_result* r = PQgetResult(conn_->get())) PQclear(r);
    if (conn_->active() == this) conn_->SetActive(nullptr);
  }
  state_ = kDone;
}

void PgStmt::Buffer() {
  if (state_ != kRunning) return;
  while (pg_result* r = PQgetResult(conn_->get())) {
    const ExecStatusType st = PQresultStatus(r);
    if (st == PGRES_SINGLE_TUPLE) {
      buffered_.push_back(r);
      continue;
    }
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) buffered_status_ = conn_->Error("query failed", r);
    PQclear(r);
  }
  state_ = kBuffered;
}

bool PgStmt::Step(Status* status) {
  pg_conn* c = conn_->get();
  PQclear(row_);
  row_ = nullptr;
  if (state_ == kDone) return false;
  if (state_ == kBuffered) {
    if (next_buffered_ < buffered_.size()) {
      row_ = buffered_[next_buffered_++];
      return true;
    }
    if (!buffered_status_.ok()) *status = buffered_status_;
    Drain();
    return false;
  }
  if (state_ == kIdle) {
    conn_->Yield();
    std::vector<const char*> params(values_.size());
    for (size_t i = 0; i < values_.size(); ++i) params[i] = null_[i] ? nullptr : values_[i].c_str();
    if (!PQsendQueryPrepared(c, name_.c_str(), static_cast<int>(params.size()), params.data(), nullptr, nullptr, 0)) {
      *status = conn_->Error("query failed", nullptr);
      state_ = kDone;
      return false;
    }
    PQsetSingleRowMode(c);
    state_ = kRunning;
    conn_->SetActive(this);
  }
  pg_result* r = PQgetResult(c);
  const ExecStatusType st = r ? PQresultStatus(r) : PGRES_COMMAND_OK;
  if (st == PGRES_SINGLE_TUPLE) {
    row_ = r;
    return true;
  }
  if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) *status = conn_->Error("query failed", r);
  PQclear(r);
  Drain();  // reads the final null result; the statement stays done until Reset()
  return false;
}

void PgStmt::Reset() {
  Drain();
  state_ = kIdle;
  buffered_status_ = Status::Ok();
  for (size_t i = 0; i < null_.size(); ++i) {
    null_[i] = true;
    values_[i].clear();
  }
}

bool PgStmt::IsNull(int col) const { return !row_ || PQgetisnull(row_, 0, col); }

std::string_view PgStmt::Value(int col) const {
  if (!row_ || col < 0 || col >= columns_ || PQgetisnull(row_, 0, col)) return {};
  return {PQgetvalue(row_, 0, col), static_cast<size_t>(PQgetlength(row_, 0, col))};
}

int PgStmt::Columns() const { return columns_; }

std::string PgStmt::ColumnName(int col) const {
  return col >= 0 && static_cast<size_t>(col) < column_names_.size() ? column_names_[static_cast<size_t>(col)] : "";
}

}  // namespace dyad::store
