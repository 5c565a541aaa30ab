// Integration tests of `dyad code`: the real binary, its exit codes and its errors.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_test_util.h"

namespace dyad::testing {
namespace {

std::vector<nlohmann::json> Lines(const std::string& out) {
  std::vector<nlohmann::json> v;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) v.push_back(nlohmann::json::parse(line));
  return v;
}

TEST(CodeCommand, HelpForTheSubcommand) {
  auto r = RunDyad("code --help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("--date"), std::string::npos);
  EXPECT_NE(r.out.find("--format"), std::string::npos);
  EXPECT_NE(r.out.find("--dict"), std::string::npos);
}

TEST(CodeCommand, EventsFromAFileAsJsonLines) {
  auto dir = ScratchDir("jsonl");
  auto f = WriteFile(dir / "a.txt", "Tokayev visited Germany on May 18.\n");
  auto r = RunDyad("code " + MiniDictArgs() + " --date 2006-06-16 " + f);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto ev = Lines(r.out);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]["source"]["code"], "KAZGOV");
  EXPECT_EQ(ev[0]["target"]["code"], "DEU");
  EXPECT_EQ(ev[0]["code"], "042");
  EXPECT_TRUE(ev[0]["code"].is_string());
  EXPECT_EQ(ev[0]["date"], "2006-05-18");
  EXPECT_EQ(ev[0]["doc_id"], "a.txt");
}

TEST(CodeCommand, TsvAndStdin) {
  auto dir = ScratchDir("tsv");
  auto f = WriteFile(dir / "in.txt", "Iran criticized Germany.");
  auto r = RunDyad("code " + MiniDictArgs() + " --date 2006-06-16 --format tsv -", f);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::istringstream in(r.out);
  std::string header, row;
  std::getline(in, header);
  std::getline(in, row);
  EXPECT_NE(header.find("doc_id"), std::string::npos);
  EXPECT_NE(row.find("\tIRN\tDEU\t111\t"), std::string::npos) << row;
}

// With the default dictionaries and gazetteer: a role with no country takes the country
// of the place where the event happened.
TEST(CodeCommand, RoleTakesTheCountryOfThePlace) {
  auto dir = ScratchDir("place-country");
  auto f = WriteFile(dir / "a.txt", "Protesters in Baghdad blocked a road on Monday.\n");
  auto r = RunDyad("code --date 2005-03-09 " + f);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto ev = Lines(r.out);
  ASSERT_EQ(ev.size(), 1u) << r.out;
  EXPECT_EQ(ev[0]["source"]["code"], "IRQOPP");
  EXPECT_EQ(ev[0]["location"]["name"], "Baghdad");
  EXPECT_EQ(ev[0]["root"], "14");
}

TEST(CodeCommand, NoEventsExitsOne) {
  auto dir = ScratchDir("none");
  auto f = WriteFile(dir / "a.txt", "The weather was fine.");
  auto r = RunDyad("code " + MiniDictArgs() + " " + f);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(r.out.empty());
}

TEST(CodeCommand, BadDateIsAnError) {
  auto r = RunDyad("code " + MiniDictArgs() + " --date 2006-13-01 /dev/null");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("2006-13-01"), std::string::npos);
}

TEST(CodeCommand, UnknownOptionIsAnError) {
  auto r = RunDyad("code --no-such-flag");
  EXPECT_EQ(r.exit_code, 2);
}

TEST(CodeCommand, BrokenPipeIsNotAnError) {
  auto dir = ScratchDir("pipe");
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Iran criticized Germany. ";
  auto f = WriteFile(dir / "big.txt", text);
  std::string cmd = std::string("set -o pipefail; ") + DYAD_BINARY + " code " + MiniDictArgs() +
                    " --date 2006-06-16 " + f + " 2>" + (dir / "err").string() + " | head -c 10 >/dev/null";
  int status = std::system(("bash -c '" + cmd + "'").c_str());
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(ReadAll((dir / "err").string()), "");
}

// Bad input: each gives a clear error naming the file (and line), the other documents
// are still coded, and the exit code is 2.
class BadInput : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ScratchDir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    good_ = WriteFile(dir_ / "good.txt", "Iran criticized Germany.");
  }
  RunResult RunWith(const std::string& bad) {
    return RunDyad("code " + MiniDictArgs() + " --date 2006-06-16 " + bad + " " + good_);
  }
  void ExpectGoodStillCoded(const RunResult& r) {
    EXPECT_EQ(r.exit_code, 2);
    auto ev = Lines(r.out);
    ASSERT_GE(ev.size(), 1u);
    EXPECT_EQ(ev.back()["doc_id"], "good.txt");
  }
  std::filesystem::path dir_;
  std::string good_;
};

