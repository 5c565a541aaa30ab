// Integration tests of `dyad ingest`: the real binary, idempotency, and SIGKILL at a
// random moment followed by a re-run, which must end with exactly a clean run's rows.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <random>
#include <thread>

#include <zlib.h>

#include "cli_test_util.h"
#include "store/lock_holders.h"
#include "store/store.h"

namespace dyad::testing {
namespace {

std::string Corpus(const std::filesystem::path& dir, int n) {
  std::filesystem::create_directories(dir / "sub");
  // Two files, one in a subdirectory, to exercise recursion.
  std::ofstream a(dir / "a.jsonl"), b(dir / "sub" / "b.jsonl");
  for (int i = 0; i < n; ++i) {
    std::ofstream& out = i % 2 ? b : a;
    out << "{\"id\":\"doc" << i << "\",\"date\":\"2019-04-" << (10 + i % 9) << "\",\"url\":\"https://example.org/" << i
        << "\",\"text\":\"Iran visited Germany. Tokayev criticized Iran. The U.S. attacked Arnor in story " << i
        << ".\"}\n";
  }
  return dir.string();
}

store::StoreCounts Counts(const std::string& db) {
  auto s = store::Store::Open(db);
  EXPECT_TRUE(s.ok()) << s.status().message();
  return s.value()->Counts().value();
}

std::string Ingest(const std::string& input, const std::string& db, const std::string& extra = "") {
  return "ingest " + MiniDictArgs() + " --progress none -j 2 " + extra + " --db " + db + " " + input;
}

TEST(IngestCommand, IngestsADirectoryAndReIngestingAddsNothing) {
  auto dir = ScratchDir("ingest-idem");
  const std::string input = Corpus(dir / "in", 200);
  const std::string db = (dir / "s.db").string();
  auto r = RunDyad(Ingest(input, db));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("200 new"), std::string::npos) << r.err;
  const auto first = Counts(db);
  EXPECT_EQ(first.documents, 200);
  EXPECT_EQ(first.events, 600);
  r = RunDyad(Ingest(input, db));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("0 new, 0 replaced, 200 unchanged"), std::string::npos) << r.err;
  EXPECT_EQ(Counts(db), first);
}

TEST(IngestCommand, ReadsStdinAndReportsBadInput) {
  auto dir = ScratchDir("ingest-stdin");
  auto f = WriteFile(dir / "in.jsonl",
                     "{\"id\":\"x\",\"text\":\"Iran visited Germany.\",\"date\":\"2019-04-10\"}\n{\"id\":\"y\"}\n");
  const std::string db = (dir / "s.db").string();
  auto r = RunDyad("ingest " + MiniDictArgs() + " --progress none --db " + db + " -", f);
  EXPECT_EQ(r.exit_code, 2);  // one bad document
  EXPECT_NE(r.err.find("<stdin>:2"), std::string::npos) << r.err;
  EXPECT_EQ(Counts(db).documents, 1);
  r = RunDyad("ingest " + MiniDictArgs() + " --db " + db + " " + (dir / "missing").string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("missing: no such file"), std::string::npos) << r.err;
  r = RunDyad("ingest " + MiniDictArgs() + " " + f);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--db"), std::string::npos) << r.err;
}

TEST(IngestCommand, ProgressLinesWhenNotATerminal) {
  auto dir = ScratchDir("ingest-progress");
  const std::string input = Corpus(dir / "in", 50);
  auto r = RunDyad("ingest " + MiniDictArgs() + " --db " + (dir / "s.db").string() + " " + input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find('\r'), std::string::npos);  // no bar redraws in a file
  EXPECT_NE(r.err.find("dyad ingest: done: 50 docs"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("docs/s"), std::string::npos);
}

// Starts `dyad ARGS` without waiting; returns its pid.
pid_t Spawn(const std::string& args, const std::string& log) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    const std::string cmd = "exec " + std::string(DYAD_BINARY) + " " + args + " >" + log + " 2>&1";
    ::execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return pid;
}

