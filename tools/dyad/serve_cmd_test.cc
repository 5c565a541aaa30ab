// End-to-end tests of `dyad serve`: the real binary on a free port, its coding endpoint
// against `dyad code` with the same dictionaries, and SIGTERM ending it cleanly.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <thread>

#include "cli_test_util.h"
#include "store/store_test_util.h"

namespace dyad::testing {
namespace {

using nlohmann::json;

// `dyad serve ARGS --port 0` as a child process, its stderr in a file. Killed if the test
// ends without stopping it.
class ServeProcess {
 public:
  ServeProcess(const std::vector<std::string>& args, const std::string& err_file) : err_(err_file) {
    pid_ = fork();
    if (pid_ == 0) {
      FILE* f = std::freopen(err_file.c_str(), "w", stderr);
      (void)f;
      std::vector<char*> argv = {const_cast<char*>(DYAD_BINARY), const_cast<char*>("serve")};
      for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
      argv.push_back(nullptr);
      execv(DYAD_BINARY, argv.data());
      _exit(127);
    }
  }
  ~ServeProcess() {
    if (pid_ > 0 && !reaped_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }
  // The port from the "on http://127.0.0.1:PORT/" line; 0 when it did not come within 60 s.
  int WaitForPort() {
    const std::regex re(R"(on http://127\.0\.0\.1:(\d+)/)");
    for (int i = 0; i < 600; ++i) {
      std::smatch m;
      const std::string err = ReadAll(err_);
      if (std::regex_search(err, m, re)) return std::stoi(m[1]);
      if (waitpid(pid_, &status_, WNOHANG) == pid_) {
        reaped_ = true;
        return 0;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return 0;
  }
  // Sends `sig` and waits up to 30 s for the exit; the exit code, or -1.
  int Signal(int sig) {
    kill(pid_, sig);
    for (int i = 0; i < 300; ++i) {
      if (waitpid(pid_, &status_, WNOHANG) == pid_) {
        reaped_ = true;
        return WIFEXITED(status_) ? WEXITSTATUS(status_) : -1;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return -1;
  }
  std::string err() const { return ReadAll(err_); }

 private:
  std::string err_;
  pid_t pid_ = -1;
  int status_ = 0;
  bool reaped_ = false;
};

TEST(ServeCommand, CodesAsDyadCodeDoesAndStopsOnSigterm) {
  const auto dir = ScratchDir("serve-cmd");
  const std::string db = store::testing::TempDb("serve-cmd");
  ASSERT_TRUE(store::Store::Open(db).ok());  // an empty store
  const std::string text = "Iran visited Germany on Monday. Kazakhstan visited Japan.";
  ServeProcess p({"--db", db, "--port", "0", "--no-default-dict", "--dict",
                  std::string(DYAD_TEST_DATA_DIR) + "/mini.dict", "--no-syntax"},
                 (dir / "serve.err").string());
  const int port = p.WaitForPort();
  ASSERT_GT(port, 0) << p.err();
  httplib::Client c("127.0.0.1", port);
  c.set_connection_timeout(10);
  c.set_read_timeout(30);
  json req = {{"documents", {{{"id", "story"}, {"date", "2019-04-10"}, {"text", text}}}}};
  auto r = c.Post("/v1/code", req.dump(), "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  const json served = json::parse(r->body)["documents"][0]["events"];

  json doc = {{"id", "story"}, {"date", "2019-04-10"}, {"text", text}};
  const std::string in = WriteFile(dir / "story.jsonl", doc.dump() + "\n");
  RunResult cli = RunDyad("code " + MiniDictArgs() + " --no-syntax " + in);
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  json expected = json::array();
  std::istringstream lines(cli.out);
  for (std::string line; std::getline(lines, line);) expected.push_back(json::parse(line));
  ASSERT_EQ(expected.size(), 2u) << cli.out;
  EXPECT_EQ(served, expected);

  auto h = c.Get("/v1/health");
  ASSERT_TRUE(h);
  EXPECT_EQ(json::parse(h->body)["events"], 0);  // coding wrote nothing
  c.stop();
  EXPECT_EQ(p.Signal(SIGTERM), 0) << p.err();
  EXPECT_NE(p.err().find("dyad serve: stopped"), std::string::npos) << p.err();
}

TEST(ServeCommand, AMissingStoreIsExit2NamingIt) {
  RunResult r = RunDyad("serve --db /nonexistent/x.db --port 0 --no-default-dict --dict " +
                        std::string(DYAD_TEST_DATA_DIR) + "/mini.dict --no-syntax");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/nonexistent/x.db"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dyad::testing
