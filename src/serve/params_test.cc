// Tests of request parsing: every parameter reaches its filter field, and every bad value
// is a 400 message naming the parameter or JSON field.
#include "serve/params.h"

#include <gtest/gtest.h>

namespace dyad::serve {
namespace {

std::string Message(const Status& s) { return s.message(); }

TEST(ParseEventsRequest, FillsTheFilterAndThePage) {
  Params p = {{"actor", "IRN*"}, {"actor", "usa"}, {"dyad", "USA,IRN"}, {"code", "042"}, {"root", "19"},
              {"quad", "4"}, {"from", "2019-01-01"}, {"to", "2019-12-31"}, {"facts_only", "true"},
              {"has_target", "1"}, {"dedup", "false"}, {"limit", "7"}, {"cursor", "41"}, {"place", "Berlin"}};
  auto r = ParseEventsRequest(p);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->filter.actors, (std::vector<std::string>{"IRN*", "usa"}));
  EXPECT_EQ(r->filter.dyads, (std::vector<std::string>{"USA,IRN"}));
  EXPECT_EQ(r->filter.codes, (std::vector<std::string>{"042"}));
  EXPECT_EQ(r->filter.roots, (std::vector<std::string>{"19"}));
  EXPECT_EQ(r->filter.quads, (std::vector<int>{4}));
  EXPECT_EQ(r->filter.from, "2019-01-01");
  EXPECT_EQ(r->filter.to, "2019-12-31");
  EXPECT_TRUE(r->filter.facts_only);
  EXPECT_TRUE(r->filter.has_target);
  EXPECT_FALSE(r->filter.dedup);
  EXPECT_EQ(r->filter.places, (std::vector<std::string>{"Berlin"}));
  EXPECT_EQ(r->limit, 7);
  EXPECT_EQ(r->filter.after_id, 41);
  auto d = ParseEventsRequest({});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->limit, 100);
  EXPECT_EQ(d->filter.after_id, 0);
}

TEST(ParseEventsRequest, BadValuesNameTheParameter) {
  struct Case {
    Params p;
    std::string starts;
  } cases[] = {
      {{{"from", "2019-13-01"}}, "parameter 'from': '2019-13-01' is not a date"},
      {{{"code", "42"}}, "parameter 'code': '42' is not a CAMEO event code"},
      {{{"root", "21"}}, "parameter 'root': '21' is not a CAMEO root"},
      {{{"actor", "IRN;DROP"}}, "parameter 'actor': 'IRN;DROP' is not an actor code"},
      {{{"dyad", "USA"}}, "parameter 'dyad': 'USA' is not SOURCE,TARGET"},
      {{{"quad", "5"}}, "parameter 'quad': '5' is not a whole number from 1 to 4"},
      {{{"limit", "0"}}, "parameter 'limit': '0' is not a whole number from 1 to 1000"},
      {{{"limit", "10x"}}, "parameter 'limit'"},
      {{{"cursor", "-3"}}, "parameter 'cursor': '-3' is not a whole number"},
      {{{"limit", "5"}, {"limit", "6"}}, "parameter 'limit': given twice"},
      {{{"from", "2019-01-01"}, {"from", "2019-02-01"}}, "parameter 'from': given twice"},
      {{{"facts_only", "yes"}}, "parameter 'facts_only': 'yes' is not a flag"},
      {{{"actr", "IRN"}}, "parameter 'actr': unknown parameter"},
      {{{"from", "2019-05-01"}, {"to", "2019-04-01"}}, "parameter 'from': 2019-05-01 is after --to"},
      {{{"quad_rule", "cameo"}}, "parameter 'quad_rule'"},
  };
  for (const auto& c : cases) {
    auto r = ParseEventsRequest(c.p);
    ASSERT_FALSE(r.ok()) << c.starts;
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
    EXPECT_EQ(Message(r.status()).rfind(c.starts, 0), 0u) << Message(r.status());
  }
}

TEST(ParseEventsRequest, TooManyValuesIsAnError) {
  Params p;
  RequestLimits l;
  l.max_values = 3;
  for (int i = 0; i < 4; ++i) {
    std::string code = "A";
    code += std::to_string(i);
    p.emplace("actor", code);
  }
  auto r = ParseEventsRequest(p, l);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(Message(r.status()), "parameter 'actor': more than 3 values");
}

