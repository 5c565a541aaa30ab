#include "dict/petrarch_lists.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "dict/compiled.h"
#include "dict/foreign_loader.h"
#include "dyad/dictionary.h"

namespace dyad::dict {
namespace {

// Invented lists in PETRARCH's layouts (no line of the real files), read through the same
// path as `dyad code --dict`: detection, then the loader.
struct Loaded {
  Entries e;
  std::vector<std::string> warnings;
  LoadCount n;
};

Loaded Load(const std::string& text, const std::string& name = "list.txt") {
  Loaded l;
  l.n = ParseForeignDictionary(name, text, DetectDictFormat(text, "auto", name), &l.e, &l.warnings);
  return l;
}

using Words = std::vector<std::string>;

const DiscardEntry* FindDiscard(const Entries& e, const Words& w) {
  auto it = std::find_if(e.discards.begin(), e.discards.end(), [&](const DiscardEntry& d) { return d.words == w; });
  return it == e.discards.end() ? nullptr : &*it;
}

const IssueEntry* FindIssue(const Entries& e, const Words& w) {
  auto it = std::find_if(e.issues.begin(), e.issues.end(), [&](const IssueEntry& i) { return i.words == w; });
  return it == e.issues.end() ? nullptr : &*it;
}

TEST(PetrarchLists, DiscardsScopesStemsCommentsAndABadLine) {
  auto l = Load(
      "# Story-level discards start with '+'\n"
      "1931\n"
      "OSTERLAND CUP   # ab 1 Jan 2001\n"
      "+ Vello Golf Open\n"
      "+CRICKET_\n"
      "<!-- dropped -->\n"
      "+   # a story mark and nothing to match\n");
  EXPECT_EQ(l.n.format, "petrarch discards");
  EXPECT_EQ(l.n.entries, 4u);
  EXPECT_EQ(l.n.skipped, 1u);
  ASSERT_EQ(l.warnings.size(), 1u);
  EXPECT_EQ(l.warnings[0].rfind("list.txt:7: ", 0), 0u) << l.warnings[0];
  const DiscardEntry* cup = FindDiscard(l.e, {"osterland", "cup"});
  ASSERT_NE(cup, nullptr);
  EXPECT_EQ(cup->scope, DiscardScope::kSentence);
  EXPECT_TRUE(cup->last_word_is_stem);
  EXPECT_EQ(cup->src.Where(), "list.txt:3");
  const DiscardEntry* golf = FindDiscard(l.e, {"vello", "golf", "open"});
  ASSERT_NE(golf, nullptr);
  EXPECT_EQ(golf->scope, DiscardScope::kStory);
  const DiscardEntry* cricket = FindDiscard(l.e, {"cricket"});
  ASSERT_NE(cricket, nullptr);
  EXPECT_EQ(cricket->scope, DiscardScope::kStory);
  EXPECT_FALSE(cricket->last_word_is_stem);
  EXPECT_NE(FindDiscard(l.e, {"1931"}), nullptr);
}

TEST(PetrarchLists, IssuesFormsCategoriesExclusionsAndABadLine) {
  auto l = Load(
      "# invented issues\n"
      "<ISSUE CATEGORY=\"SCHOOLING\" TYPE=\"ALL\">\n"
      "pre+n:school [EARLY_SCHOOLING]\n"
      "v:vote [VOTING]\n"
      "n:academy [SCHOOLS]\n"
      "~a head start\n"
      "~~vello trophy\n"
      "no code here\n"
      "</ISSUE>\n"
      "literacy [LITERACY]   # outside any section\n"
      "numeracy []\n");
  EXPECT_EQ(l.n.format, "petrarch issues");
  EXPECT_EQ(l.n.entries, 6u);
  EXPECT_EQ(l.n.null_codes, 1u);  // "no code here": PETRARCH ignores it
  EXPECT_EQ(l.n.skipped, 1u);
  ASSERT_EQ(l.warnings.size(), 1u);
  EXPECT_EQ(l.warnings[0].rfind("list.txt:11: ", 0), 0u) << l.warnings[0];
  // pre+n:school: "pre school", "pre schools", "pre-school", "pre-schools".
  const IssueEntry* pre = FindIssue(l.e, {"pre", "schools"});
  ASSERT_NE(pre, nullptr);
  EXPECT_EQ(pre->code, "EARLY_SCHOOLING");
  EXPECT_EQ(pre->category, "SCHOOLING");
  EXPECT_EQ(pre->src.Where(), "list.txt:3");
  EXPECT_NE(FindIssue(l.e, {"pre", "school"}), nullptr);
  EXPECT_EQ(std::count_if(l.e.issues.begin(), l.e.issues.end(),
                          [](const IssueEntry& i) { return i.code == "EARLY_SCHOOLING"; }), 4);
  for (const char* w : {"vote", "votes", "voted", "voting"}) EXPECT_NE(FindIssue(l.e, {w}), nullptr) << w;
  ASSERT_NE(FindIssue(l.e, {"academies"}), nullptr);
  EXPECT_EQ(FindIssue(l.e, {"academies"})->code, "SCHOOLS");
  const IssueEntry* head = FindIssue(l.e, {"a", "head", "start"});
  ASSERT_NE(head, nullptr);
  EXPECT_EQ(head->exclusion, IssueExclusion::kSentence);
  EXPECT_EQ(head->code, "");
  ASSERT_NE(FindIssue(l.e, {"vello", "trophy"}), nullptr);
  EXPECT_EQ(FindIssue(l.e, {"vello", "trophy"})->exclusion, IssueExclusion::kStory);
  ASSERT_NE(FindIssue(l.e, {"literacy"}), nullptr);
  EXPECT_EQ(FindIssue(l.e, {"literacy"})->category, "");
}

TEST(PetrarchLists, PrepositionsAreCountedNotStored) {
  // A coded line makes detection say actors (format.h), so the format is given here.
  Loaded l;
  const std::string text = "abaft\namid\nvis-\xC3\xA0-vis\nas \nALONG [X]\n";
  l.n = ParseForeignDictionary("list.txt", text, {DictFamily::kPetrarch, DictKind::kPrepositions},
                               &l.e, &l.warnings);
  EXPECT_EQ(l.n.format, "petrarch prepositions (recognised, not used)");
  EXPECT_EQ(l.n.entries, 4u);
  EXPECT_EQ(l.n.skipped, 1u);
  ASSERT_EQ(l.warnings.size(), 1u);
  EXPECT_EQ(l.warnings[0].rfind("list.txt:5: ", 0), 0u) << l.warnings[0];
  EXPECT_TRUE(l.e.actors.empty());
  EXPECT_TRUE(l.e.discards.empty());
}

// Through Dictionary::Load as `dyad code --dict` does: the entries reach the compiled
// dictionary, and an all-comment file is told a discard list by its name alone.
TEST(PetrarchLists, DictionaryLoadExposesDiscardsAndIssues) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(::testing::TempDir()) / "petrarch_lists_test";
  fs::create_directories(dir);
  const std::string discards = (dir / "mine.discards.txt").string();
  const std::string issues = (dir / "mine.issues.txt").string();
  const std::string empty = (dir / "empty.discards.txt").string();
  std::ofstream(discards) << "# invented\n+OSTERLAND CUP\nVELLO_\n";
  std::ofstream(issues) << "<ISSUE CATEGORY=\"FARMS\">\nn:sheep+farm [AGRICULTURE]\n</ISSUE>\n";
  std::ofstream(empty) << "# nothing yet\n";
  DictionaryOptions o;
  o.load_defaults = false;
  o.extra_paths = {discards, issues, empty};
  auto r = Dictionary::Load(o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const CompiledDictionary& c = r.value()->compiled();
  ASSERT_EQ(c.discards().size(), 2u);
  EXPECT_EQ(c.discards()[0].scope, DiscardScope::kStory);
  EXPECT_EQ(c.discards()[1].src.Where(), discards + ":3");
  // n:sheep+farm: "sheep farm", "sheep-farm", "sheep farms", "sheep-farms".
  ASSERT_EQ(c.issues().size(), 4u);
  EXPECT_TRUE(std::any_of(c.issues().begin(), c.issues().end(),
                          [](const IssueEntry& i) { return i.words == Words{"sheep", "farms"}; }));
  EXPECT_FALSE(std::any_of(c.issues().begin(), c.issues().end(),
                           [](const IssueEntry& i) { return i.words == Words{"sheeps", "farm"}; }));
  EXPECT_EQ(c.issues()[0].code, "AGRICULTURE");
  EXPECT_EQ(c.issues()[0].category, "FARMS");
  const auto& reports = r.value()->file_reports();
  ASSERT_EQ(reports.size(), 3u);
  EXPECT_EQ(reports[0].format, "petrarch discards");
  EXPECT_EQ(reports[1].format, "petrarch issues");
  EXPECT_EQ(reports[2].format, "petrarch discards");
  EXPECT_EQ(reports[2].entries, 0u);
  EXPECT_TRUE(r.value()->warnings().empty());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace dyad::dict
