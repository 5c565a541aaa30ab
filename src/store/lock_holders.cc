// store/lock_holders.cc: reads /proc/locks, whose lines look like
//   "1: POSIX  ADVISORY  WRITE 1234 08:01:5678 120 120"
// (id, class, mode, access, pid, major:minor:inode, range). A line is kept when it is a
// WRITE lock on one of the store's inodes and its pid is not this process.
#include "store/lock_holders.h"

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <set>
#include <sstream>

namespace dyad::store {

std::string LockHolders(const std::string& db_path) {
  std::set<unsigned long> inodes;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    struct stat st {};
    if (::stat((db_path + suffix).c_str(), &st) == 0) inodes.insert(static_cast<unsigned long>(st.st_ino));
  }
  std::ifstream locks("/proc/locks");
  std::set<long> pids;
  for (std::string line; std::getline(locks, line);) {
    std::istringstream in(line);
    std::string id, cls, mode, access, dev;
    long pid = 0;
    if (!(in >> id >> cls >> mode >> access >> pid >> dev) || access != "WRITE" || pid == ::getpid()) continue;
    const size_t colon = dev.rfind(':');
    if (colon == std::string::npos) continue;
    try {
      if (inodes.count(std::stoul(dev.substr(colon + 1)))) pids.insert(pid);
    } catch (const std::exception&) {
    }
  }
  std::string out;
  for (long pid : pids) {
    std::string comm;
    std::ifstream(("/proc/" + std::to_string(pid) + "/comm").c_str()) >> comm;
    out += (out.empty() ? "" : ", ") + ("pid " + std::to_string(pid)) + (comm.empty() ? "" : " (" + comm + ")");
  }
  return out;
}

}  // namespace dyad::store
