// store/sources.cc: directory recursion for `dyad ingest` (reading, gzip'd files
// included, is io::ReadDocuments').
//
// The walk is written out with opendir/readdir rather than std::filesystem's recursive
// iterator, whose skip_permission_denied option drops an unreadable subdirectory without
// a word and which cannot say why a symbolic link was not followed. Here every entry is
// either listed or reported with its reason: a directory that cannot be listed, a link
// that dangles or loops, a link back to a directory being walked (a cycle), anything that
// is not a regular file. Directory links are followed; each directory is identified by
// (device, inode), and one already on the path from the root is a cycle, reported and not
// entered, so the walk always ends. A directory reached twice by different links is
// listed once. Hidden entries (a leading '.') are skipped by design and not reported.
#include "store/sources.h"

#include <dirent.h>
#include <sys/stat.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <utility>

namespace dyad::store {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool IsJsonlName(const std::string& path) {
  const std::string l = Lower(path);
  return EndsWith(l, ".jsonl") || EndsWith(l, ".ndjson") || EndsWith(l, ".json");
}

std::string KindOf(mode_t m) {
  if (S_ISFIFO(m)) return "a named pipe";
  if (S_ISSOCK(m)) return "a socket";
  if (S_ISCHR(m)) return "a character device";
  if (S_ISBLK(m)) return "a block device";
  return "not a regular file";
}

// Why stat() on `path` failed, in words.
Status StatError(const std::string& path, int err, bool is_link) {
  if (err == ELOOP) return Status::IoError(path + ": skipped: a symbolic link loop (too many levels of symbolic links)");
  if (err == ENOENT && is_link) return Status::NotFound(path + ": skipped: a dangling symbolic link (its target does not exist)");
  if (err == ENOENT || err == ENOTDIR) return Status::NotFound(path + ": no such file or directory");
  return Status::IoError(path + ": skipped: " + std::strerror(err));
}

using DirId = std::pair<dev_t, ino_t>;

struct Walk {
  std::vector<std::string>* found;
  const std::function<void(const Status&)>* on_skip;
  std::set<DirId> seen;        // every directory entered
  std::vector<DirId> path;     // the directories from the root to here

  void Skip(Status s) const {
    if (*on_skip) (*on_skip)(s);
  }

  void Dir(const std::string& dir, const struct stat& st) {
    const DirId id{st.st_dev, st.st_ino};
    if (std::find(path.begin(), path.end(), id) != path.end()) {
      Skip(Status::IoError(dir + ": skipped: a symbolic link loop (it leads back to a directory it is inside)"));
      return;
    }
    if (!seen.insert(id).second) return;  // reached before by another link: listed once
    DIR* d = ::opendir(dir.c_str());
    if (!d) {
      Skip(Status::IoError(dir + ": skipped: cannot list directory: " + std::strerror(errno)));
      return;
    }
    std::vector<std::string> names;
    errno = 0;
    while (const dirent* e = ::readdir(d)) {
      if (e->d_name[0] != '.') names.emplace_back(e->d_name);
    }
    const int err = errno;
    ::closedir(d);
    if (err != 0) Skip(Status::IoError(dir + ": listing stopped early: " + std::strerror(err)));
    std::sort(names.begin(), names.end());  // reports in a stable order
    path.push_back(id);
    for (const std::string& n : names) Entry(dir + (dir.back() == '/' ? "" : "/") + n);
    path.pop_back();
  }

  void Entry(const std::string& p) {
    struct stat lst {}, st {};
    if (::lstat(p.c_str(), &lst) != 0) {
      Skip(StatError(p, errno, false));
      return;
    }
    const bool link = S_ISLNK(lst.st_mode);
    if (link && ::stat(p.c_str(), &st) != 0) {
      Skip(StatError(p, errno, true));
      return;
    }
    if (!link) st = lst;
    if (S_ISDIR(st.st_mode)) Dir(p, st);
    else if (S_ISREG(st.st_mode)) found->push_back(p);
    else Skip(Status::InvalidArgument(p + ": skipped: " + KindOf(st.st_mode)));
  }
};

}  // namespace

std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths,
                                      const std::function<void(const Status&)>& on_skip) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    if (p == "-") {
      out.push_back(p);
      continue;
    }
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0) {
      const int err = errno;
      struct stat lst {};
      const bool link = ::lstat(p.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode);
      if (on_skip) on_skip(StatError(p, err, link));
      continue;
    }
    if (!S_ISDIR(st.st_mode)) {
      out.push_back(p);  // a file, or a pipe named on purpose: the reader decides
      continue;
    }
    std::vector<std::string> found;
    Walk walk{&found, &on_skip, {}, {}};
    walk.Dir(p, st);
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

Status ReadAnyDocuments(const std::string& path, const io::ReadOptions& options,
                        const io::DocumentCallback& on_doc, const io::ErrorCallback& on_error) {
  return io::ReadDocuments(path, options, on_doc, on_error);
}

int64_t CountDocuments(const std::string& path) {
  if (path == "-") return -1;
  gzFile gz = gzopen(path.c_str(), "rb");
  if (!gz) return -1;
  std::string inner = path;
  if (!gzdirect(gz) && EndsWith(Lower(inner), ".gz")) inner.resize(inner.size() - 3);
  if (!IsJsonlName(inner)) {
    gzclose(gz);
    return 1;
  }
  gzbuffer(gz, 256u << 10);
  std::vector<char> buf(256u << 10);
  int64_t lines = 0;
  bool in_line = false;  // saw a non-blank byte since the last '\n'
  int n;
  while ((n = gzread(gz, buf.data(), static_cast<unsigned>(buf.size()))) > 0) {
    for (int i = 0; i < n; ++i) {
      const char c = buf[static_cast<size_t>(i)];
      if (c == '\n') {
        lines += in_line;
        in_line = false;
      } else if (!in_line && c != ' ' && c != '\t' && c != '\r') {
        in_line = true;
      }
    }
  }
  lines += in_line;
  gzclose(gz);
  return lines;
}

}  // namespace dyad::store
