// Tests of golden listings: rows from invented event lines, and diffs between listings.
#include "eval/golden.h"

#include <gtest/gtest.h>

namespace dyad::eval {
namespace {

TEST(Golden, RowsAreCompactAndMachineIndependent) {
  std::string jsonl =
      R"({"doc_id":"d1","sentence":2,"date":"2025-01-02","source":{"code":"ARNGOV"},)"
      R"("target":null,"code":"042","modality":{"negated":false,"hypothetical":true,)"
      R"("reported":true},"location":{"name":"Minas\tTirith"},)"
      R"("evidence":{"start":17,"where":"/home/me/dyad/dictionaries/verbs.dict:12"}})"
      "\n"
      R"({"doc_id":"d1","sentence":3,"date":null,"source":null,"target":{"code":"GON"},)"
      R"("code":"190","modality":{"negated":true},"location":null,)"
      R"("evidence":{"start":40,"where":"/tmp/b/dictionaries/countries.dict:3"}})"
      "\n";
  PathMap paths = {{"/home/me/dyad/dictionaries/", "dictionaries/"},
                   {"/tmp/b/dictionaries/", "<generated>/"}};
  auto rows = GoldenRows(jsonl, paths);
  ASSERT_TRUE(rows.ok()) << rows.status().message();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0],
            "d1\t2\t17\tARNGOV\t-\t042\t-hr\t2025-01-02\tMinas Tirith\tdictionaries/verbs.dict:12");
  EXPECT_EQ((*rows)[1], "d1\t3\t40\t-\tGON\t190\tn--\t-\t-\t<generated>/countries.dict:3");
  EXPECT_FALSE(GoldenRows("{\"doc_id\":1}\nnot json\n", paths).ok());
}

TEST(Golden, ParseSkipsCommentsAndBlankLines) {
  auto rows = ParseGoldenRows("# header\na\tb\r\n\nc\td\n");
  EXPECT_EQ(rows, (std::vector<std::string>{"a\tb", "c\td"}));
}

TEST(Golden, DiffFindsAddedRemovedAndChanged) {
  std::vector<std::string> old_rows = {
      "d1\t0\t5\tARN\tGON\t042\t---",  // unchanged
      "d1\t1\t9\tARN\tGON\t190\t---",  // code changes to 193
      "d1\t2\t3\tROH\t-\t010\t---",    // removed
      "d2\t0\t1\tGON\tARN\t040\t---",  // duplicate kept once, the other removed
      "d2\t0\t1\tGON\tARN\t040\t---"};
  std::vector<std::string> new_rows = {
      "d1\t0\t5\tARN\tGON\t042\t---",
      "d1\t1\t9\tARN\tGON\t193\t---",
      "d2\t0\t1\tGON\tARN\t040\t---",
      "d3\t4\t0\tARN\t-\t020\t---"};  // added
  GoldenDiff d = DiffGolden(old_rows, new_rows);
  EXPECT_FALSE(d.Empty());
  EXPECT_EQ(d.same, 2u);
  ASSERT_EQ(d.changed.size(), 1u);
  EXPECT_EQ(d.changed[0].first, old_rows[1]);
  EXPECT_EQ(d.changed[0].second, new_rows[1]);
  EXPECT_EQ(d.added, std::vector<std::string>{new_rows[3]});
  EXPECT_EQ(d.removed, (std::vector<std::string>{old_rows[2], old_rows[4]}));
  std::string s = GoldenSummary(d, 5);
  EXPECT_NE(s.find("2 event(s) unchanged, 1 added, 2 removed, 1 changed (0 of them only"),
            std::string::npos) << s;
  EXPECT_NE(s.find("changed: d1\t1\t9"), std::string::npos) << s;
  EXPECT_TRUE(DiffGolden(old_rows, old_rows).Empty());
}

TEST(Golden, SummaryListsRealChangesBeforeShiftedLines) {
  std::vector<std::string> old_rows = {"d\t0\t1\tA\t-\t010\tv.dict:5",
                                       "d\t0\t9\tA\tB\t190\tv.dict:7"};
  std::vector<std::string> new_rows = {"d\t0\t1\tA\t-\t010\tv.dict:6",   // line shifted
                                       "d\t0\t9\tA\tB\t193\tv.dict:8"};  // code changed
  EXPECT_TRUE(OnlyWhereDiffers(old_rows[0], new_rows[0]));
  EXPECT_FALSE(OnlyWhereDiffers(old_rows[1], new_rows[1]));
  std::string s = GoldenSummary(DiffGolden(old_rows, new_rows), 1);
  EXPECT_NE(s.find("2 changed (1 of them only in the dictionary file:line"), std::string::npos)
      << s;
  EXPECT_NE(s.find("193"), std::string::npos) << s;            // the real change is shown
  EXPECT_EQ(s.find("v.dict:6"), std::string::npos) << s;       // the limit left the shift out
}

}  // namespace
}  // namespace dyad::eval
