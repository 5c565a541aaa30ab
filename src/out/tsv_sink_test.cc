// Tests of the TSV sink: lines are split on tabs and each column compared by hand.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "out/sink.h"

namespace dyad::out {
namespace {

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    const size_t at = s.find(sep, start);
    parts.push_back(s.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) break;
    start = at + 1;
  }
  return parts;
}

Event Visit() {
  Event e;
  e.doc_id = "edm-117";
  e.date = "2006-05-18";
  e.date_source = "text";
  e.source = ActorRef{"KAZGOV", "KAZ", "the Kazakh foreign minister", 10, 37, "Kasymzhomart Tokayev"};
  e.target = ActorRef{"DEU", "DEU", "Germany", 58, 65, ""};
  e.code = "042";
  e.root = "04";
  e.goldstein = 1.9;
  e.quad = 1;
  e.modality.reported = true;
  e.evidence.verb = "made a trip to";
  e.sentence_text = "As part of diplomatic efforts,\tthe Kazakh foreign minister\nalso made a trip to Germany.";
  return e;
}

TEST(TsvSink, HeaderAndColumns) {
  std::ostringstream out;
  auto sink = MakeTsvSink(out);
  ASSERT_TRUE(sink->Write(Visit()).ok());
  ASSERT_TRUE(sink->Flush().ok());
  const auto lines = Split(out.str(), '\n');
  ASSERT_EQ(lines.size(), 3u);  // header, one event, "" after the final '\n'
  EXPECT_EQ(lines[2], "");
  EXPECT_EQ(lines[0],
            "doc_id\tdate\tsource_code\ttarget_code\tcode\troot\tgoldstein\tquad\tnegated\t"
            "hypothetical\treported\tsource_text\ttarget_text\tverb\tsentence");
  const auto cols = Split(lines[1], '\t');
  ASSERT_EQ(cols.size(), 15u);
  const std::vector<std::string> expected = {
      "edm-117", "2006-05-18", "KAZGOV", "DEU", "042", "04", "1.9", "1", "0", "0", "1",
      "the Kazakh foreign minister", "Germany", "made a trip to",
      "As part of diplomatic efforts, the Kazakh foreign minister also made a trip to Germany."};
  EXPECT_EQ(cols, expected);
}

TEST(TsvSink, NoTargetNegativeGoldsteinAndBadBytes) {
  Event e = Visit();
  e.target.reset();
  e.code = "190";
  e.root = "19";
  e.goldstein = -10;
  e.quad = 4;
  e.modality = {true, false, false};
  e.sentence_text = "cr\r\nlf \xFF end";
  std::ostringstream out;
  auto sink = MakeTsvSink(out);
  ASSERT_TRUE(sink->Write(e).ok());
  const auto lines = Split(out.str(), '\n');
  ASSERT_EQ(lines.size(), 3u);
  const auto cols = Split(lines[1], '\t');
  ASSERT_EQ(cols.size(), 15u);
  EXPECT_EQ(cols[3], "");   // target_code
  EXPECT_EQ(cols[6], "-10");
  EXPECT_EQ(cols[7], "4");
  EXPECT_EQ(cols[8], "1");
  EXPECT_EQ(cols[12], "");  // target_text
  EXPECT_EQ(cols[14], "cr  lf \xEF\xBF\xBD end");
}

TEST(TsvSink, HeaderEvenWithoutEvents) {
  std::ostringstream out;
  auto sink = MakeTsvSink(out);
  ASSERT_TRUE(sink->Flush().ok());
  EXPECT_EQ(Split(out.str(), '\n').size(), 2u);
  EXPECT_EQ(out.str().rfind("doc_id\tdate\t", 0), 0u);
}

TEST(TsvSink, FailedStreamIsAnIoError) {
  std::ostringstream out;
  auto sink = MakeTsvSink(out);
  out.setstate(std::ios::failbit);
  EXPECT_EQ(sink->Write(Visit()).code(), Status::Code::kIoError);
  EXPECT_EQ(sink->Flush().code(), Status::Code::kIoError);
}

}  // namespace
}  // namespace dyad::out
