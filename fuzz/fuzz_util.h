// fuzz/fuzz_util.h: small helpers shared by the libFuzzer targets (docs/fuzzing.md).
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::fuzz {

// Aborts with a message when an invariant the code under test documents does not hold;
// libFuzzer then saves the input as a crash.
#define DYAD_FUZZ_CHECK(cond)                                                     \
  do {                                                                            \
    if (!(cond)) {                                                                \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                               \
    }                                                                             \
  } while (0)

// The same for an invariant broken by a known, reported bug named `name`: skipped when
// the environment variable DYAD_FUZZ_SKIP lists the name (comma-separated), so that a long
// session can look for other bugs meanwhile. Each name has a reproducer under
// fuzz/regressions/ (docs/fuzzing.md).
inline bool KnownBugSkipped(const char* name) {
  static const char* skip = std::getenv("DYAD_FUZZ_SKIP");
  if (skip == nullptr) return false;
  std::string_view list(skip), n(name);
  for (size_t pos = 0; pos <= list.size();) {
    size_t comma = list.find(',', pos);
    if (comma == std::string_view::npos) comma = list.size();
    if (list.substr(pos, comma - pos) == n) return true;
    pos = comma + 1;
  }
  return false;
}
#define DYAD_FUZZ_CHECK_KNOWN(cond, name) \
  do {                                    \
    if (!::dyad::fuzz::KnownBugSkipped(name)) DYAD_FUZZ_CHECK(cond); \
  } while (0)

// An anonymous in-memory file holding `bytes`, for readers that only take a path: the
// path is "/proc/self/fd/N". Closed on destruction. No disk, no per-process file names.
class MemFile {
 public:
  explicit MemFile(std::string_view bytes) {
    fd_ = memfd_create("dyad-fuzz", 0);
    if (fd_ < 0) std::abort();
    size_t done = 0;
    while (done < bytes.size()) {
      ssize_t n = write(fd_, bytes.data() + done, bytes.size() - done);
      if (n <= 0) std::abort();
      done += static_cast<size_t>(n);
    }
    if (lseek(fd_, 0, SEEK_SET) != 0) std::abort();
    path_ = "/proc/self/fd/" + std::to_string(fd_);
  }
  ~MemFile() { close(fd_); }
  MemFile(const MemFile&) = delete;
  MemFile& operator=(const MemFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  int fd_ = -1;
  std::string path_;
};

// Splits on '\n' (the '\n' removed), as the TABARI loaders receive their lines.
inline std::vector<std::string> Lines(std::string_view bytes) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= bytes.size()) {
    size_t nl = bytes.find('\n', start);
    if (nl == std::string_view::npos) {
      if (start < bytes.size()) lines.emplace_back(bytes.substr(start));
      break;
    }
    lines.emplace_back(bytes.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

}  // namespace dyad::fuzz
