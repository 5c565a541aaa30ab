// store/sqlite.h: a thin RAII layer over the SQLite C API, errors as dyad::Status; the
// same two classes also carry a PostgreSQL connection (store/postgres.h) when the store's
// name is a postgresql:// URI, so that the store's SQL, written once, runs on either.
//
// Db owns one connection; Stmt one prepared statement. Neither is thread-safe: a
// connection and its statements belong to one thread at a time (SQLite's own rule for
// connections opened with SQLITE_OPEN_NOMUTEX). Values are always bound, never spliced
// into SQL text: Bind() is the only way user input reaches a statement.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"
#include "store/postgres.h"

namespace dyad::store {

class Db {
 public:
  // Opens (creating when `create`) the database file at `path`; read-only when `read_only`.
  // A `path` that IsPostgresUri() connects to that PostgreSQL database instead (which
  // must exist: `create` makes the schema, not the database; `busy_timeout_ms` becomes the
  // session's lock_timeout).
  // A statement that finds the file locked by another connection waits up to
  // `busy_timeout_ms` for it, then fails with "database is locked". A directory at `path`
  // is an InvalidArgument saying so.
  static Result<std::unique_ptr<Db>> Open(const std::string& path, bool create, bool read_only,
                                          int busy_timeout_ms = 10000);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Runs one or more statements without results (schema, pragmas, BEGIN/COMMIT).
  Status Exec(std::string_view sql);
  // "PATH: MESSAGE" for the connection's last error, prefixed with `what`.
  Status Error(std::string_view what) const;
  // The SQLite connection; null for PostgreSQL.
  sqlite3* get() const { return db_; }
  // The PostgreSQL connection; null for SQLite.
  PgConn* pg() const { return pg_.get(); }
  bool postgres() const { return pg_ != nullptr; }
  // The file, or the URI with its password masked.
  const std::string& path() const { return path_; }

 private:
  Db(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::unique_ptr<PgConn> pg_;
  std::string path_;
};

class Stmt {
 public:
  Stmt() = default;
  ~Stmt();
  Stmt(Stmt&& o) noexcept : st_(o.st_), db_(o.db_), pg_(std::move(o.pg_)) { o.st_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept;
  Stmt(const Stmt&) = delete;

  // Compiles `sql`; the message of a failure names the database and quotes SQLite.
  static Result<Stmt> Prepare(Db& db, std::string_view sql);

  // True once prepared.
  bool prepared() const { return st_ != nullptr || pg_ != nullptr; }

  // Binders: 1-based index as in SQLite. Text is copied (SQLITE_TRANSIENT).
  void Bind(int i, int64_t v) {
    if (pg_) pg_->Bind(i, std::to_string(v)); else sqlite3_bind_int64(st_, i, v);
  }
  void Bind(int i, int v) { Bind(i, static_cast<int64_t>(v)); }
  void Bind(int i, double v);
  void Bind(int i, std::string_view v) {
    if (pg_) pg_->Bind(i, std::string(v));
    else sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void BindNull(int i) {
    if (pg_) pg_->BindNull(i); else sqlite3_bind_null(st_, i);
  }
  // Empty text binds NULL.
  void BindOrNull(int i, std::string_view v) {
    if (v.empty()) BindNull(i); else Bind(i, v);
  }

  // Steps once: true with a row, false when done; *status set (and false) on error.
  bool Step(Status* status);
  // Steps to completion (statements without rows). Resets afterwards.
  Status Run();
  void Reset() {
    if (pg_) { pg_->Reset(); return; }
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
  }

  // Column readers. On PostgreSQL the value's text is parsed (a number column's text is
  // its shortest round-trip form, so Double() gives the stored value exactly).
  int64_t Int(int col) const;
  double Double(int col) const;
  bool IsNull(int col) const {
    return pg_ ? pg_->IsNull(col) : sqlite3_column_type(st_, col) == SQLITE_NULL;
  }
  std::string Text(int col) const {
    if (pg_) return std::string(pg_->Value(col));
    const auto* p = sqlite3_column_text(st_, col);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<size_t>(sqlite3_column_bytes(st_, col)))
             : std::string();
  }
  int Columns() const { return pg_ ? pg_->Columns() : sqlite3_column_count(st_); }
  std::string ColumnName(int col) const { return pg_ ? pg_->ColumnName(col) : sqlite3_column_name(st_, col); }
  // The SQLite statement; null for PostgreSQL.
  sqlite3_stmt* get() const { return st_; }

 private:
  Stmt(sqlite3_stmt* st, Db* db) : st_(st), db_(db) {}
  sqlite3_stmt* st_ = nullptr;
  Db* db_ = nullptr;
  std::unique_ptr<PgStmt> pg_;
};

}  // namespace dyad::store
