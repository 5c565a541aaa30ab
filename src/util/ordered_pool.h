// util/ordered_pool.h: work items on N threads, results handed back in submission order.
//
// Idea. The caller submits items one by one from one thread; worker threads run `work` on
// them in any order; results wait in a reorder map keyed by sequence number and are passed
// to `emit` strictly in submission order, on the caller's thread, during Submit and Finish.
// So `emit` needs no locking (it can write to stdout), and output is the same whatever the
// thread count. Submit blocks while `window` items are in flight (submitted, not emitted),
// which bounds memory: at most `window` items and results are held, however long the input
// and however slow one item is.
// With threads <= 1 there are no threads: Submit runs work and emit at once.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace dyad::util {

// Threads to use for a --threads value: n when n > 0, else all cores (at least 1).
inline int ThreadCount(int n) {
  return n > 0 ? n : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

template <typename In, typename Out>
class OrderedPool {
 public:
  using Work = std::function<Out(In&)>;   // runs on worker threads; must be thread-safe
  using Emit = std::function<void(Out&&)>;  // runs on the caller's thread, in order

  // `window` 0: 4 per thread.
  OrderedPool(int threads, Work work, Emit emit, size_t window = 0)
      : work_(std::move(work)), emit_(std::move(emit)),
        window_(window ? window : 4 * static_cast<size_t>(std::max(threads, 1))) {
    if (threads <= 1) return;
    for (int t = 0; t < threads; ++t) workers_.emplace_back([this] { WorkerLoop(); });
  }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;
  ~OrderedPool() { Finish(); }

  // Queues `in`; emits every result that is ready, waiting while the window is full.
  void Submit(In in) {
    if (workers_.empty()) {
      emit_(work_(in));
      return;
    }
    {
      std::lock_guard<std::mutex> lock(mu_);
      todo_.emplace_back(submitted_++, std::move(in));
    }
    work_cv_.notify_one();
    EmitReady(window_);
  }

  // Waits for every submitted item and emits the rest; the threads end. Idempotent.
  void Finish() {
    if (workers_.empty()) return;
    EmitReady(1);
    {
      std::lock_guard<std::mutex> lock(mu_);
      closing_ = true;
    }
    work_cv_.notify_all();
    for (auto& t : workers_) t.join();
    workers_.clear();
  }

 private:
  // Emits ready results in order until fewer than `max_in_flight` items are in flight.
  void EmitReady(size_t max_in_flight) {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      if (!done_.empty() && done_.begin()->first == emitted_) {
        Out out = std::move(done_.begin()->second);
        done_.erase(done_.begin());
        ++emitted_;
        lock.unlock();
        emit_(std::move(out));
        lock.lock();
        continue;
      }
      if (submitted_ - emitted_ < max_in_flight) return;
      done_cv_.wait(lock);
    }
  }

  void WorkerLoop() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      work_cv_.wait(lock, [this] { return closing_ || !todo_.empty(); });
      if (todo_.empty()) return;
      auto [seq, in] = std::move(todo_.front());
      todo_.pop_front();
      lock.unlock();
      Out out = work_(in);
      lock.lock();
      done_.emplace(seq, std::move(out));
      if (seq == emitted_) done_cv_.notify_one();
    }
  }

  Work work_;
  Emit emit_;
  const size_t window_;
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<std::pair<size_t, In>> todo_;
  std::map<size_t, Out> done_;
  size_t submitted_ = 0, emitted_ = 0;
  bool closing_ = false;
};

}  // namespace dyad::util