TEST_F(BadInput, EmptyFile) {
  auto f = WriteFile(dir_ / "empty.txt", "");
  auto r = RunWith(f);
  ExpectGoodStillCoded(r);
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("empty"), std::string::npos);
}

TEST_F(BadInput, BinaryFile) {
  auto f = WriteFile(dir_ / "blob.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0garbage", 20));
  auto r = RunWith(f);
  ExpectGoodStillCoded(r);
  EXPECT_NE(r.err.find("blob.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("binary"), std::string::npos) << r.err;
}

TEST_F(BadInput, InvalidUtf8) {
  auto f = WriteFile(dir_ / "latin1.txt", "Iran criticized Germany.\nCaf\xE9 au lait.\n");
  auto r = RunWith(f);
  ExpectGoodStillCoded(r);
  EXPECT_NE(r.err.find("latin1.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("UTF-8"), std::string::npos) << r.err;
}

TEST_F(BadInput, FiftyMegabyteSingleLine) {
  std::string huge(50u << 20, 'a');
  auto f = WriteFile(dir_ / "huge.jsonl",
                     "{\"id\":\"ok1\",\"text\":\"Iran criticized Germany.\"}\n" +
                     ("{\"id\":\"big\",\"text\":\"" + huge + "\"}\n") +
                     "{\"id\":\"ok2\",\"text\":\"Germany criticized Iran.\"}\n");
  huge.clear();
  auto r = RunWith(f);
  ExpectGoodStillCoded(r);
  EXPECT_NE(r.err.find("huge.jsonl:2"), std::string::npos) << r.err;
  auto ev = Lines(r.out);
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(ev[0]["doc_id"], "ok1");
  EXPECT_EQ(ev[1]["doc_id"], "ok2");
}

TEST_F(BadInput, JsonLinesWithOneBrokenLine) {
  auto f = WriteFile(dir_ / "news.jsonl",
                     "{\"id\":\"a\",\"date\":\"2006-06-16\",\"text\":\"Iran criticized Germany.\"}\n"
                     "{\"id\":\"b\",\"text\":\"Iran crit\n"
                     "{\"id\":\"c\",\"date\":\"2006-06-16\",\"text\":\"Germany criticized Iran.\"}\n");
  auto r = RunWith(f);
  ExpectGoodStillCoded(r);
  EXPECT_NE(r.err.find("news.jsonl:2"), std::string::npos) << r.err;
  auto ev = Lines(r.out);
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(ev[0]["doc_id"], "a");
  EXPECT_EQ(ev[1]["doc_id"], "c");
}

TEST_F(BadInput, MissingFile) {
  auto r = RunWith((dir_ / "no-such-file.txt").string());
  ExpectGoodStillCoded(r);
  EXPECT_NE(r.err.find("no-such-file.txt"), std::string::npos) << r.err;
}

std::string DocId(int i) {
  std::string id = "d";
  id += std::to_string(i);
  return id;
}

// Documents coded on several threads come out in input order, the same as on one thread.
TEST(CodeCommand, ThreadsKeepInputOrder) {
  auto dir = ScratchDir("threads");
  const char* actors[] = {"Iran", "Germany", "France", "Russia", "China", "Japan"};
  std::string lines;
  for (int i = 0; i < 60; ++i) {
    lines += "{\"id\": \"" + DocId(i) + "\", \"text\": \"" + actors[i % 6] +
             " criticized " + actors[(i + 1) % 6] + ". " + actors[(i + 2) % 6] + " visited " +
             actors[(i + 3) % 6] + ".\"}\n";
  }
  auto f = WriteFile(dir / "docs.jsonl", lines);
  auto one = RunDyad("code " + MiniDictArgs() + " --date 2006-06-16 --threads 1 " + f);
  ASSERT_EQ(one.exit_code, 0) << one.err;
  auto ev = Lines(one.out);
  ASSERT_EQ(ev.size(), 120u);
  for (int i = 0; i < 60; ++i) {
    EXPECT_EQ(ev[2 * i]["doc_id"], DocId(i));
    EXPECT_EQ(ev[2 * i + 1]["doc_id"], DocId(i));
  }
  for (const char* threads : {"2", "4", "0"}) {
    auto many = RunDyad("code " + MiniDictArgs() + " --date 2006-06-16 --threads " + threads + " " + f);
    EXPECT_EQ(many.exit_code, 0) << many.err;
    EXPECT_EQ(many.out, one.out) << "--threads " << threads;
  }
  EXPECT_EQ(RunDyad("code " + MiniDictArgs() + " --threads -1 " + f).exit_code, 2);
}

}  // namespace
}  // namespace dyad::testing
