// Tests of the bounded worker pool: jobs run, a full queue sheds, Shutdown drains.
#include "serve/worker_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <future>

namespace dyad::serve {
namespace {

// A job that blocks until released, so that the pool's state is known without timing.
struct Gate {
  std::promise<void> started, release;
  std::shared_future<void> released = release.get_future().share();
};

TEST(WorkerPool, RunsJobsOnWorkersNotShed) {
  WorkerPool pool(2, 4);
  std::atomic<int> ran{0}, overloaded{0};
  for (int i = 0; i < 3; ++i) {
    pool.Enqueue([&] {
      overloaded += WorkerPool::Overloaded();
      ++ran;
    });
  }
  pool.Shutdown();  // drains
  EXPECT_EQ(ran, 3);
  EXPECT_EQ(overloaded, 0);
  EXPECT_EQ(pool.shed(), 0u);
}

TEST(WorkerPool, AFullQueueShedsToTheOverloadedLane) {
  WorkerPool pool(1, 1);
  Gate busy;
  pool.Enqueue([&] {
    busy.started.set_value();
    busy.released.wait();
  });
  busy.started.get_future().wait();  // the only worker is busy now
  std::atomic<bool> queued_overloaded{true}, ran_queued{false};
  pool.Enqueue([&] {  // waits in the queue (capacity 1)
    queued_overloaded = WorkerPool::Overloaded();
    ran_queued = true;
  });
  std::promise<bool> shed_flag;
  pool.Enqueue([&] { shed_flag.set_value(WorkerPool::Overloaded()); });  // queue full: shed
  EXPECT_TRUE(shed_flag.get_future().get());
  EXPECT_EQ(pool.shed(), 1u);
  EXPECT_FALSE(ran_queued);  // still waiting behind the busy worker
  busy.release.set_value();
  pool.Shutdown();
  EXPECT_TRUE(ran_queued);
  EXPECT_FALSE(queued_overloaded);
}

TEST(WorkerPool, ShutdownFinishesQueuedJobs) {
  std::atomic<int> ran{0};
  {
    WorkerPool pool(1, 100);
    for (int i = 0; i < 50; ++i) pool.Enqueue([&] { ++ran; });
  }  // the destructor shuts down
  EXPECT_EQ(ran, 50);
}

}  // namespace
}  // namespace dyad::serve
