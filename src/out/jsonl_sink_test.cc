// Tests of the JSON Lines sink: the output is parsed back with nlohmann and each field
// compared with the event that was written.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "out/sink.h"

namespace dyad::out {
namespace {

// Tokayev's June 6 visit to Tehran, from the seed article; offsets are into its text
// ("During his June 6 visit to Tehran Kazakh Foreign Minister Kasymzhomart Tokayev ...").
Event SeedVisit() {
  Event e;
  e.doc_id = "eurasia-daily-monitor-v3-i117.txt";
  e.sentence = 0;
  e.date = "2006-06-06";
  e.date_source = "text";
  e.source = ActorRef{"KAZGOV", "KAZ", "Kazakh Foreign Minister Kasymzhomart Tokayev", 34, 78,
                      "Kasymzhomart Tokayev"};
  e.target = ActorRef{"IRN", "IRN", "Tehran", 27, 33, ""};
  e.code = "042";
  e.root = "04";
  e.goldstein = 1.9;
  e.quad = 1;
  e.plover = "CONSULT";
  e.evidence = Evidence{"visit", 18, 23, "* VISIT_ TO +", "dictionaries/verbs.dict:120"};
  e.sentence_text = "During his June 6 visit to Tehran Kazakh Foreign Minister Kasymzhomart Tokayev extended a message.";
  e.sentence_start = 0;
  e.sentence_end = 99;
  return e;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A year alone is not a day: the precision goes beside the date; a coder that sets none
// means a day; no date, no precision.
TEST(JsonlSink, DatePrecision) {
  Event e = SeedVisit();
  e.date = "2013-01-01";
  e.date_precision = "year";
  std::ostringstream out;
  auto sink = MakeJsonlSink(out);
  ASSERT_TRUE(sink->Write(e).ok());
  e.date_precision = "";
  ASSERT_TRUE(sink->Write(e).ok());
  e.date = "";
  ASSERT_TRUE(sink->Write(e).ok());
  ASSERT_TRUE(sink->Flush().ok());
  const auto lines = Lines(out.str());
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(nlohmann::json::parse(lines[0])["date_precision"], "year");
  EXPECT_EQ(nlohmann::json::parse(lines[1])["date_precision"], "day");
  EXPECT_TRUE(nlohmann::json::parse(lines[2])["date_precision"].is_null());
}

TEST(JsonlSink, WritesEveryFieldInOrder) {
  std::ostringstream out;
  auto sink = MakeJsonlSink(out);
  ASSERT_TRUE(sink->Write(SeedVisit()).ok());
  ASSERT_TRUE(sink->Flush().ok());
  const auto lines = Lines(out.str());
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(out.str().back(), '\n');

  const auto j = nlohmann::ordered_json::parse(lines[0]);
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  const std::vector<std::string> expected = {
      "doc_id", "sentence", "date",     "date_source", "date_precision", "source",   "target",
      "code",   "root",     "goldstein", "quad",       "plover",   "modality",
      "location", "evidence", "citation", "sentence_text", "sentence_start", "sentence_end"};
  EXPECT_EQ(keys, expected);

  EXPECT_EQ(j["doc_id"], "eurasia-daily-monitor-v3-i117.txt");
  EXPECT_EQ(j["sentence"], 0);
  EXPECT_EQ(j["date"], "2006-06-06");
  EXPECT_EQ(j["date_source"], "text");
  EXPECT_EQ(j["source"]["code"], "KAZGOV");
  EXPECT_EQ(j["source"]["country"], "KAZ");
  EXPECT_EQ(j["source"]["text"], "Kazakh Foreign Minister Kasymzhomart Tokayev");
  EXPECT_EQ(j["source"]["start"], 34);
  EXPECT_EQ(j["source"]["end"], 78);
  EXPECT_EQ(j["source"]["name"], "Kasymzhomart Tokayev");
  EXPECT_EQ(j["target"]["code"], "IRN");
  EXPECT_FALSE(j["target"].contains("name"));  // only when non-empty
  EXPECT_TRUE(j["code"].is_string());
  EXPECT_EQ(j["code"], "042");
  EXPECT_EQ(j["root"], "04");
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), 1.9);
  EXPECT_EQ(j["quad"], 1);
  EXPECT_EQ(j["plover"], "CONSULT");
  EXPECT_EQ(j["modality"]["negated"], false);
  EXPECT_EQ(j["modality"]["hypothetical"], false);
  EXPECT_EQ(j["modality"]["reported"], false);
  EXPECT_TRUE(j["location"].is_null());
  EXPECT_EQ(j["evidence"]["verb"], "visit");
  EXPECT_EQ(j["evidence"]["start"], 18);
  EXPECT_EQ(j["evidence"]["end"], 23);
  EXPECT_EQ(j["evidence"]["pattern"], "* VISIT_ TO +");
  EXPECT_EQ(j["evidence"]["where"], "dictionaries/verbs.dict:120");
  EXPECT_TRUE(j["citation"].is_null());  // empty -> null
  EXPECT_EQ(j["sentence_end"], 99);
  // The numbers as written: shortest form, no 1.8999999.
  EXPECT_NE(lines[0].find("\"goldstein\":1.9,"), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("\"code\":\"042\""), std::string::npos);
}

TEST(JsonlSink, NullsAndNumbers) {
  Event e = SeedVisit();
  e.target.reset();
  e.date.clear();
  e.date_source.clear();
  e.code = "190";
  e.root = "19";
  e.goldstein = -10;
  e.quad = 4;
  e.modality = {true, true, false};
  e.citation = "(Tehran Times, June 8)";
  e.location = Location{"Almaty", "KAZ", 43.25, 76.95, 1526384};
  std::ostringstream out;
  auto sink = MakeJsonlSink(out);
  ASSERT_TRUE(sink->Write(e).ok());
  const std::string line = out.str();
  const auto j = nlohmann::json::parse(line);
  EXPECT_TRUE(j["target"].is_null());
  EXPECT_TRUE(j["date"].is_null());
  EXPECT_TRUE(j["date_source"].is_null());
  EXPECT_NE(line.find("\"goldstein\":-10,"), std::string::npos) << line;
  EXPECT_EQ(j["modality"]["negated"], true);
  EXPECT_EQ(j["modality"]["hypothetical"], true);
  EXPECT_EQ(j["citation"], "(Tehran Times, June 8)");
  EXPECT_EQ(j["location"]["name"], "Almaty");
  EXPECT_EQ(j["location"]["country"], "KAZ");
  EXPECT_DOUBLE_EQ(j["location"]["lat"].get<double>(), 43.25);
  EXPECT_DOUBLE_EQ(j["location"]["lon"].get<double>(), 76.95);
  EXPECT_EQ(j["location"]["geonameid"], 1526384);
  EXPECT_NE(line.find("\"lat\":43.25,\"lon\":76.95,"), std::string::npos) << line;
}

TEST(JsonlSink, EscapesQuotesNewlinesControlsAndUnicode) {
  Event e = SeedVisit();
  e.doc_id = "a\"b\\c";
  e.sentence_text = std::string("He said \"no\".\nThen\ttab\r, bell\x07, nul") + '\0' +
                    ", Tehran\xE2\x80\x99s \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80";
  std::ostringstream out;
  auto sink = MakeJsonlSink(out);
  ASSERT_TRUE(sink->Write(e).ok());
  const std::string line = out.str();
  ASSERT_EQ(Lines(line).size(), 1u);  // the newline in the text is escaped
  EXPECT_NE(line.find("\\u0007"), std::string::npos);
  EXPECT_NE(line.find("\\u0000"), std::string::npos);
  const auto j = nlohmann::json::parse(line);
  EXPECT_EQ(j["doc_id"], "a\"b\\c");
  EXPECT_EQ(j["sentence_text"], e.sentence_text);  // round-trips byte for byte
}

TEST(JsonlSink, InvalidUtf8IsReplacedNotThrown) {
  Event e = SeedVisit();
  e.sentence_text = "bad \xFF byte, cut \xE2\x80";
  e.source->text = "\xC0\xAF";
  std::ostringstream out;
  auto sink = MakeJsonlSink(out);
  ASSERT_TRUE(sink->Write(e).ok());
  nlohmann::json j;
  ASSERT_NO_THROW(j = nlohmann::json::parse(out.str()));
  EXPECT_EQ(j["sentence_text"], "bad \xEF\xBF\xBD byte, cut \xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(j["source"]["text"], "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(j["source"]["start"], 34);  // offsets still into the original text
}

TEST(JsonlSink, ManyEventsManyLines) {
  std::ostringstream out;
  auto sink = MakeJsonlSink(out);
  for (int i = 0; i < 3; ++i) {
    Event e = SeedVisit();
    e.sentence = i;
    ASSERT_TRUE(sink->Write(e).ok());
  }
  const auto lines = Lines(out.str());
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(nlohmann::json::parse(lines[2])["sentence"], 2);
}

TEST(JsonlSink, FailedStreamIsAnIoError) {
  std::ostringstream out;
  auto sink = MakeJsonlSink(out);
  out.setstate(std::ios::badbit);
  Status s = sink->Write(SeedVisit());
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_EQ(sink->Flush().code(), Status::Code::kIoError);

  std::ofstream closed;  // never opened: every write fails
  auto sink2 = MakeJsonlSink(closed);
  EXPECT_EQ(sink2->Write(SeedVisit()).code(), Status::Code::kIoError);
}

}  // namespace
}  // namespace dyad::out
