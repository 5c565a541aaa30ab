// The TABARI validation suite as a ctest: fails when fewer standard records pass than the
// threshold committed in tests/tabari_validate_threshold.txt (which only ever goes up).
#include "code/tabari/validate.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "dict/tabari/phrase.h"
#include "io/tabari_records.h"

namespace dyad::tabari {
namespace {

const std::string kTabari = std::string(DYAD_SHARED_DIR) + "/data/tabari";

bool HaveSuite() { return std::ifstream(kTabari + "/Validate.project").good(); }

TEST(TabariValidate, SuitePassesThreshold) {
  if (!HaveSuite()) GTEST_SKIP() << "TABARI validation suite not found at " << kTabari;
  std::ifstream th(std::string(DYAD_TEST_DATA_DIR) + "/../tabari_validate_threshold.txt");
  ASSERT_TRUE(th.good()) << "tests/tabari_validate_threshold.txt missing";
  int threshold = 0;
  th >> threshold;
  std::ostringstream out;
  auto r = RunValidation(kTabari + "/Validate.project", ValidateOptions{}, out);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_GE(r->passed, threshold) << out.str();
  EXPECT_NE(out.str().find(std::to_string(r->passed) + " passed, " + std::to_string(r->failed) + " failed"),
            std::string::npos);
  EXPECT_EQ(r->load_errors, 0u) << out.str();
}

TEST(TabariValidate, FullDictionariesLoadQuietly) {
  if (!HaveSuite()) GTEST_SKIP() << "TABARI dictionaries not found at " << kTabari;
  auto d = LoadDictionaries({kTabari + "/CountryInfo.120116.actors", kTabari + "/Internatnl.120521.actors"},
                            {kTabari + "/PSU.120522.agents"}, {kTabari + "/CAMEO.091003.master.verbs"}, "");
  ASSERT_TRUE(d.ok()) << d.status().message();
  const LoadReport& rep = d->report;
  // A handful of genuinely bad lines, each named by file:line; duplicates are only counted.
  EXPECT_LT(rep.errors.size(), 50u);
  for (const std::string& e : rep.errors) {
    bool named = e.find(".actors:") != std::string::npos || e.find(".verbs:") != std::string::npos ||
                 e.find(".agents:") != std::string::npos;
    EXPECT_TRUE(named) << e;
  }
  EXPECT_GT(d->lexicon->verbs().verbs.size(), 1000u);
  size_t patterns = 0;
  for (const VerbEntry& v : d->lexicon->verbs().verbs) patterns += v.patterns.size();
  EXPECT_GT(patterns, 15000u);
  EXPECT_GT(d->lexicon->actors().actors.size(), 30000u);
}

// The prefilter (matcher.h) must never change a result: code the suite's records and the
// Guardian-like full-dictionary case with and without it.
TEST(TabariValidate, PrefilterAgreesWithFullMatching) {
  if (!HaveSuite()) GTEST_SKIP() << "TABARI dictionaries not found at " << kTabari;
  auto d = LoadDictionaries({kTabari + "/CountryInfo.120116.actors", kTabari + "/Internatnl.120521.actors"},
                            {kTabari + "/PSU.120522.agents"}, {kTabari + "/CAMEO.091003.master.verbs"},
                            kTabari + "/CAMEO.09b5.options");
  ASSERT_TRUE(d.ok());
  auto recs = io::ReadTabariRecords(kTabari + "/Validate.text");
  ASSERT_TRUE(recs.ok());
  TabariCoder coder(*d->lexicon);
  TabariOptions fast = d->options, slow = d->options;
  slow.prefilter = false;
  Parse p1, p2;
  CodeResult r1, r2;
  size_t events = 0;
  for (const io::TabariRecord& r : *recs) {
    int32_t date = RecordDate(r.date, false);
    coder.Code(r.text, date, fast, nullptr, &p1, &r1);
    coder.Code(r.text, date, slow, nullptr, &p2, &r2);
    ASSERT_EQ(r1.events.size(), r2.events.size()) << r.id;
    for (size_t i = 0; i < r1.events.size(); ++i) {
      EXPECT_EQ(r1.events[i].code, r2.events[i].code) << r.id;
      EXPECT_EQ(r1.events[i].source, r2.events[i].source) << r.id;
      EXPECT_EQ(r1.events[i].target, r2.events[i].target) << r.id;
      EXPECT_EQ(r1.events[i].pattern, r2.events[i].pattern) << r.id;
    }
    events += r1.events.size();
  }
  EXPECT_GT(events, 20u);
}

TEST(TabariValidate, ProjectErrorsNamePath) {
  auto r = ReadProject("/nonexistent/Validate.project");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("/nonexistent/Validate.project"), std::string::npos);
}

TEST(TabariValidate, SequenceOf) {
  std::string story;
  long sentence = 0;
  SequenceOf("^^*****NNN*SSS", "FRWD-001-002", &story, &sentence);
  EXPECT_EQ(story, "001");
  EXPECT_EQ(sentence, 2);
}

TEST(TabariValidate, RecordDate) {
  EXPECT_EQ(RecordDate("950103", false), 19950103);
  EXPECT_EQ(RecordDate("010203", false), 20010203);
  EXPECT_EQ(RecordDate("20150607", true), 20150607);
}

}  // namespace
}  // namespace dyad::tabari
