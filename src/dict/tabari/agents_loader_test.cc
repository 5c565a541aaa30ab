#include "dict/tabari/agents_loader.h"

#include <gtest/gtest.h>

namespace dyad::tabari {
namespace {

TEST(AgentsLoader, SuffixAndPrefixCodes) {
  LoadReport r;
  std::vector<AgentEntry> a;
  ParseAgents("t.agents", {"FOREIGN_MINISTER_  [ ~GOVFRM] ;jap", "HUMAN_RIGHTS_BODY_   [  NGO~]", "", "FARMER_ [~AGR]"}, &a, &r);
  EXPECT_TRUE(r.errors.empty());
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].code, "GOVFRM");
  EXPECT_TRUE(a[0].suffix);
  EXPECT_EQ(a[1].code, "NGO");
  EXPECT_FALSE(a[1].suffix);
  EXPECT_EQ(a[0].words.size(), 2u);
}

TEST(AgentsLoader, MissingTildeAndBracketsReported) {
  LoadReport r;
  std::vector<AgentEntry> a;
  ParseAgents("t.agents", {"POLICE_ [COP]", "ARMY_ [~MIL", "NAVY_ []", "TROOP_ [~MIL]"}, &a, &r);
  ASSERT_EQ(r.errors.size(), 3u);
  EXPECT_NE(r.errors[0].find("t.agents:1: missing ~"), std::string::npos);
  EXPECT_NE(r.errors[1].find("t.agents:2:"), std::string::npos);
  EXPECT_NE(r.errors[2].find("t.agents:3:"), std::string::npos);
  ASSERT_EQ(a.size(), 1u);
}

TEST(AgentsLoader, NonUtf8AndDuplicates) {
  LoadReport r;
  std::vector<AgentEntry> a;
  ParseAgents("t.agents", {"MINIST\xc3 [~GOV]", "JUDGE_ [~JUD]", "JUDGE_ [~JUD]"}, &a, &r);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("invalid UTF-8"), std::string::npos);
  EXPECT_EQ(r.duplicates.size(), 1u);
  EXPECT_EQ(a.size(), 1u);
}

}  // namespace
}  // namespace dyad::tabari
