// store/postgres.h: a thin layer over libpq (PostgreSQL's C client), shaped like sqlite.h.
//
// The store's SQL is written once, in SQLite's spelling with '?' parameters; PgStmt
// numbers them as PostgreSQL's $1, $2... (ToPgParams) and sends every value as text, its
// type inferred by the server from where it stands. Rows are streamed (libpq's single-row
// mode), so an export of the whole store does not hold its result in memory. libpq never
// throws; every failure becomes a Status naming the connection (password masked).
// Neither class is thread-safe: a connection and its statements belong to one thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

struct pg_conn;
struct pg_result;

namespace dyad::store {

// True for a libpq connection URI ("postgresql://..." or "postgres://..."); anything else
// names a SQLite file. Pure.
bool IsPostgresUri(std::string_view s);

// `uri` with any password replaced by "***", for messages. Pure.
std::string MaskPassword(std::string_view uri);

// `sql` with each '?' outside quotes numbered $1, $2, ... and "LIMIT ?" (where SQLite's -1
// means no limit) written "LIMIT NULLIF($n::bigint, -1)" (NULL: no limit). Text already
// numbered ($1, $2: PostgreSQL-only SQL) is kept; *n_params gets the number of parameters
// (the largest number used). Pure.
std::string ToPgParams(std::string_view sql, int* n_params);

class PgConn {
 public:
  // Connects to `uri`. With `read_only` every transaction of the session is read-only.
  // The session speaks UTF-8, ISO dates and shortest round-trip floats.
  static Result<std::unique_ptr<PgConn>> Open(const std::string& uri, bool read_only);
  ~PgConn();
  PgConn(const PgConn&) = delete;
  PgConn& operator=(const PgConn&) = delete;

  // Runs statements without parameters or results (one or several, ';'-separated).
  Status Exec(std::string_view sql);
  // "URI: WHAT: MESSAGE" from `r` (or the connection when null).
  Status Error(std::string_view what, const pg_result* r) const;
  pg_conn* get() const { return conn_; }
  const std::string& name() const { return name_; }
  std::string NextStatementName() { return "dyad_" + std::to_string(++statements_); }

  // A connection runs one query at a time. The statement whose rows are being streamed is
  // `active`; before any other command, Yield() has it read its remaining rows into
  // memory, so that interleaved statements (SQLite allows them) still work.
  void SetActive(class PgStmt* s) { active_ = s; }
  class PgStmt* active() const { return active_; }
  void Yield();

 private:
  PgConn(pg_conn* c, std::string name) : conn_(c), name_(std::move(name)) {}
  pg_conn* conn_;
  std::string name_;
  int64_t statements_ = 0;
  class PgStmt* active_ = nullptr;
};

class PgStmt {
 public:
  // Prepares `sql` (SQLite spelling, see ToPgParams) as a named server-side statement.
  static Result<std::unique_ptr<PgStmt>> Prepare(PgConn& conn, std::string_view sql);
  ~PgStmt();  // drains a running query and deallocates the statement
  PgStmt(const PgStmt&) = delete;
  PgStmt& operator=(const PgStmt&) = delete;

  // 1-based, as in SQLite. Text is copied.
  void Bind(int i, std::string v);
  void BindNull(int i);
  // Runs the statement on the first call after Reset(); then one row per call: true with
  // a row, false when done (*status set on error).
  bool Step(Status* status);
  // Finishes the running query (reading what is left) and clears the bindings.
  void Reset();

  bool IsNull(int col) const;
  std::string_view Value(int col) const;
  int Columns() const;
  std::string ColumnName(int col) const;

 private:
  PgStmt(PgConn* conn, std::string name, int n_params)
      : conn_(conn), name_(std::move(name)), values_(static_cast<size_t>(n_params)),
        null_(static_cast<size_t>(n_params), true) {}
  friend class PgConn;
  void Drain();
  void Buffer();  // reads the remaining rows of a running query into buffered_

  PgConn* conn_;
  std::string name_;
  std::vector<std::string> values_;
  std::vector<bool> null_;
  pg_result* row_ = nullptr;  // the current row (single-row mode)
  enum State { kIdle, kRunning, kBuffered, kDone } state_ = kIdle;
  std::vector<pg_result*> buffered_;  // kBuffered: rows not yet stepped to, in order
  size_t next_buffered_ = 0;
  Status buffered_status_;
  int columns_ = 0;
  std::vector<std::string> column_names_;
};

}  // namespace dyad::store
