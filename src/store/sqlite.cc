// store/sqlite.cc: see sqlite.h.
#include "store/sqlite.h"

#include <sys/stat.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>

namespace dyad::store {

Result<std::unique_ptr<Db>> Db::Open(const std::string& path, bool create, bool read_only,
                                     int busy_timeout_ms) {
  if (path.empty()) return Status::InvalidArgument("no database file given (--db FILE)");
  if (IsPostgresUri(path)) {
    DYAD_ASSIGN_OR_RETURN(std::unique_ptr<PgConn> pg, PgConn::Open(path, read_only));
    DYAD_RETURN_IF_ERROR(pg->Exec("SET lock_timeout = " + std::to_string(busy_timeout_ms < 0 ? 0 : busy_timeout_ms)));
    std::unique_ptr<Db> db(new Db(nullptr, pg->name()));
    db->pg_ = std::move(pg);
    return db;
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    return Status::InvalidArgument(path + ": is a directory, not a store file (give a file, e.g. --db " +
                                   (path.back() == '/' ? path : path + "/") + "events.db)");
  }
  int flags = SQLITE_OPEN_NOMUTEX;
  flags |= read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (create && !read_only) flags |= SQLITE_OPEN_CREATE;
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
    sqlite3_close(raw);
    if (rc == SQLITE_CANTOPEN && !create) return Status::NotFound(path + ": cannot open database (" + msg + ")");
    return Status::IoError(path + ": cannot open database (" + msg + ")");
  }
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, busy_timeout_ms < 0 ? 0 : busy_timeout_ms);
  return std::unique_ptr<Db>(new Db(raw, path));
}

Db::~Db() { sqlite3_close_v2(db_); }

Status Db::Exec(std::string_view sql) {
  if (pg_) return pg_->Exec(sql);
  std::string s(sql);
  char* err = nullptr;
  if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string m = err ? err : "unknown error";
    sqlite3_free(err);
    return Status::IoError(path_ + ": " + m);
  }
  return Status::Ok();
}

Status Db::Error(std::string_view what) const {
  if (pg_) return pg_->Error(what, nullptr);
  std::string m = path_ + ": " + std::string(what) + ": " + sqlite3_errmsg(db_);
  return Status::IoError(std::move(m));
}

Stmt::~Stmt() { sqlite3_finalize(st_); }

Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    sqlite3_finalize(st_);
    st_ = o.st_;
    db_ = o.db_;
    pg_ = std::move(o.pg_);
    o.st_ = nullptr;
  }
  return *this;
}

Result<Stmt> Stmt::Prepare(Db& db, std::string_view sql) {
  if (db.pg()) {
    DYAD_ASSIGN_OR_RETURN(std::unique_ptr<PgStmt> pg, PgStmt::Prepare(*db.pg(), sql));
    Stmt st(nullptr, &db);
    st.pg_ = std::move(pg);
    return st;
  }
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v3(db.get(), sql.data(), static_cast<int>(sql.size()),
                         SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK) {
    return db.Error("cannot prepare statement");
  }
  return Stmt(st, &db);
}

void Stmt::Bind(int i, double v) {
  if (!pg_) {
    sqlite3_bind_double(st_, i, v);
    return;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);  // read back exactly by float8's input
  pg_->Bind(i, buf);
}

int64_t Stmt::Int(int col) const {
  if (!pg_) return sqlite3_column_int64(st_, col);
  const std::string_view v = pg_->Value(col);
  int64_t n = 0;
  std::from_chars(v.data(), v.data() + v.size(), n);
  return n;
}

double Stmt::Double(int col) const {
  if (!pg_) return sqlite3_column_double(st_, col);
  const std::string_view v = pg_->Value(col);
  return v.empty() ? 0.0 : std::strtod(std::string(v).c_str(), nullptr);
}

bool Stmt::Step(Status* status) {
  if (pg_) return pg_->Step(status);
  const int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) *status = db_->Error("query failed");
  return false;
}

Status Stmt::Run() {
  Status st;
  while (Step(&st)) {
  }
  Reset();
  return st;
}

}  // namespace dyad::store
