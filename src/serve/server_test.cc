// API tests: a real server on a free loopback port, a real HTTP client, a small store.
// Every test stops its server (the fixture's TearDown) and every client call has a
// timeout, so a broken server fails the test instead of hanging the suite.
#include "serve/server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "code/coder_test_util.h"
#include "store/store_test_util.h"

namespace dyad::serve {
namespace {

using nlohmann::json;
using store::testing::MakeDoc;
using store::testing::MakeEvent;

// Five events: 1 USAGOV>IRN 042 (2019-04-10, with real spans), 2 IRN>USA 111 (04-11),
// 3 USAGOV>IRN 042 (04-10, another document: same cluster as 1), 4 IRNMIL>ISR 190
// (05-02), 5 DEU 010 (06-30, no target, in Berlin).
std::string MakeStore(const std::string& name) {
  const std::string path = store::testing::TempDb(name);
  auto s = store::Store::Open(path);
  EXPECT_TRUE(s.ok()) << s.status().message();
  auto& st = *s.value();
  const std::string text = "Intro. US officials visited Tehran for peace talks.";
  Event first = MakeEvent("a", 1, "USAGOV", "IRN", "042", "2019-04-10", "US officials visited Tehran for peace talks.");
  first.sentence_start = 7;
  first.sentence_end = static_cast<uint32_t>(text.size());
  first.source->text = "US officials";
  first.source->start = 7, first.source->end = 19;
  first.target->text = "Tehran";
  first.target->start = 28, first.target->end = 34;
  first.evidence.start = 20, first.evidence.end = 27;
  std::vector<store::CodedDocument> docs;
  docs.push_back(MakeDoc("a", text, "2019-04-10",
                         {first, MakeEvent("a", 2, "IRN", "USA", "111", "2019-04-11", "Iran criticised Washington.")}));
  docs.push_back(MakeDoc("b", "tb", "2019-04-10",
                         {MakeEvent("b", 0, "USAGOV", "IRN", "042", "2019-04-10", "American envoys visited Iran."),
                          MakeEvent("b", 2, "IRNMIL", "ISR", "190", "2019-05-02", "Iranian forces attacked Israel.")}));
  docs.push_back(MakeDoc("c", "tc", "2019-06-30", {MakeEvent("c", 0, "DEU", "", "010", "2019-06-30", "Germany said nothing new.")}));
  docs.back().events[0].location = Location{"Berlin", "DEU", 52.52, 13.40, 2950159};
  EXPECT_TRUE(st.Begin().ok());
  for (const auto& d : docs) EXPECT_TRUE(st.Write(d).ok());
  EXPECT_TRUE(st.Commit().ok());
  return path;
}

const Coder& MiniCoder() {
  static std::unique_ptr<Coder> c = [] {
    CoderOptions o;
    o.use_syntax = false;
    auto r = Coder::Create(MiniDict(), o);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return std::move(r).value();
  }();
  return *c;
}

// A server on its own thread; stopped and joined when destroyed.
class Running {
 public:
  explicit Running(ServeOptions o) {
    o.port = 0;
    o.version.dyad = "test-version";
    auto s = Server::Create(o, &MiniCoder());
    EXPECT_TRUE(s.ok()) << s.status().message();
    if (!s.ok()) return;
    server_ = std::move(s).value();
    thread_ = std::thread([this] { status_ = server_->Run(); });
  }
  ~Running() { (void)Stop(); }
  Status Stop() {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    return status_;
  }
  int port() const { return server_ ? server_->port() : 0; }
  std::unique_ptr<httplib::Client> Client() const {
    auto c = std::make_unique<httplib::Client>("127.0.0.1", port());
    c->set_connection_timeout(10);
    c->set_read_timeout(30);
    c->set_write_timeout(30);
    return c;
  }

 private:
  std::unique_ptr<Server> server_;
  std::thread thread_;
  Status status_;
};

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = MakeStore("serve");
    ServeOptions o;
    o.db = db_;
    o.body_limit = 4096;
    server_ = std::make_unique<Running>(o);
    ASSERT_GT(server_->port(), 0);
    client_ = server_->Client();
  }
  void TearDown() override {
    client_.reset();
    if (server_) {
      EXPECT_TRUE(server_->Stop().ok());
    }
  }

