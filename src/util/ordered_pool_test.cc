#include "util/ordered_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>

namespace dyad::util {
namespace {

// Items that take longer the earlier they come, so workers finish out of order; the
// results must still come out in submission order.
TEST(OrderedPool, ResultsInSubmissionOrder) {
  for (int threads : {1, 2, 4}) {
    std::vector<int> got;
    std::atomic<int> max_in_flight{0}, in_flight{0};
    {
      OrderedPool<int, std::string> pool(
          threads,
          [&](int& i) {
            int now = ++in_flight;
            int m = max_in_flight;
            while (now > m && !max_in_flight.compare_exchange_weak(m, now)) {}
            std::this_thread::sleep_for(std::chrono::microseconds((50 - i % 50) * 20));
            --in_flight;
            return std::to_string(i * 2);
          },
          [&](std::string&& s) { got.push_back(std::stoi(s)); }, 8);
      for (int i = 0; i < 200; ++i) pool.Submit(i);
      pool.Finish();
      pool.Finish();  // idempotent
    }
    ASSERT_EQ(got.size(), 200u) << threads;
    for (int i = 0; i < 200; ++i) ASSERT_EQ(got[i], i * 2) << threads;
    EXPECT_LE(max_in_flight.load(), std::max(threads, 1));
  }
}

// The destructor finishes the work when Finish was not called.
TEST(OrderedPool, DestructorFinishes) {
  std::vector<int> got;
  {
    OrderedPool<int, int> pool(2, [](int& i) { return i + 1; }, [&](int&& v) { got.push_back(v); });
    for (int i = 0; i < 10; ++i) pool.Submit(i);
  }
  ASSERT_EQ(got.size(), 10u);
  EXPECT_EQ(got[9], 10);
}

TEST(OrderedPool, ThreadCount) {
  EXPECT_EQ(ThreadCount(3), 3);
  EXPECT_GE(ThreadCount(0), 1);
  EXPECT_GE(ThreadCount(-1), 1);
}

}  // namespace
}  // namespace dyad::util
