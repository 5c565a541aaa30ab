// serve/worker_pool.cc: two condition variables over two deques.
#include "serve/worker_pool.h"

namespace dyad::serve {
namespace {
thread_local bool tl_overloaded = false;
}  // namespace

WorkerPool::WorkerPool(size_t workers, size_t capacity) : capacity_(capacity) {
  if (workers == 0) workers = 1;
  free_ = workers;
  for (size_t i = 0; i < workers; ++i) workers_.emplace_back([this] { Work(); });
  shedder_ = std::thread([this] { Shed(); });
}

WorkerPool::~WorkerPool() { Shutdown(); }

bool WorkerPool::Overloaded() { return tl_overloaded; }

size_t WorkerPool::shed() const {
  std::lock_guard<std::mutex> lock(mu_);
  return shed_count_;
}

void WorkerPool::Enqueue(std::function<void()> job) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!stopping_ && queue_.size() < free_ + capacity_) {
      queue_.push_back(std::move(job));
      work_cv_.notify_one();
      return;
    }
    ++shed_count_;
    overflow_.push_back(std::move(job));
  }
  shed_cv_.notify_one();
}

void WorkerPool::Work() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock<std::mutex> lock(mu_);
      work_cv_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and drained
      job = std::move(queue_.front());
      queue_.pop_front();
      --free_;
    }
    job();
    std::lock_guard<std::mutex> lock(mu_);
    ++free_;
  }
}

void WorkerPool::Shed() {
  tl_overloaded = true;
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock<std::mutex> lock(mu_);
      shed_cv_.wait(lock, [&] { return stopping_ || !overflow_.empty(); });
      if (overflow_.empty()) return;
      job = std::move(overflow_.front());
      overflow_.pop_front();
    }
    job();
  }
}

void WorkerPool::Shutdown() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopping_ && workers_.empty()) return;
    stopping_ = true;
  }
  work_cv_.notify_all();
  shed_cv_.notify_all();
  for (auto& t : workers_) t.join();
  workers_.clear();
  if (shedder_.joinable()) shedder_.join();
}

}  // namespace dyad::serve