  // GET path; the status and the parsed body.
  std::pair<int, json> Get(const std::string& path) {
    auto r = client_->Get(path.c_str());
    if (!r) return {-1, json()};
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json") << path;
    return {r->status, json::parse(r->body, nullptr, false)};
  }
  std::pair<int, json> Post(const std::string& path, const std::string& body) {
    auto r = client_->Post(path.c_str(), body, "application/json");
    if (!r) return {-1, json()};
    return {r->status, json::parse(r->body, nullptr, false)};
  }
  static std::vector<int64_t> Ids(const json& events) {
    std::vector<int64_t> ids;
    for (const auto& e : events) ids.push_back(e["event_id"].get<int64_t>());
    return ids;
  }

  std::string db_;
  std::unique_ptr<Running> server_;
  std::unique_ptr<httplib::Client> client_;
};

using IdList = std::vector<int64_t>;

TEST_F(ServerTest, HealthAndVersion) {
  auto [code, body] = Get("/v1/health");
  ASSERT_EQ(code, 200);
  EXPECT_EQ(body["status"], "ok");
  EXPECT_EQ(body["events"], 5);
  EXPECT_EQ(body["documents"], 3);
  auto [vcode, v] = Get("/v1/version");
  ASSERT_EQ(vcode, 200);
  EXPECT_EQ(v["dyad"], "test-version");
  EXPECT_EQ(v["api"], "v1");
}

TEST_F(ServerTest, EventsPageWithAStableCursor) {
  auto [c1, p1] = Get("/v1/events?limit=2");
  ASSERT_EQ(c1, 200) << p1.dump();
  EXPECT_EQ(Ids(p1["events"]), (IdList{1, 2}));
  ASSERT_EQ(p1["next_cursor"], "2");
  auto [c2, p2] = Get("/v1/events?limit=2&cursor=2");
  EXPECT_EQ(Ids(p2["events"]), (IdList{3, 4}));
  ASSERT_EQ(p2["next_cursor"], "4");
  auto [c3, p3] = Get("/v1/events?limit=2&cursor=4");
  EXPECT_EQ(Ids(p3["events"]), (IdList{5}));
  EXPECT_TRUE(p3["next_cursor"].is_null());
  // A full last page has no next page either.
  auto [c4, p4] = Get("/v1/events?limit=5");
  EXPECT_EQ(p4["events"].size(), 5u);
  EXPECT_TRUE(p4["next_cursor"].is_null());
  // The event objects are the JSON Lines schema plus the store's ids.
  const json& e = p1["events"][0];
  EXPECT_EQ(e["source"]["code"], "USAGOV");
  EXPECT_EQ(e["target"]["code"], "IRN");
  EXPECT_EQ(e["code"], "042");
  EXPECT_EQ(e["date"], "2019-04-10");
  EXPECT_EQ(e["cluster_events"], 2);
}

TEST_F(ServerTest, EventsFilterAsDyadQuery) {
  EXPECT_EQ(Ids(Get("/v1/events?actor=IRN*").second["events"]), (IdList{1, 2, 3, 4}));
  EXPECT_EQ(Ids(Get("/v1/events?dyad=USAGOV,IRN&dedup=true").second["events"]), (IdList{1}));
  EXPECT_EQ(Ids(Get("/v1/events?root=19").second["events"]), (IdList{4}));
  EXPECT_EQ(Ids(Get("/v1/events?has_target=true&from=2019-04-11").second["events"]), (IdList{2, 4}));
  EXPECT_EQ(Ids(Get("/v1/events?place=berlin").second["events"]), (IdList{5}));
  EXPECT_EQ(Ids(Get("/v1/events?actor=IRN*&limit=2&cursor=2").second["events"]), (IdList{3, 4}));
  EXPECT_EQ(Ids(Get("/v1/events?text=envoys").second["events"]), (IdList{3}));
}

