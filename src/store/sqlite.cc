// store/sqlite.cc: see sqlite.h.
#include "store/sqlite.h"

#include <sys/stat.h>

namespace dyad::store {

Result<std::unique_ptr<Db>> Db::Open(const std::string& path, bool create, bool read_only,
                                     int busy_timeout_ms) {
  if (path.empty()) return Status::InvalidArgument("no database file given (--db FILE)");
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
  std::string m = path_ + ": " + std::string(what) + ": " + sqlite3_errmsg(db_);
  return Status::IoError(std::move(m));
}

Stmt::~Stmt() { sqlite3_finalize(st_); }

Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    sqlite3_finalize(st_);
    st_ = o.st_;
    db_ = o.db_;
    o.st_ = nullptr;
  }
  return *this;
}

Result<Stmt> Stmt::Prepare(Db& db, std::string_view sql) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v3(db.get(), sql.data(), static_cast<int>(sql.size()),
                         SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK) {
    return db.Error("cannot prepare statement");
  }
  return Stmt(st, &db);
}

bool Stmt::Step(Status* status) {
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
