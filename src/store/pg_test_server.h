// store/pg_test_server.h: a PostgreSQL server of a test process's own, for the store's
// tests on both backends.
//
// The first test that asks starts one: `initdb` and `pg_ctl` (Debian's
// /usr/lib/postgresql/<version>/bin, or $DYAD_PG_BIN) make a cluster in a fresh folder
// under the temporary directory, listening on a Unix socket in that folder only (no TCP
// port, so parallel test processes never collide). PostgreSQL refuses to run as root, so
// a root process (ctest in CI) runs both as the user "nobody" through runuser(1). Each
// test gets a database of its own (NewDatabase).
//
// Stopping does not rely on the test process ending well: before the server starts, a
// watchdog (/bin/sh) is forked that waits for a pipe only this process holds; when the
// process exits, however (a failed assertion, a crash, SIGKILL), the pipe closes and the
// watchdog stops the server (pg_ctl stop -m immediate) and removes the folder. At a normal
// exit the process also waits for the watchdog, so no server outlives the test binary.
#pragma once

#include <fcntl.h>
#include <glob.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <string>

#include "store/sqlite.h"

namespace dyad::store::testing {

class PgTestServer {
 public:
  // The process's server, started on the first call. Null when it cannot be started;
  // then *why says what failed (for GTEST_SKIP).
  static PgTestServer* Get(std::string* why) {
    static std::once_flag once;
    static PgTestServer* server = nullptr;
    static std::string failure;
    std::call_once(once, [] {
      auto* s = new PgTestServer();
      failure = s->Start();
      if (failure.empty()) server = s;
    });
    if (!server && why) *why = "PostgreSQL test server not started: " + failure;
    return server;
  }

  // A URI of a new, empty database `name` (made unique), or "" with *why.
  std::string NewDatabase(const std::string& name, std::string* why) {
    const std::string db = name + "_" + std::to_string(++databases_);
    auto admin = Db::Open(Uri("postgres"), false, false);
    if (!admin.ok()) {
      *why = admin.status().message();
      return "";
    }
    Status s = admin.value()->Exec("CREATE DATABASE " + db + " TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'");
    if (!s.ok()) {
      *why = s.message();
      return "";
    }
    return Uri(db);
  }

  std::string Uri(const std::string& db) const { return "postgresql://dyad@/" + db + "?host=" + dir_; }
  const std::string& dir() const { return dir_; }

 private:
  // Runs `cmd` as the server's user; its output goes to the folder's setup.log.
  int RunAs(const std::string& cmd) const {
    const std::string line = (as_nobody_ ? "runuser -u nobody -- " : "") + cmd + " >>" + dir_ + "/setup.log 2>&1";
    return std::system(line.c_str());
  }

  std::string Tail() const {
    std::string out;
    if (FILE* f = std::fopen((dir_ + "/setup.log").c_str(), "r")) {
      char buf[4096];
      size_t n = std::fread(buf, 1, sizeof buf - 1, f);
      std::fclose(f);
      out.assign(buf, n);
    }
    return out.size() > 600 ? out.substr(out.size() - 600) : out;
  }

  static std::string FindBin() {
    if (const char* env = std::getenv("DYAD_PG_BIN")) return env;
    glob_t g{};
    std::string bin;
    if (::glob("/usr/lib/postgresql/*/bin/initdb", 0, nullptr, &g) == 0 && g.gl_pathc > 0) {
      bin = std::filesystem::path(g.gl_pathv[g.gl_pathc - 1]).parent_path().string();
    }
    ::globfree(&g);
    return bin;
  }

  // Forks the watchdog: it reads its stdin (our pipe) until end of file, then stops the
  // server and removes the folder.
  bool StartWatchdog(const std::string& bin) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) return false;
    const std::string script = "cat >/dev/null; " + std::string(as_nobody_ ? "runuser -u nobody -- " : "") + bin +
                               "/pg_ctl -D " + dir_ + "/data -m immediate -w stop >/dev/null 2>&1; rm -rf " + dir_;
    const pid_t pid = ::fork();
    if (pid < 0) return false;
    if (pid == 0) {
      ::dup2(fds[0], 0);
      ::setsid();  // not killed with the test's process group
      ::execl("/bin/sh", "sh", "-c", script.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    ::close(fds[0]);
    watchdog_fd_ = fds[1];
    watchdog_ = pid;
    std::atexit([] {
      std::string ignored;
      if (PgTestServer* s = Get(&ignored)) s->Stop();
    });
    return true;
  }

  void Stop() {
    if (watchdog_fd_ < 0) return;
    ::close(watchdog_fd_);
    watchdog_fd_ = -1;
    int status = 0;
    ::waitpid(watchdog_, &status, 0);
  }

  // "" when the server runs; else what failed.
  std::string Start() {
    const std::string bin = FindBin();
    if (bin.empty() || ::access((bin + "/initdb").c_str(), X_OK) != 0) {
      return "no initdb under /usr/lib/postgresql/*/bin (install the Debian package postgresql, or set DYAD_PG_BIN)";
    }
    std::string tmpl = (std::filesystem::temp_directory_path() / "dyad-pg-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) return "cannot make a folder under " + std::filesystem::temp_directory_path().string();
    dir_ = tmpl;
    as_nobody_ = ::geteuid() == 0;
    if (as_nobody_) {
      const passwd* pw = ::getpwnam("nobody");
      if (!pw || ::chown(dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0) {
        std::filesystem::remove_all(dir_);
        return "running as root and cannot hand " + dir_ + " to the user nobody";
      }
      if (std::system("command -v runuser >/dev/null 2>&1") != 0) {
        std::filesystem::remove_all(dir_);
        return "running as root and runuser(1) is missing (initdb refuses root)";
      }
    }
    ::chmod(dir_.c_str(), 0755);
    if (RunAs(bin + "/initdb -D " + dir_ + "/data -A trust -U dyad -E UTF8 --locale=C --no-sync") != 0) {
      const std::string log = Tail();
      std::filesystem::remove_all(dir_);
      return "initdb failed: " + log;
    }
    if (!StartWatchdog(bin)) {
      std::filesystem::remove_all(dir_);
      return "cannot fork the watchdog";
    }
    const std::string opts = "-k " + dir_ + " -c listen_addresses='' -c fsync=off -c max_connections=40";
    if (RunAs(bin + "/pg_ctl -D " + dir_ + "/data -l " + dir_ + "/server.log -w -t 60 -o \"" + opts + "\" start") != 0) {
      const std::string log = Tail();
      Stop();
      return "pg_ctl start failed: " + log;
    }
    return "";
  }

  std::string dir_;
  bool as_nobody_ = false;
  int watchdog_fd_ = -1;
  pid_t watchdog_ = -1;
  int databases_ = 0;
};

// The two backends a store test runs on.
enum class Backend { kSqlite, kPostgres };

inline std::string BackendName(Backend b) { return b == Backend::kSqlite ? "SQLite" : "PostgreSQL"; }

}  // namespace dyad::store::testing
