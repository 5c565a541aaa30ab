// Concurrent `dyad ingest` processes writing into one PostgreSQL store (issue 19): four
// processes over overlapping inputs, one of them killed with SIGKILL after its first
// commit and run again; the store must end as a clean single ingest of the same
// documents leaves it (same row counts), and a reader polling meanwhile must never see a
// document without all its events (only committed batches). Repeated five times, each on
// a fresh database. Runs the real binary; skipped, saying why, when no PostgreSQL server
// can be started (store/pg_test_server.h).
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "store/store.h"
#include "store/store_test_util.h"

namespace dyad::store {
namespace {

using testing::PgTestServer;

// Writes documents [from, to) with ids prefix + number to `path`, in JSON Lines.
void WriteDocs(const std::string& path, const std::string& prefix, int from, int to) {
  static const char* kTexts[] = {
      "Iran's foreign minister visited Germany on Tuesday to discuss the nuclear programme.",
      "Russian troops attacked positions near the Ukrainian border, officials said.",
      "The French president met the German chancellor in Berlin.",
      "Israel accused Iran of supplying weapons to militants in Syria.",
  };
  std::ofstream out(path);
  for (int i = from; i < to; ++i) {
    out << R"({"id":")" << prefix << i << R"(","date":"2019-04-)" << (10 + i % 9) << R"(","text":")"
        << kTexts[i % 4] << " Report number " << i << R"(."})" << "\n";
  }
}

// Starts `dyad ingest --db uri files...`; its output goes to `log`.
pid_t Spawn(const std::string& uri, const std::vector<std::string>& files, const std::string& log) {
  std::vector<std::string> args = {DYAD_BINARY, "ingest", "--db", uri, "--batch", "10", "-j", "1", "-q"};
  args.insert(args.end(), files.begin(), files.end());
  const pid_t pid = ::fork();
  if (pid == 0) {
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    FILE* f = std::freopen(log.c_str(), "a", stderr);
    (void)f;
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return status;
}

Result<StoreCounts> CountsOf(const std::string& uri) {
  StoreOptions ro;
  ro.read_only = true;
  ro.create = false;
  DYAD_ASSIGN_OR_RETURN(std::unique_ptr<Store> s, Store::Open(uri, ro));
  return s->Counts();
}

// Documents whose stored events are fewer or more than their n_events (a torn batch),
// and the documents whose ids start with `prefix`, in one snapshot; -1s when the schema
// is not there yet.
std::pair<int64_t, int64_t> Snapshot(Db& db, const std::string& prefix) {
  auto st = Stmt::Prepare(db,
      "SELECT (SELECT count(*) FROM documents d WHERE d.n_events <>"
      "          (SELECT count(*) FROM events e WHERE e.doc_pk = d.doc_pk)),"
      "       (SELECT count(*) FROM documents WHERE doc_id LIKE ?)");
  if (!st.ok()) return {-1, -1};
  st->Bind(1, std::string_view(prefix + "%"));
  Status s;
  if (!st->Step(&s)) return {-1, -1};
  return {st->Int(0), st->Int(1)};
}

TEST(PostgresConcurrency, FourIngestsOneKilledEqualOneCleanIngest) {
  std::string why;
  PgTestServer* server = PgTestServer::Get(&why);
  if (!server) GTEST_SKIP() << why;
  const std::string dir = server->dir();
  // Overlapping inputs: shared documents s0..s299 in three of them, in different orders of
  // files; the victim's own documents v0..v399 first in its input so that it is surely
  // still running after its first commit.
  const std::string a = dir + "/a.jsonl", b = dir + "/b.jsonl", c = dir + "/c.jsonl", v = dir + "/v.jsonl";
  WriteDocs(a, "s", 0, 150);
  WriteDocs(b, "s", 100, 300);
  WriteDocs(c, "s", 50, 250);
  WriteDocs(v, "v", 0, 400);
  const std::vector<std::vector<std::string>> inputs = {{a, b}, {b, c}, {c, a}, {v, a, b, c}};

  const std::string ref = server->NewDatabase("conc_ref", &why);
  ASSERT_FALSE(ref.empty()) << why;
  ASSERT_EQ(Wait(Spawn(ref, {v, a, b, c}, dir + "/ref.log")), 0) << "see " << dir << "/ref.log";
  auto want = CountsOf(ref);
  ASSERT_TRUE(want.ok()) << want.status().message();
  ASSERT_EQ(want->documents, 700);
  ASSERT_GT(want->events, 0);

  for (int rep = 0; rep < 5; ++rep) {
    SCOPED_TRACE("repetition " + std::to_string(rep));
    const std::string uri = server->NewDatabase("conc", &why);
    ASSERT_FALSE(uri.empty()) << why;
    const std::string log = dir + "/rep" + std::to_string(rep) + ".log";
    std::vector<pid_t> pids;
    for (const auto& in : inputs) pids.push_back(Spawn(uri, in, log));
    auto reader = Db::Open(uri, false, true);
    ASSERT_TRUE(reader.ok()) << reader.status().message();
    // Poll: no torn document ever; kill the victim once one of its batches is in.
    bool killed = false;
    int64_t last_seen = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!killed && std::chrono::steady_clock::now() < deadline) {
      auto [torn, victim_docs] = Snapshot(*reader.value(), "v");
      EXPECT_TRUE(torn <= 0) << torn << " document(s) seen without all their events";
      if (victim_docs > 0) {
        last_seen = victim_docs;
        ASSERT_EQ(::waitpid(pids[3], nullptr, WNOHANG), 0) << "the victim finished before it could be killed";
        ASSERT_EQ(::kill(pids[3], SIGKILL), 0);
        killed = true;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ASSERT_TRUE(killed) << "the victim committed nothing within 60 s; see " << log;
    const int vs = Wait(pids[3]);
    EXPECT_TRUE(WIFSIGNALED(vs) && WTERMSIG(vs) == SIGKILL);
    for (int i = 0; i < 3; ++i) EXPECT_EQ(Wait(pids[i]), 0) << "writer " << i << "; see " << log;
    auto mid = CountsOf(uri);
    ASSERT_TRUE(mid.ok()) << mid.status().message();
    EXPECT_LT(mid->documents, want->documents) << "the kill came after the victim's last commit";
    EXPECT_GE(mid->documents, 300 + last_seen);
    ASSERT_EQ(Wait(Spawn(uri, inputs[3], log)), 0) << "the re-run; see " << log;
    auto got = CountsOf(uri);
    ASSERT_TRUE(got.ok()) << got.status().message();
    EXPECT_EQ(got->documents, want->documents);
    EXPECT_EQ(got->sentences, want->sentences);
    EXPECT_EQ(got->events, want->events);
    EXPECT_EQ(got->actors, want->actors);
    EXPECT_EQ(got->places, want->places);
    EXPECT_EQ(got->clusters, want->clusters);
    auto [torn, ignored] = Snapshot(*reader.value(), "v");
    EXPECT_EQ(torn, 0);
  }
}

}  // namespace
}  // namespace dyad::store
