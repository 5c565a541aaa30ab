// Integration tests of `dyad eval`: the real binary on the fixtures in tests/data/eval/,
// and (when ../shared is present) on the real gold files.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli_test_util.h"

namespace dyad::testing {
namespace {

const std::string kEval = std::string(DYAD_TEST_DATA_DIR) + "/eval/";

TEST(EvalCommand, HelpListsTheOptions) {
  auto r = RunDyad("eval --help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* opt : {"--gold", "--dict", "--no-default-dict", "--date", "--json",
                          "--show-errors", "--tabari-project", "--tabari-dicts"})
    EXPECT_NE(r.out.find(opt), std::string::npos) << opt;
}

TEST(EvalCommand, CameoFixtureAsJson) {
  auto r = RunDyad("eval --gold cameo " + kEval + "cameo-mini.csv " + MiniDictArgs() +
                   " --date 2006-06-06 --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["gold"], "cameo");
  EXPECT_EQ(j["coder"], "dyad");
  EXPECT_EQ(j["examples"], 3);
  EXPECT_EQ(j["skipped"], 2);
  EXPECT_EQ(j["fields"]["event"]["gold"], 3);
  EXPECT_EQ(j["headline"]["root_accuracy"]["total"], 3);
  EXPECT_EQ(j["headline"]["code_accuracy"]["total"], 3);
  EXPECT_FALSE(j["fields"].contains("source_country"));
  EXPECT_FALSE(j["headline"].contains("source_country_accuracy"));
  // mini.dict codes the visit (042) and has no verb for "host".
  EXPECT_GE(j["headline"]["code_accuracy"]["right"].get<int>(), 1);
  EXPECT_LE(j["headline"]["code_accuracy"]["right"].get<int>(), 2);
}

TEST(EvalCommand, PloverFixtureTableAndErrors) {
  auto r = RunDyad("eval --gold plover " + kEval + "plover-mini.json " + MiniDictArgs() +
                   " --show-errors 5");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("3 examples (2 skipped without text)"), std::string::npos) << r.out;
  for (const char* row : {"event detected", "PLOVER category", "source country",
                          "target country", "source role", "source-country accuracy"})
    EXPECT_NE(r.out.find(row), std::string::npos) << row;
  EXPECT_EQ(r.out.find("full code"), std::string::npos);
  // The protest has no verb in mini.dict: it is listed as an error.
  EXPECT_NE(r.out.find("MINI-PROTEST-0001"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("dyad: no event"), std::string::npos);
}

// tests/data/eval/news-mini: two invented documents. With mini.dict dyad codes mini-a:
// 111 KAZ->IRN, 042 IRNGOV->KAZGOV, 180 KAZ->IRN flagged negated; mini-b: 0253 DEU->RUS
// ("urged Russia to release": call on to release), 040 JPN->CHN; nothing for "stormed".
// Gold: 7 events, one negated (180), one linked (040 CHN->JPN), so 5 required.
// Tier 1: TP 4 (111, 042, 020~0253 by root 02, 040), FN 1 (190 FJIREB), FP 0: P 1, R 0.8.
// Tier 2: 0253 is not 020 or 0256: TP 3, FP 1, FN 2: P 0.75, R 0.6.
TEST(EvalCommand, NewsFixtureAsJson) {
  auto r = RunDyad("eval --gold news " + kEval + "news-mini/gold.jsonl " + MiniDictArgs() +
                   " --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["gold"], "news");
  EXPECT_EQ(j["documents"], 2);
  EXPECT_EQ(j["gold_events"], 7);
  EXPECT_EQ(j["gold_negated"], 1);
  EXPECT_EQ(j["gold_linked"], 1);
  EXPECT_EQ(j["coded_events"], 5);
  EXPECT_EQ(j["claims"], 4);
  EXPECT_EQ(j["tiers"]["tier1"]["tp"], 4);
  EXPECT_EQ(j["tiers"]["tier1"]["fn"], 1);
  EXPECT_EQ(j["tiers"]["tier1"]["fp"], 0);
  EXPECT_DOUBLE_EQ(j["tiers"]["tier1"]["recall"].get<double>(), 0.8);
  EXPECT_EQ(j["tiers"]["tier2"]["tp"], 3);
  EXPECT_DOUBLE_EQ(j["tiers"]["tier2"]["precision"].get<double>(), 0.75);
  EXPECT_EQ(j["negation"]["found"], 1);
  // The one tier-1 pair with a gold date (111, "on Monday" of Friday 2025-03-14 is the 10th).
  EXPECT_EQ(j["pairs"]["tier1"]["date"]["total"], 1);
  EXPECT_EQ(j["pairs"]["tier1"]["date"]["right"], 1);
  ASSERT_EQ(j["per_document"].size(), 2u);
  EXPECT_EQ(j["per_document"][1]["doc_id"], "mini-b");
  EXPECT_EQ(j["per_document"][1]["tiers"]["tier1"]["fn"], 1);
}

TEST(EvalCommand, NewsFixtureTableAndErrors) {
  auto r = RunDyad("eval --gold news " + kEval + "news-mini/gold.jsonl " + MiniDictArgs() +
                   " --show-errors 10");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* row : {"2 documents, 7 gold events", "1 country+country+root",
                          "3 + full actor codes", "event date", "location", "hypothetical",
                          "per document", "mini-a", "mini-b s2 missed: 190 FJIREB -> -",
                          "mini-b s0 wrong code: gold 020"})
    EXPECT_NE(r.out.find(row), std::string::npos) << row << "\n" << r.out;
  EXPECT_EQ(RunDyad("eval --gold news " + kEval + "news-mini/gold.jsonl " + MiniDictArgs() +
                    " --date 2025-01-01").exit_code, 2);
  EXPECT_EQ(RunDyad("eval --gold news " + kEval + "cameo-mini.csv " + MiniDictArgs()).exit_code, 2);
}

TEST(EvalCommand, Errors) {
  EXPECT_EQ(RunDyad("eval --gold cameo /no/such/file.csv " + MiniDictArgs()).exit_code, 2);
  EXPECT_EQ(RunDyad("eval --gold xml " + kEval + "cameo-mini.csv " + MiniDictArgs()).exit_code, 2);
  EXPECT_EQ(RunDyad("eval --gold cameo " + kEval + "plover-mini.json " + MiniDictArgs()).exit_code, 2);
  EXPECT_EQ(RunDyad("eval --gold cameo " + kEval + "cameo-mini.csv " + MiniDictArgs() +
                    " --date 2006-13-01").exit_code, 2);
  EXPECT_EQ(RunDyad("eval").exit_code, 2);  // --gold is required
}

// Runs on the real files when ../shared is present beside the checkout; asserts only that
// the evaluation runs and reports its examples.
TEST(EvalCommand, RealGoldFilesWhenPresent) {
  std::string shared = DYAD_SHARED_DIR;
  std::string cameo = shared + "/data/cameo/cameo-codes.csv";
  std::string plover = shared + "/data/plover/PLOVER_GSR_CAMEO.txt";
  if (!std::filesystem::exists(cameo) || !std::filesystem::exists(plover))
    GTEST_SKIP() << "../shared gold files not found (" << cameo << ", " << plover
                 << "): skipping the real-data evaluation";
  auto c = RunDyad("eval --gold cameo " + cameo + " " + MiniDictArgs() + " --json");
  ASSERT_EQ(c.exit_code, 0) << c.err;
  auto cj = nlohmann::json::parse(c.out);
  EXPECT_GT(cj["examples"].get<int>(), 200);
  EXPECT_EQ(cj["examples"].get<int>() + cj["skipped"].get<int>(), 312);
  auto p = RunDyad("eval --gold plover " + plover + " " + MiniDictArgs() + " --json");
  ASSERT_EQ(p.exit_code, 0) << p.err;
  auto pj = nlohmann::json::parse(p.out);
  EXPECT_GT(pj["examples"].get<int>(), 300);
  EXPECT_GT(pj["headline"]["source_country_accuracy"]["total"].get<int>(), 300);
}

// The real newsgold file, when present: the reader takes every document and event (counts
// from its README: 8 articles, 89 sentences, 108 events; 1 negated and 5 linked by
// check_gold.py --stats).
TEST(EvalCommand, RealNewsGoldWhenPresent) {
  std::string news = std::string(DYAD_SHARED_DIR) + "/data/newsgold/gold.jsonl";
  if (!std::filesystem::exists(news))
    GTEST_SKIP() << news << " not found: skipping the real newsgold evaluation";
  auto r = RunDyad("eval --gold news " + news + " " + MiniDictArgs() + " --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["documents"], 8);
  EXPECT_EQ(j["gold_events"], 108);
  EXPECT_EQ(j["gold_negated"], 1);
  EXPECT_EQ(j["gold_linked"], 5);
  EXPECT_EQ(j["per_document"].size(), 8u);
}

}  // namespace
}  // namespace dyad::testing
