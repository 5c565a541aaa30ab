// The dashboard (web/) in headless Chromium: on a store ingested from the Guardian sample
// of ../shared, the timeline, the actor network, the map and the event table render with
// data, and clicking a row (web/app.js's autoclick=1 hook calls the row's click()) shows
// the sentence with source, target and predicate marked. Skips, saying why, without
// ../shared or without Debian's chromium.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <regex>
#include <thread>

#include "cli_test_util.h"

namespace dyad::testing {
namespace {

namespace fs = std::filesystem;

size_t Count(const std::string& s, const std::string& needle) {
  size_t n = 0;
  for (size_t at = s.find(needle); at != std::string::npos; at = s.find(needle, at + 1)) ++n;
  return n;
}

TEST(Dashboard, RendersTheFourViewsAndHighlightsAClickedRow) {
  const std::string sample = std::string(DYAD_SHARED_DIR) + "/data/corpus/guardian-2019-sample.jsonl";
  if (!fs::exists(sample)) GTEST_SKIP() << "no " << sample << " (the shared data is not beside the repository)";
  if (!fs::exists("/usr/bin/chromium")) GTEST_SKIP() << "no /usr/bin/chromium (apt-get install chromium)";
  const auto dir = ScratchDir("dashboard");
  const std::string db = (dir / "guardian.db").string();
  for (const char* s : {"", "-wal", "-shm"}) fs::remove(db + s);
  RunResult ingest = RunDyad("ingest -q --db " + db + " " + sample);
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;

  const std::string err = (dir / "serve.err").string();
  pid_t pid = fork();
  if (pid == 0) {
    FILE* f = std::freopen(err.c_str(), "w", stderr);
    (void)f;
    execl(DYAD_BINARY, DYAD_BINARY, "serve", "--db", db.c_str(), "--port", "0", static_cast<char*>(nullptr));
    _exit(127);
  }
  struct Reaper {  // the server never outlives the test
    pid_t pid;
    ~Reaper() {
      kill(pid, SIGTERM);
      for (int i = 0; i < 300 && waitpid(pid, nullptr, WNOHANG) != pid; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, WNOHANG);
    }
  } reaper{pid};
  int port = 0;
  const std::regex re(R"(on http://127\.0\.0\.1:(\d+)/)");
  for (int i = 0; i < 1200 && port == 0; ++i) {  // loading the default dictionaries and model
    std::smatch m;
    const std::string text = ReadAll(err);
    if (std::regex_search(text, m, re)) port = std::stoi(m[1]);
    else std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ASSERT_GT(port, 0) << ReadAll(err);

  const std::string dom_file = (dir / "dom.html").string();
  const std::string cmd = "timeout 180 chromium --headless --no-sandbox --disable-gpu --no-first-run "
                          "--user-data-dir=" + (dir / "profile").string() +
                          " --virtual-time-budget=30000 --dump-dom 'http://127.0.0.1:" + std::to_string(port) +
                          "/?autoclick=1&period=month' >" + dom_file + " 2>" + (dir / "chromium.err").string();
  ASSERT_EQ(std::system(cmd.c_str()), 0) << ReadAll((dir / "chromium.err").string());
  const std::string dom = ReadAll(dom_file);
  ASSERT_NE(dom.find("data-ready=\"1\""), std::string::npos) << dom.substr(0, 3000);
  EXPECT_GE(Count(dom, "class=\"bar q"), 5u);         // timeline bars, by month and QuadClass
  EXPECT_NE(dom.find("<polyline"), std::string::npos); // the Goldstein line
  EXPECT_GE(Count(dom, "class=\"node\""), 5u);        // network: countries
  EXPECT_GE(Count(dom, "class=\"edge\""), 5u);        //   and dyads
  EXPECT_GE(Count(dom, "class=\"country\""), 150u);   // map: world-atlas outlines
  EXPECT_GE(Count(dom, "class=\"event-dot\""), 1u);   //   and located events
  EXPECT_EQ(Count(dom, "<tr data-id="), 100u);        // table: the first page
  EXPECT_NE(dom.find("<tr data-id=\"1\" class=\"selected\">"), std::string::npos);
  EXPECT_NE(dom.find("<mark class=\"predicate\""), std::string::npos);
  EXPECT_NE(dom.find("<mark class=\"source\""), std::string::npos);
}

}  // namespace
}  // namespace dyad::testing
