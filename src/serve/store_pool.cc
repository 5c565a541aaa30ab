// serve/store_pool.cc: a stack of idle read-only connections behind a mutex.
#include "serve/store_pool.h"

namespace dyad::serve {

Result<std::unique_ptr<store::Store>> StorePool::OpenOne() const {
  store::StoreOptions so;
  so.read_only = true;
  so.create = false;
  so.cache_mib = 16;  // as `dyad query`: bounds SQLite's page cache and sorter per connection
  return store::Store::Open(path_, so);
}

Result<std::unique_ptr<StorePool>> StorePool::Open(const std::string& path) {
  std::unique_ptr<StorePool> pool(new StorePool(path));
  DYAD_ASSIGN_OR_RETURN(auto first, pool->OpenOne());
  pool->idle_.push_back(std::move(first));
  return pool;
}

Result<StorePool::Lease> StorePool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!idle_.empty()) {
      auto s = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(s));
    }
  }
  DYAD_ASSIGN_OR_RETURN(auto s, OpenOne());
  return Lease(this, std::move(s));
}

StorePool::Lease::~Lease() {
  if (!store_) return;  // moved from
  std::lock_guard<std::mutex> lock(pool_->mu_);
  pool_->idle_.push_back(std::move(store_));
}

}  // namespace dyad::serve