TEST(IngestCommand, KilledAtARandomMomentThenReRunEqualsACleanRun) {
  auto dir = ScratchDir("ingest-kill");
  const std::string input = Corpus(dir / "in", 6000);
  const std::string clean = (dir / "clean.db").string();
  const auto t0 = std::chrono::steady_clock::now();
  auto r = RunDyad(Ingest(input, clean, "--batch 25"));
  const double clean_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto want = Counts(clean);
  ASSERT_EQ(want.documents, 6000);
  auto clean_export = RunDyad("export --db " + clean + " --format jsonl");
  ASSERT_EQ(clean_export.exit_code, 0) << clean_export.err;

  std::mt19937 rng(std::random_device{}());
  int interrupted = 0;
  for (int trial = 0; trial < 3; ++trial) {
    const std::string db = (dir / ("killed" + std::to_string(trial) + ".db")).string();
    std::uniform_real_distribution<double> when(0.1 * clean_ms, 0.8 * clean_ms);
    const double delay = when(rng);
    const pid_t pid = Spawn(Ingest(input, db, "--batch 25"), (dir / "kill.log").string());
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(delay));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    const bool killed = WIFSIGNALED(status);
    if (killed) {
      ++interrupted;
      if (std::filesystem::exists(db)) {
        const auto partial = Counts(db);
        EXPECT_LE(partial.documents, want.documents);
        // Whole documents only: every stored document has all its events.
        EXPECT_EQ(partial.events, partial.documents * 3) << "trial " << trial << " after " << delay << " ms";
      }
    }
    r = RunDyad(Ingest(input, db, "--batch 25"));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(Counts(db), want) << "trial " << trial << ", killed after " << delay << " ms";
    auto again = RunDyad("export --db " + db + " --format jsonl");
    EXPECT_EQ(again.out, clean_export.out) << "trial " << trial;
  }
  EXPECT_GT(interrupted, 0) << "no run was interrupted: the corpus codes too fast for this test";
}

// Runs `cmd` through the shell, with the capabilities that let root read any file dropped
// when this process is root; "" when that is impossible (root without capsh).
std::string WithoutReadOverride(const std::string& cmd) {
  if (::geteuid() != 0) return cmd;
  if (std::system("command -v capsh >/dev/null 2>&1") != 0) return "";
  return "capsh --drop=cap_dac_override,cap_dac_read_search -- -c '" + cmd + "'";
}

std::string Doc(const std::string& id, const std::string& text) {
  return "{\"id\":\"" + id + "\",\"date\":\"2019-04-10\",\"text\":\"" + text + "\"}\n";
}

int64_t StoredDocs(const std::string& db) {
  return std::filesystem::exists(db) ? Counts(db).documents : -1;
}

TEST(IngestCommand, AMissingPathIsReportedAndTheOthersAreStored) {
  auto dir = ScratchDir("ingest-missing");
  const auto good = WriteFile(dir / "good.jsonl", Doc("g1", "Iran visited Germany.") + Doc("g2", "Germany visited Iran."));
  const std::string db = (dir / "s.db").string();
  std::filesystem::remove(db);
  auto r = RunDyad(Ingest((dir / "missing.jsonl").string() + " " + good, db));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("dyad ingest: " + (dir / "missing.jsonl").string() + ": no such file or directory\n"),
            std::string::npos) << r.err;
  EXPECT_NE(r.err.find("0 bad, 1 paths skipped"), std::string::npos) << r.err;
  EXPECT_EQ(StoredDocs(db), 2);
}

TEST(IngestCommand, ASymlinkLoopIsReportedAsOne) {
  auto dir = ScratchDir("ingest-loop");
  std::filesystem::remove(dir / "loop");
  std::filesystem::create_symlink(dir / "loop", dir / "loop");
  const auto good = WriteFile(dir / "good.jsonl", Doc("g1", "Iran visited Germany."));
  const std::string db = (dir / "s.db").string();
  std::filesystem::remove(db);
  auto r = RunDyad(Ingest((dir / "loop").string() + " " + good, db));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find((dir / "loop").string() + ": skipped: a symbolic link loop"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("no such file"), std::string::npos) << r.err;
  EXPECT_EQ(StoredDocs(db), 1);
}

TEST(IngestCommand, AnUnreadableSubdirectoryIsReportedAndTheRestStored) {
  auto dir = ScratchDir("ingest-perm");
  std::filesystem::create_directories(dir / "in" / "locked");
  WriteFile(dir / "in" / "a.jsonl", Doc("a1", "Iran visited Germany.") + Doc("a2", "Germany visited Iran."));
  WriteFile(dir / "in" / "locked" / "b.jsonl", Doc("b1", "Iran visited Germany."));
  WriteFile(dir / "in" / "sealed.jsonl", Doc("c1", "Iran visited Germany."));
  std::filesystem::permissions(dir / "in" / "locked", std::filesystem::perms::none);
  std::filesystem::permissions(dir / "in" / "sealed.jsonl", std::filesystem::perms::none);
  const std::string db = (dir / "s.db").string();
  std::filesystem::remove(db);
  const std::string cmd = WithoutReadOverride(std::string(DYAD_BINARY) + " " + Ingest((dir / "in").string(), db) +
                                              " 2>" + (dir / "err").string());
  if (cmd.empty()) {
    std::filesystem::permissions(dir / "in" / "locked", std::filesystem::perms::owner_all);
    GTEST_SKIP() << "running as root without capsh: permission bits cannot stop this process's reads";
  }
  const int status = std::system(cmd.c_str());
  std::filesystem::permissions(dir / "in" / "locked", std::filesystem::perms::owner_all);
  const std::string err = ReadAll((dir / "err").string());
  EXPECT_EQ(WIFEXITED(status) ? WEXITSTATUS(status) : -1, 2) << err;
  EXPECT_NE(err.find((dir / "in" / "locked").string() + ": skipped: cannot list directory: Permission denied"),
            std::string::npos) << err;
  const std::string sealed = (dir / "in" / "sealed.jsonl").string() + ": cannot open: Permission denied";
  ASSERT_NE(err.find(sealed), std::string::npos) << err;
  EXPECT_EQ(err.find(sealed, err.find(sealed) + 1), std::string::npos) << "reported twice:\n" << err;
  EXPECT_NE(err.find("2 new, 0 replaced, 0 unchanged, 0 bad, 2 paths skipped"), std::string::npos) << err;
  EXPECT_EQ(StoredDocs(db), 2);
}

