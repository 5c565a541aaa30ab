// serve/store_pool.h: read-only store connections shared by the server's worker threads.
//
// A store::Store is one SQLite connection and is not thread-safe, so each request borrows
// one for its duration. Connections are opened on demand (read-only; SQLite in WAL mode
// lets any number of readers run beside a writer such as `dyad ingest`) and kept for the
// next request. Thread-safe.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "store/store.h"

namespace dyad::serve {

class StorePool {
 public:
  // Opens one connection at once, so that a missing or unreadable store fails here
  // (naming the file) rather than on the first request.
  static Result<std::unique_ptr<StorePool>> Open(const std::string& path);

  // A borrowed connection; returned to the pool when destroyed. REQUIRES: the pool
  // outlives it.
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<store::Store> s) : pool_(pool), store_(std::move(s)) {}
    Lease(Lease&&) = default;
    ~Lease();
    store::Store& operator*() { return *store_; }
    store::Store* operator->() { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<store::Store> store_;
  };

  // An idle connection, or a new one. Fails only when a new connection cannot be opened.
  Result<Lease> Acquire();

  const std::string& path() const { return path_; }

 private:
  explicit StorePool(std::string path) : path_(std::move(path)) {}
  Result<std::unique_ptr<store::Store>> OpenOne() const;

  const std::string path_;
  std::mutex mu_;
  std::vector<std::unique_ptr<store::Store>> idle_;  // guarded by mu_
};

}  // namespace dyad::serve
