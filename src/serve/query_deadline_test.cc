// Tests of the SQL time budget: an expired budget interrupts, a generous one does not,
// and the connection works normally once the deadline object is gone.
#include "serve/query_deadline.h"

#include <gtest/gtest.h>

#include "store/query.h"
#include "store/store_test_util.h"

namespace dyad::serve {
namespace {

using store::testing::MakeDoc;
using store::testing::MakeEvent;

int64_t CountEvents(store::Store& s, Status* status) {
  int64_t n = 0;
  *status = store::ForEachEvent(s, store::EventFilter{}, 0, [&](const out::ExportRecord&) { return ++n, true; });
  return n;
}

TEST(QueryDeadline, InterruptsOnlyWhileExpired) {
  auto opened = store::Store::Open(store::testing::TempDb("deadline"));
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  store::Store& s = *opened.value();
  ASSERT_TRUE(s.Begin().ok());
  ASSERT_TRUE(s.Write(MakeDoc("a", "ta", "2019-04-10",
                              {MakeEvent("a", 0, "USAGOV", "IRN", "042", "2019-04-10", "US officials visited Tehran."),
                               MakeEvent("a", 1, "IRN", "USA", "111", "2019-04-11", "Iran criticised Washington.")}))
                  .ok());
  ASSERT_TRUE(s.Commit().ok());
  Status st;
  {
    QueryDeadline d(s.db(), std::chrono::milliseconds(0));
    CountEvents(s, &st);
    EXPECT_FALSE(st.ok());
    EXPECT_NE(st.message().find("interrupt"), std::string::npos) << st.message();
    EXPECT_TRUE(d.expired());
  }
  EXPECT_EQ(CountEvents(s, &st), 2);  // the handler is gone
  EXPECT_TRUE(st.ok()) << st.message();
  QueryDeadline generous(s.db(), std::chrono::hours(1));
  EXPECT_EQ(CountEvents(s, &st), 2);
  EXPECT_TRUE(st.ok()) << st.message();
  EXPECT_FALSE(generous.expired());
}

}  // namespace
}  // namespace dyad::serve
