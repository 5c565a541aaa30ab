// store/store_test_util.h: building small stores for tests.
#pragma once

#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "dyad/event.h"
#include "store/pg_test_server.h"
#include "store/store.h"

namespace dyad::store::testing {

inline std::string TempDb(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("dyad-store-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto p = dir / (name + ".db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p.string() + suffix);
  return p.string();
}

// A fresh, empty store location named after `name` (letters, digits, '_'): a SQLite file
// (TempDb), or a new database on the process's PostgreSQL server (pg_test_server.h). ""
// with *why when that server cannot be started.
inline std::string TempStore(const std::string& name, Backend b, std::string* why) {
  if (b == Backend::kSqlite) return TempDb(name);
  PgTestServer* server = PgTestServer::Get(why);
  return server ? server->NewDatabase(name, why) : "";
}

// For INSTANTIATE_TEST_SUITE_P(..., ::testing::Values(Backend::kSqlite, Backend::kPostgres),
// BackendParamName): test names end in /SQLite or /PostgreSQL.
inline std::string BackendParamName(const ::testing::TestParamInfo<Backend>& info) { return BackendName(info.param); }

// In a TEST_P over Backend: declares `var`, a fresh store location (TempStore); skips the
// test, saying why, when the PostgreSQL server cannot be started; fails it when the server
// runs but the database cannot be made.
#define DYAD_TEMP_STORE(var, name)                                                          \
  std::string var;                                                                          \
  {                                                                                         \
    std::string why_;                                                                       \
    var = ::dyad::store::testing::TempStore(name, GetParam(), &why_);                       \
    if (var.empty() && GetParam() == ::dyad::store::testing::Backend::kPostgres &&          \
        ::dyad::store::testing::PgTestServer::Get(nullptr) == nullptr) {                    \
      GTEST_SKIP() << why_;                                                                 \
    }                                                                                       \
    ASSERT_FALSE(var.empty()) << why_;                                                      \
  }

inline ActorRef Actor(const std::string& code, const std::string& country, const std::string& text) {
  ActorRef a;
  a.code = code;
  a.country = country;
  a.text = text;
  a.start = 0;
  a.end = static_cast<uint32_t>(text.size());
  return a;
}

// An event of `code` between `src` and `tgt` (country = first three letters) on `date`.
inline Event MakeEvent(const std::string& doc, int sentence, const std::string& src, const std::string& tgt,
                       const std::string& code, const std::string& date, const std::string& sentence_text) {
  Event e;
  e.doc_id = doc;
  e.sentence = sentence;
  e.date = date;
  e.date_source = "document";
  if (!src.empty()) e.source = Actor(src, src.substr(0, 3), src);
  if (!tgt.empty()) e.target = Actor(tgt, tgt.substr(0, 3), tgt);
  e.code = code;
  e.root = code.substr(0, 2);
  const int r = std::stoi(e.root);
  e.quad = r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
  e.goldstein = r >= 15 ? -10 : 1.5;
  e.plover = r >= 3 ? "CONSULT" : "";
  e.evidence.verb = "visited";
  e.evidence.pattern = "$ visit +";
  e.evidence.where = "test.dict:1";
  e.sentence_text = sentence_text;
  e.sentence_start = 0;
  e.sentence_end = static_cast<uint32_t>(sentence_text.size());
  return e;
}

inline CodedDocument MakeDoc(const std::string& id, const std::string& text, const std::string& date,
                             std::vector<Event> events) {
  CodedDocument c;
  c.doc.id = id;
  c.doc.text = text;
  c.doc.date = date;
  c.doc.meta["source"] = "Test Times";
  c.doc.meta["url"] = "https://example.org/" + id;
  c.hash = ContentHash(c.doc);
  c.events = std::move(events);
  c.sentences = 3;
  return c;
}

}  // namespace dyad::store::testing