TEST(IngestCommand, ACorruptGzipMemberStoresNothingFromItAndSaysWhich) {
  auto dir = ScratchDir("ingest-gz");
  const std::string text = Doc("z1", "Iran visited Germany.") + Doc("z2", "Germany criticized Iran.");
  const std::string gz = (dir / "news.jsonl.gz").string();
  gzFile f = gzopen(gz.c_str(), "wb0");  // stored blocks: the text is in the file as is
  ASSERT_NE(f, nullptr);
  gzwrite(f, text.data(), static_cast<unsigned>(text.size()));
  gzclose(f);
  std::string bytes = ReadAll(gz);
  bytes[bytes.find("criticized")] ^= 0x20;  // 'c' -> 'C': still valid JSON, only the CRC can tell
  WriteFile(gz, bytes);
  const auto good = WriteFile(dir / "good.jsonl", Doc("g1", "Iran visited Germany."));
  const std::string db = (dir / "s.db").string();
  std::filesystem::remove(db);
  auto r = RunDyad(Ingest(gz + " " + good, db));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(gz + ": corrupt gzip data in the member at byte 0 of the file (incorrect data check): "
                            "lines 1-2 not read (2 documents)"),
            std::string::npos) << r.err;
  EXPECT_EQ(StoredDocs(db), 1);  // good.jsonl only
}

TEST(IngestCommand, ALockedStoreSaysWhoHoldsItAfterTheBusyTimeout) {
  if (std::system("command -v sqlite3 >/dev/null 2>&1") != 0) GTEST_SKIP() << "no sqlite3 command to hold a lock";
  auto dir = ScratchDir("ingest-lock");
  const auto in = WriteFile(dir / "in.jsonl", Doc("l1", "Iran visited Germany."));
  const std::string db = (dir / "s.db").string();
  std::filesystem::remove(db);
  ASSERT_EQ(RunDyad(Ingest(in, db)).exit_code, 0);
  WriteFile(dir / "in2.jsonl", Doc("l2", "Germany visited Iran."));
  // A writer that holds the store for 4 s; wait until its lock shows.
  const std::string hold = "(echo 'BEGIN IMMEDIATE;'; sleep 4; echo 'COMMIT;') | sqlite3 " + db + " &";
  ASSERT_EQ(std::system(hold.c_str()), 0);
  for (int i = 0; i < 60 && store::LockHolders(db).empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_FALSE(store::LockHolders(db).empty()) << "sqlite3 did not take the lock within 3 s";
  auto r = RunDyad(Ingest((dir / "in2.jsonl").string(), db, "--busy-timeout 0.2"));
  EXPECT_EQ(r.exit_code, 2);
  const size_t locked = r.err.find("database is locked after waiting 0.2 s: another process is writing to it (pid ");
  EXPECT_NE(locked, std::string::npos) << r.err;
  EXPECT_NE(r.err.find("(sqlite3)"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("done:"), std::string::npos) << r.err;
  EXPECT_GT(r.err.find("stopped:"), locked) << r.err;
  for (int i = 0; i < 100 && !store::LockHolders(db).empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));  // let the holder finish
  }
}

TEST(IngestCommand, UndatedDocumentsAreCountedAndSaidSo) {
  auto dir = ScratchDir("ingest-undated");
  const auto in = WriteFile(dir / "in.jsonl",
                            "{\"id\":\"n1\",\"date\":null,\"text\":\"Iran visited Germany.\"}\n"
                            "{\"id\":\"n2\",\"text\":\"Germany visited Iran.\"}\n" +
                                Doc("d3", "Iran visited Germany."));
  const std::string db = (dir / "s.db").string();
  std::filesystem::remove(db);
  auto r = RunDyad(Ingest(in, db));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("2 document(s) carried no date (no \"date\", or \"date\": null) and no --date was given"),
            std::string::npos) << r.err;
  std::filesystem::remove(db);
  r = RunDyad(Ingest(in, db, "--date 2019-01-01"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("carried no date"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dyad::testing