TEST_F(ServerTest, BadParametersAre400NamingTheParameter) {
  auto [c, b] = Get("/v1/events?from=2019-02-30");
  EXPECT_EQ(c, 400);
  EXPECT_EQ(b["error"]["status"], 400);
  EXPECT_EQ(b["error"]["message"].get<std::string>().rfind("parameter 'from': '2019-02-30' is not a date", 0), 0u)
      << b.dump();
  auto [u, ub] = Get("/v1/events?actr=IRN");
  EXPECT_EQ(u, 400);
  EXPECT_EQ(ub["error"]["message"], "parameter 'actr': unknown parameter");
  auto [t, tb] = Get("/v1/events?text=%22unterminated");
  EXPECT_EQ(t, 400);
  EXPECT_EQ(tb["error"]["message"].get<std::string>().rfind("parameter 'text': ", 0), 0u) << tb.dump();
  auto [a, ab] = Get("/v1/aggregate?by=planet");
  EXPECT_EQ(a, 400);
  EXPECT_EQ(ab["error"]["message"].get<std::string>().rfind("parameter 'by': 'planet'", 0), 0u);
}

TEST_F(ServerTest, OneEventWithItsEvidence) {
  auto [c, b] = Get("/v1/events/1");
  ASSERT_EQ(c, 200) << b.dump();
  EXPECT_EQ(b["event"]["event_id"], 1);
  EXPECT_EQ(b["event"]["doc_url"], "https://example.org/a");
  const json& ev = b["evidence"];
  const std::string sentence = ev["sentence"];
  EXPECT_EQ(sentence, "US officials visited Tehran for peace talks.");
  auto span = [&](const char* k) {
    return sentence.substr(ev[k][0].get<size_t>(), ev[k][1].get<size_t>() - ev[k][0].get<size_t>());
  };
  EXPECT_EQ(span("source"), "US officials");
  EXPECT_EQ(span("target"), "Tehran");
  EXPECT_EQ(span("predicate"), "visited");
  EXPECT_EQ(ev["where"], "test.dict:1");
  auto [n, nb] = Get("/v1/events/5");
  ASSERT_EQ(n, 200);
  EXPECT_TRUE(nb["evidence"]["target"].is_null());  // event 5 has no target
}

TEST_F(ServerTest, UnknownIdIs404AndBadIdIs400) {
  auto [c, b] = Get("/v1/events/999");
  EXPECT_EQ(c, 404);
  EXPECT_EQ(b["error"]["message"], "no event with id 999");
  auto [x, xb] = Get("/v1/events/abc");
  EXPECT_EQ(x, 400);
  EXPECT_EQ(xb["error"]["message"].get<std::string>().rfind("path 'id': 'abc'", 0), 0u);
  auto [r, rb] = Get("/v1/no-such-thing");
  EXPECT_EQ(r, 404);
  EXPECT_EQ(rb["error"]["status"], 404);
}

TEST_F(ServerTest, AggregateFillsEmptyPeriodsWithZeros) {
  auto [c, b] = Get("/v1/aggregate?by=month&actor=IRN*&from=2019-03-01&to=2019-07-31");
  ASSERT_EQ(c, 200) << b.dump();
  EXPECT_EQ(b["columns"], json({"month", "events", "goldstein_sum", "goldstein_mean"}));
  const json& rows = b["rows"];
  ASSERT_EQ(rows.size(), 5u) << rows.dump();
  EXPECT_EQ(rows[0], json({{"month", "2019-03"}, {"events", 0}, {"goldstein_sum", 0}, {"goldstein_mean", nullptr}}));
  EXPECT_EQ(rows[1], json({{"month", "2019-04"}, {"events", 3}, {"goldstein_sum", 4.5}, {"goldstein_mean", 1.5}}));
  EXPECT_EQ(rows[2], json({{"month", "2019-05"}, {"events", 1}, {"goldstein_sum", -10}, {"goldstein_mean", -10}}));
  EXPECT_EQ(rows[3]["events"], 0);
  EXPECT_EQ(rows[4]["month"], "2019-07");
}

TEST_F(ServerTest, AggregateByCountryDyadAndQuad) {
  auto [c, b] = Get("/v1/aggregate?by=country&top=2");
  ASSERT_EQ(c, 200) << b.dump();
  ASSERT_EQ(b["rows"].size(), 2u);
  EXPECT_EQ(b["rows"][0]["country"], "IRN");  // IRN in 4 events (USA in 3)
  EXPECT_EQ(b["rows"][0]["events"], 4);
  auto [q, qb] = Get("/v1/aggregate?by=quad,week&from=2019-04-08&to=2019-04-21&has_target=true");
  ASSERT_EQ(q, 200) << qb.dump();
  // Weeks of 04-08 and 04-15, for each QuadClass with events: 1 (042 x2), 3 (111).
  EXPECT_EQ(qb["rows"].size(), 4u) << qb.dump();
}

