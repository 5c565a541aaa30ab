// store/pg_copy.cc: see pg_copy.h.
#include "store/pg_copy.h"

#include <libpq-fe.h>

#include <algorithm>
#include <cstdio>

namespace dyad::store {

void PgCopyRows::Field(std::string_view escaped) {
  if (row_open_) data_ += '\t';
  data_ += escaped;
  row_open_ = true;
}

void PgCopyRows::Bind(int, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);  // read back exactly by float8's input
  Field(buf);
}

void PgCopyRows::Bind(int, std::string_view v) {
  if (row_open_) data_ += '\t';
  row_open_ = true;
  for (char c : v) {
    switch (c) {
      case '\\': data_ += "\\\\"; break;
      case '\t': data_ += "\\t"; break;
      case '\n': data_ += "\\n"; break;
      case '\r': data_ += "\\r"; break;
      default: data_ += c;
    }
  }
}

void PgCopyRows::EndRow() {
  data_ += '\n';
  row_open_ = false;
}

Status PgCopyRows::Flush(PgConn& conn) {
  if (data_.empty()) return Status::Ok();
  conn.Yield();
  pg_conn* c = conn.get();
  pg_result* r = PQexec(c, sql_.c_str());
  const bool in = PQresultStatus(r) == PGRES_COPY_IN;
  Status s = in ? Status::Ok() : conn.Error("COPY", r);
  PQclear(r);
  if (!in) return s;
  bool sent = true;
  constexpr size_t kChunk = 1 << 20;
  for (size_t at = 0; sent && at < data_.size(); at += kChunk) {
    const size_t n = std::min(kChunk, data_.size() - at);
    sent = PQputCopyData(c, data_.data() + at, static_cast<int>(n)) == 1;
  }
  if (PQputCopyEnd(c, sent ? nullptr : "dyad: could not send the rows") != 1 && sent) {
    s = conn.Error("COPY", nullptr);
  }
  while (pg_result* e = PQgetResult(c)) {
    if (PQresultStatus(e) != PGRES_COMMAND_OK && s.ok()) s = conn.Error("COPY", e);
    PQclear(e);
  }
  data_.clear();
  row_open_ = false;
  return s;
}

}  // namespace dyad::store