TEST(ParseAggregateRequest, KeysTopAndFill) {
  auto r = ParseAggregateRequest({{"by", "country-dyad,month"}, {"actor", "IRN*"}});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->aggregation.by, (std::vector<std::string>{"country-dyad", "month"}));
  EXPECT_TRUE(r->aggregation.fill);  // one time key, no top: periods are zero-filled
  EXPECT_EQ(r->filter.actors, (std::vector<std::string>{"IRN*"}));
  auto d = ParseAggregateRequest({});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->aggregation.by, (std::vector<std::string>{"month"}));
  auto t = ParseAggregateRequest({{"by", "dyad"}, {"top", "5"}});
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->aggregation.top, 5);
  EXPECT_FALSE(t->aggregation.fill);  // no time key
  auto nf = ParseAggregateRequest({{"by", "week"}, {"fill", "false"}});
  ASSERT_TRUE(nf.ok());
  EXPECT_FALSE(nf->aggregation.fill);
}

TEST(ParseAggregateRequest, BadKeysNameTheParameter) {
  auto r = ParseAggregateRequest({{"by", "month,planet"}});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(Message(r.status()).rfind("parameter 'by': 'planet' is not a grouping (one of: dyad, ", 0), 0u)
      << Message(r.status());
  auto f = ParseAggregateRequest({{"by", "dyad"}, {"fill", "true"}});
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(Message(f.status()), "parameter 'fill': needs exactly one of day, week, month, year in 'by'");
  auto t = ParseAggregateRequest({{"by", "month"}, {"top", "-1"}});
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(Message(t.status()).rfind("parameter 'top'", 0), 0u);
  auto u = ParseAggregateRequest({{"limit", "3"}});  // a parameter of /v1/events only
  ASSERT_FALSE(u.ok());
  EXPECT_EQ(Message(u.status()), "parameter 'limit': unknown parameter");
}

TEST(ParseCodeRequest, OneTextOrABatch) {
  auto one = ParseCodeRequest(R"({"text":"Iran visited Germany.","date":"2019-04-10"})");
  ASSERT_TRUE(one.ok()) << one.status().message();
  ASSERT_EQ(one->docs.size(), 1u);
  EXPECT_EQ(one->docs[0].id, "doc-0");
  EXPECT_EQ(one->docs[0].text, "Iran visited Germany.");
  EXPECT_EQ(one->docs[0].date, "2019-04-10");
  auto batch = ParseCodeRequest(
      R"({"date":"2019-01-01","documents":[{"id":"a","text":"x"},{"text":"y","date":"2020-02-29"}]})");
  ASSERT_TRUE(batch.ok()) << batch.status().message();
  ASSERT_EQ(batch->docs.size(), 2u);
  EXPECT_EQ(batch->docs[0].id, "a");
  EXPECT_EQ(batch->docs[0].date, "2019-01-01");  // the batch's date
  EXPECT_EQ(batch->docs[1].id, "doc-1");
  EXPECT_EQ(batch->docs[1].date, "2020-02-29");  // its own
}

TEST(ParseCodeRequest, ErrorsNameTheField) {
  struct Case {
    const char* body;
    const char* message;
  } cases[] = {
      {"{\"text\": ", "body: not valid JSON (want {\"text\": ...} or {\"documents\": [...]})"},
      {"[1,2]", "body: not a JSON object (want {\"text\": ...} or {\"documents\": [...]})"},
      {"{}", "field 'text': give either 'text' (one document) or 'documents' (a list), not neither"},
      {R"({"text":"a","documents":[]})", "field 'text': give either 'text' (one document) or 'documents' (a list), not both"},
      {R"({"text":5})", "field 'text': not a string"},
      {R"({"text":"a","date":"2019-02-30"})", "field 'date': '2019-02-30' is not a date (want YYYY-MM-DD)"},
      {R"({"documents":{}})", "field 'documents': not a list"},
      {R"({"documents":[{"text":"a"},{"id":"b"}]})", "field 'documents[1].text': missing (a string is required)"},
      {R"({"documents":[{"text":"a","date":"tomorrow"}]})", "field 'documents[0].date': 'tomorrow' is not a date (want YYYY-MM-DD)"},
      {R"({"documents":[7]})", "field 'documents[0]': not an object"},
  };
  for (const auto& c : cases) {
    auto r = ParseCodeRequest(c.body);
    ASSERT_FALSE(r.ok()) << c.body;
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
    EXPECT_EQ(Message(r.status()), c.message) << c.body;
  }
  RequestLimits l;
  l.max_documents = 1;
  auto many = ParseCodeRequest(R"({"documents":[{"text":"a"},{"text":"b"}]})", l);
  ASSERT_FALSE(many.ok());
  EXPECT_EQ(Message(many.status()), "field 'documents': 2 documents, more than 1 in one request");
}

TEST(ParseEventId, PositiveWholeNumbersOnly) {
  EXPECT_EQ(ParseEventId("17").value(), 17);
  for (const char* bad : {"", "0", "-1", "1e3", "12a", "99999999999999999999"}) {
    auto r = ParseEventId(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(Message(r.status()).rfind("path 'id': ", 0), 0u);
  }
}

}  // namespace
}  // namespace dyad::serve
