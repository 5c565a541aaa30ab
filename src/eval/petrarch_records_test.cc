#include "eval/petrarch_records.h"

#include <gtest/gtest.h>

namespace dyad::eval {
namespace {

// An invented file in the layout of PETRARCH's unit-test records.
const char* kFile = R"(<Validation>
<Environment>
    <Verbfile>my.verbs.txt</Verbfile>
    <Actorfile>my.actors.txt</Actorfile>
    <Agentfile>my.agents.txt</Agentfile>
</Environment>
<Sentences>
<Sentence date="20030417" id="T-01" category="DEMO" valid="true">
<!-- a comment -->
<EventCoding sourcecode="OST" targetcode="WMK" eventcode="042"></EventCoding>
<EventCoding sourcecode="WMK" targetcode="OST" eventcode="043"></EventCoding>
<Text>
Osterland visited
Westmark.
</Text>
<Parse>(ROOT (S (NP (NNP Osterland))))</Parse>
</Sentence>
<Sentence date="20030418" id="T-02" category="DEMO" valid="false">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(PetrarchRecords, ReadsEnvironmentRecordsAndExpectedEvents) {
  auto t = ParsePetrarchTests("/data/tests.xml", kFile);
  ASSERT_TRUE(t.ok()) << t.status().message();
  EXPECT_EQ(t->verbs, "/data/my.verbs.txt");
  EXPECT_EQ(t->actors, "/data/my.actors.txt");
  EXPECT_EQ(t->agents, "/data/my.agents.txt");
  ASSERT_EQ(t->records.size(), 2u);
  const PetrarchRecord& a = t->records[0];
  EXPECT_EQ(a.id, "T-01");
  EXPECT_EQ(a.date, "2003-04-17");
  EXPECT_EQ(a.line, 8);
  EXPECT_EQ(a.text, "Osterland visited Westmark.");
  ASSERT_EQ(a.expected.size(), 2u);
  EXPECT_EQ(a.expected[0], (PetrarchEvent{"OST", "WMK", "042"}));
  EXPECT_EQ(a.expected[1], (PetrarchEvent{"WMK", "OST", "043"}));
  EXPECT_FALSE(t->records[1].valid);
  EXPECT_TRUE(t->records[1].expected.empty());
}

TEST(PetrarchRecords, BadDateNamesFileAndLine) {
  auto t = ParsePetrarchTests("x.xml", "<Sentence date=\"2003\" id=\"B\">\n<Text>x</Text></Sentence>");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().message().rfind("x.xml:1: record B: bad date", 0), 0u) << t.status().message();
}

}  // namespace
}  // namespace dyad::eval