TEST_F(ServerTest, CodeReturnsEventsAndNeverWrites) {
  auto [c, b] = Post("/v1/code", R"({"text":"Iran visited Germany.","date":"2019-04-10","id":"x"})");
  ASSERT_EQ(c, 200) << b.dump();
  ASSERT_EQ(b["documents"].size(), 1u);
  EXPECT_EQ(b["documents"][0]["id"], "x");
  const json& events = b["documents"][0]["events"];
  ASSERT_EQ(events.size(), 1u) << b.dump();
  EXPECT_EQ(events[0]["source"]["code"], "IRN");
  EXPECT_EQ(events[0]["target"]["code"], "DEU");
  EXPECT_EQ(events[0]["code"], "042");
  EXPECT_EQ(events[0]["doc_id"], "x");
  auto [bc, bb] = Post("/v1/code", R"({"documents":[{"text":"Germany visited Japan."},{"text":"Nothing here."}]})");
  ASSERT_EQ(bc, 200);
  ASSERT_EQ(bb["documents"].size(), 2u);
  EXPECT_EQ(bb["documents"][0]["events"][0]["target"]["code"], "JPN");
  EXPECT_EQ(bb["documents"][1]["events"].size(), 0u);
  EXPECT_EQ(Get("/v1/health").second["events"], 5);  // the store is as it was
}

TEST_F(ServerTest, MalformedBodyIs400AndOversizedIs413) {
  auto [c, b] = Post("/v1/code", "{\"text\": tru");
  EXPECT_EQ(c, 400);
  EXPECT_EQ(b["error"]["message"].get<std::string>().rfind("body: not valid JSON", 0), 0u);
  auto [m, mb] = Post("/v1/code", R"({"documents":[{"id":"q"}]})");
  EXPECT_EQ(m, 400);
  EXPECT_EQ(mb["error"]["message"], "field 'documents[0].text': missing (a string is required)");
  // The fixture's limit is 4096 bytes.
  const std::string big = R"({"text":")" + std::string(5000, 'a') + "\"}";
  auto [t, tb] = Post("/v1/code", big);
  EXPECT_EQ(t, 413);
  EXPECT_EQ(tb["error"]["status"], 413);
}

// With one worker and no queue, a connection that finds the worker busy (here: held by
// another client's kept-alive connection) is answered 503 at once, and served again when
// the worker is free.
TEST(ServerOverload, AFullPoolAnswers503) {
  ServeOptions o;
  o.db = MakeStore("serve-overload");
  o.workers = 1;
  o.queue = 0;
  o.keep_alive_s = 60;
  Running server(o);
  ASSERT_GT(server.port(), 0);
  auto holder = server.Client();
  holder->set_keep_alive(true);
  auto first = holder->Get("/v1/health");
  ASSERT_TRUE(first);
  ASSERT_EQ(first->status, 200);  // the worker now waits on this open connection
  auto other = server.Client();
  auto shed = other->Get("/v1/health");
  ASSERT_TRUE(shed);
  EXPECT_EQ(shed->status, 503);
  auto j = json::parse(shed->body, nullptr, false);
  EXPECT_EQ(j["error"]["status"], 503);
  EXPECT_EQ(shed->get_header_value("Retry-After"), "1");
  holder->stop();  // frees the worker
  int status = 0;
  for (int i = 0; i < 200 && status != 200; ++i) {  // until the worker has seen the close
    auto again = server.Client()->Get("/v1/health");
    status = again ? again->status : -1;
    if (status != 200) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_EQ(status, 200);
  EXPECT_TRUE(server.Stop().ok());
}

TEST(ServerCreate, FailsNamingTheStoreOrTheAddress) {
  ServeOptions o;
  o.db = "/nonexistent/dir/store.db";
  o.port = 0;
  auto s = Server::Create(o, nullptr);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("/nonexistent/dir/store.db"), std::string::npos) << s.status().message();
  o.db = MakeStore("serve-create");
  o.bind = "203.0.113.9";  // TEST-NET-3: not an address of this machine
  auto b = Server::Create(o, nullptr);
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.status().message().find("203.0.113.9"), std::string::npos) << b.status().message();
}

}  // namespace
}  // namespace dyad::serve
