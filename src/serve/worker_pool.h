// serve/worker_pool.h: a fixed set of worker threads with a bounded queue, and a lane
// that sheds the work that does not fit.
//
// The server hands every accepted connection to Enqueue(). While a worker is free
// or fewer than `capacity` jobs wait, the job waits for one of the `workers`. When the queue is full the job is not
// dropped (it owns a socket that must be answered and closed) but run on the single
// shedding thread with Overloaded() true, where the server answers 503 at once without
// doing the request's work. So the work in progress is bounded by `workers`, the waiting
// by `capacity`, and an overload costs one short reply per connection.
//
// Shutdown() stops taking work, lets the workers finish every job already queued (the
// drain of SIGTERM), and joins all threads.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace dyad::serve {

class WorkerPool {
 public:
  // `workers` threads (0 counts as 1) run jobs; at most `capacity` jobs wait beyond the
  // workers that are not running one (jobs being run do not count). With capacity 0 a
  // job that finds every worker busy is shed.
  WorkerPool(size_t workers, size_t capacity);
  ~WorkerPool();  // Shutdown()
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Runs `job` on a worker, or on the shedding thread when `capacity` jobs already wait.
  // After Shutdown() the job runs on the shedding lane too (it must still be answered).
  // Thread-safe.
  void Enqueue(std::function<void()> job);

  // Finishes queued jobs, then joins every thread. Idempotent; not from inside a job.
  void Shutdown();

  // True inside a job that the pool shed (on the shedding thread).
  static bool Overloaded();

  // Jobs shed so far (for tests and logs).
  size_t shed() const;

 private:
  void Work();
  void Shed();

  const size_t capacity_;
  mutable std::mutex mu_;
  std::condition_variable work_cv_, shed_cv_;
  std::deque<std::function<void()>> queue_, overflow_;  // guarded by mu_
  bool stopping_ = false;                               // guarded by mu_
  size_t free_ = 0;                                     // workers not running a job; guarded by mu_
  size_t shed_count_ = 0;                               // guarded by mu_
  std::vector<std::thread> workers_;
  std::thread shedder_;
};

}  // namespace dyad::serve
