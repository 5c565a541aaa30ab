// store/lock_holders.h: which processes hold a write lock on a store (Linux).
#pragma once

#include <string>

namespace dyad::store {

// "pid 1234 (dyad)" for each other process holding a POSIX write lock on the SQLite file
// at `db_path` or its "-wal"/"-shm" companions, as /proc/locks lists them, joined with
// ", "; "" when there is none or it cannot be known (no /proc, another system). For a
// "database is locked" message: SQLite itself does not say who holds the lock.
std::string LockHolders(const std::string& db_path);

}  // namespace dyad::store
