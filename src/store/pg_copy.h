// store/pg_copy.h: rows gathered in PostgreSQL's COPY text format, sent in one COPY.
//
// The PostgreSQL writer sends a batch's events this way instead of one INSERT (one round
// trip) each: the rows of a transaction accumulate here and go to the server in one
// `COPY table (columns) FROM STDIN` before the commit, in order, so identity ids are
// assigned as the INSERTs would have assigned them. Fields are text, escaped as COPY's
// text format wants (backslash, tab, newline, carriage return), NULL is \N.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/status.h"
#include "store/postgres.h"

namespace dyad::store {

class PgCopyRows {
 public:
  // `copy_sql`: "COPY table (col, ...) FROM STDIN".
  explicit PgCopyRows(std::string copy_sql) : sql_(std::move(copy_sql)) {}

  // Field appenders, in column order; the index is ignored (it mirrors Stmt::Bind's, so
  // that one template fills either). EndRow() closes the row.
  void Bind(int, int64_t v) { Field(std::to_string(v)); }
  void Bind(int i, int v) { Bind(i, static_cast<int64_t>(v)); }
  void Bind(int, double v);
  void Bind(int, std::string_view v);
  void BindNull(int) { Field("\\N"); }
  void BindOrNull(int i, std::string_view v) {
    if (v.empty()) BindNull(i); else Bind(i, v);
  }
  void EndRow();

  bool empty() const { return data_.empty(); }
  void Clear() { data_.clear(); row_open_ = false; }
  // Sends the rows in one COPY on `conn` (inside the caller's transaction) and clears
  // them. An error names the connection and quotes the server.
  Status Flush(PgConn& conn);

 private:
  void Field(std::string_view escaped);

  std::string sql_;
  std::string data_;
  bool row_open_ = false;
};

}  // namespace dyad::store
