// io/readers.cc: plain text and JSON Lines documents.
//
// A reader turns bytes into Documents and never lets one bad document stop a batch: every
// document is checked on its own and either handed on or reported (with the file, the line
// and, when known, the document id), and the reading goes on. Only a file that cannot be
// opened or read at all makes ReadDocuments return an error.
//
// Checks, in order, for a plain-text file: size (from fstat, before reading a byte, so a
// 50 MB file costs nothing), empty, UTF-16, NUL bytes, UTF-8 well-formedness (one linear
// pass with an ASCII fast path, io/utf8.cc), then the header. For a JSON Lines file each
// line goes through the same gauntlet (size, NUL, UTF-8) before nlohmann parses it, so the
// parser only sees text that could be valid, and its exceptions are caught here: none
// leaves this file.
//
// The header of a plain-text file is recognised conservatively. A line is a header line
// when it starts with a known key followed by ':' and every later ':' that follows a
// known key preceded by white space starts a new pair; other colons belong to the values
// ("URL: https://..."; "Title: Iran: a view"). A first sentence that merely contains a
// colon ("Officials said: ...") does not start with a known key, so it stays text.
// Offsets that later stages report are into Document::text, which is the original bytes
// after the header, the blank lines below it and any byte-order mark.
#include "io/readers.h"

#include <array>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "io/doc_date.h"
#include "io/gzip.h"
#include "io/line_reader.h"
#include "io/utf8.h"

namespace dyad::io {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kStdinName = "<stdin>";
// A header line longer than this is taken for text.
constexpr size_t kMaxHeaderLine = 4096;

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v') return false;
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The known key spelled by `s` (any case), lower-cased, or "".
std::string KnownKey(std::string_view s) {
  static constexpr std::array<std::string_view, 13> kKeys = {
      "publication", "volume", "issue",    "date",     "source",  "title", "author",
      "url",         "headline", "section", "language", "edition", "page"};
  if (s.empty() || s.size() > 11) return "";
  std::string lower = Lower(s);
  for (std::string_view k : kKeys) {
    if (lower == k) return lower;
  }
  return "";
}

struct KeyAt {
  size_t key_start;    // where the key begins
  size_t value_start;  // just after "Key:"
  std::string key;     // lower case
};

// If `line` is a header line, its "Key: value" pairs appended to `pairs`; else false.
bool ParseHeaderLine(std::string_view line, std::vector<std::pair<std::string, std::string>>* pairs) {
  line = Trim(line);
  if (line.empty() || line.size() > kMaxHeaderLine) return false;
  std::vector<KeyAt> keys;
  // Every "Word:" at the start or after white space, where Word is a known key.
  size_t i = 0;
  while (i < line.size()) {
    const bool at_word_start = (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t');
    if (at_word_start && std::isalpha(static_cast<unsigned char>(line[i]))) {
      size_t j = i;
      while (j < line.size() && std::isalpha(static_cast<unsigned char>(line[j]))) ++j;
      if (j < line.size() && line[j] == ':' &&
          (j + 1 == line.size() || line[j + 1] == ' ' || line[j + 1] == '\t')) {
        std::string key = KnownKey(line.substr(i, j - i));
        if (!key.empty()) {
          keys.push_back({i, j + 1, std::move(key)});
        } else if (keys.empty()) {
          return false;  // "However: ..." - text, not a header
        }
      }
      i = j;
      continue;
    }
    ++i;
  }
  if (keys.empty() || keys.front().key_start != 0) return false;
  std::vector<std::pair<std::string, std::string>> found;
  for (size_t k = 0; k < keys.size(); ++k) {
    const size_t end = (k + 1 < keys.size()) ? keys[k + 1].key_start : line.size();
    std::string_view value = Trim(line.substr(keys[k].value_start, end - keys[k].value_start));
    if (!value.empty()) found.emplace_back(keys[k].key, std::string(value));
  }
  if (found.empty()) return false;
  for (auto& p : found) pairs->push_back(std::move(p));
  return true;
}

std::string BaseName(const std::string& path) {
  if (path == kStdinName || path == "-") return "stdin";
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string TooLargeMessage(const std::string& where, uint64_t size, size_t limit) {
  return where + ": too large: " + std::to_string(size) + " bytes, over max_document_bytes (" +
         std::to_string(limit) + ")";
}

// nlohmann's parse message without its "[json.exception.parse_error.101] parse error at
// line 1, column 17: " prefix, which repeats what the caller says better.
std::string ShortParseMessage(const nlohmann::json::parse_error& e) {
  std::string what = e.what();
  const size_t colon = what.find(": ");
  if (what.rfind("[json.exception.", 0) == 0 && colon != std::string::npos) what = what.substr(colon + 2);
  return "broken JSON at byte " + std::to_string(e.byte) + ": " + what;
}

std::string TypeName(const nlohmann::json& j) { return j.type_name(); }

constexpr size_t kMaxJsonDepth = 64;

// The deepest nesting of [ and { in a JSON text, outside strings.
size_t NestingDepth(std::string_view line) {
  size_t depth = 0, deepest = 0;
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

// A JSON value for meta: strings as they are, anything else as compact JSON.
std::string MetaString(const nlohmann::json& j) {
  if (j.is_string()) return j.get_ref<const std::string&>();
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

std::string ErrnoMessage(int err) { return std::generic_category().message(err); }

// The lines of a decompressed stream that touch a damaged gzip member (io/gzip.h), which
// are dropped, and one message per damaged member saying which lines were lost. Lines
// come in stream order, so the damage ahead is found by moving one index forward.
class DamageFilter {
 public:
  explicit DamageFilter(std::vector<GzipDamage> damage) : damage_(std::move(damage)), hits_(damage_.size()) {}

  bool any() const { return !damage_.empty(); }

  // True when the line whose bytes are [start, end) touches damage: it overlaps a damaged
  // range, or starts right after one that was cut short or did not end a line (it may
  // continue a line the damage broke). Counted.
  bool Drops(uint64_t start, uint64_t end, uint64_t line_no, bool blank) {
    while (next_ < damage_.size() && damage_[next_].out_end < start) ++next_;
    for (size_t i = next_; i < damage_.size() && damage_[i].out_start < end; ++i) {
      const GzipDamage& d = damage_[i];
      if (start == d.out_end && !d.cut && d.ends_line) continue;
      Hit& h = hits_[i];
      if (h.first_line == 0) h.first_line = line_no;
      h.last_line = line_no;
      h.documents += blank ? 0 : 1;
      return true;
    }
    return false;
  }

  // One error per damaged member; `whole` for a plain-text document (one per file).
  void Report(const std::string& name, bool whole, const ErrorCallback& on_error) const {
    for (size_t i = 0; i < damage_.size(); ++i) {
      const GzipDamage& d = damage_[i];
      std::string m = name + ": corrupt gzip data in the member at byte " + std::to_string(d.file_offset) +
                      " of the file (" + d.reason + "): ";
      const Hit& h = hits_[i];
      if (whole) {
        m += "the document was not read";
      } else if (h.first_line == 0) {
        m += "no line could be read from it";
      } else {
        m += (h.first_line == h.last_line ? "line " + std::to_string(h.first_line)
                                          : "lines " + std::to_string(h.first_line) + "-" + std::to_string(h.last_line)) +
             " not read (" + std::to_string(h.documents) + (h.documents == 1 ? " document)" : " documents)");
      }
      if (!whole && d.cut) m += ", and the rest of that member could not be decoded";
      on_error(Status::ParseError(m));
    }
  }

 private:
  struct Hit {
    uint64_t first_line = 0, last_line = 0, documents = 0;
  };
  std::vector<GzipDamage> damage_;
  std::vector<Hit> hits_;
  size_t next_ = 0;
};

Status ReadText(LineReader& reader, const std::string& name, int64_t known_size,
                const ReadOptions& options, const DocumentCallback& on_doc,
                const ErrorCallback& on_error) {
  if (known_size >= 0 && static_cast<uint64_t>(known_size) > options.max_document_bytes) {
    on_error(Status::TooLarge(TooLargeMessage(name, static_cast<uint64_t>(known_size),
                                              options.max_document_bytes)));
    return Status::Ok();
  }
  std::string bytes;
  uint64_t size = 0;
  switch (reader.ReadAll(options.max_document_bytes, &bytes, &size)) {
    case LineReader::Next::kError:
      return Status::IoError(name + ": read failed: " + reader.error());
    case LineReader::Next::kTooLong:
      on_error(Status::TooLarge(TooLargeMessage(name, size, options.max_document_bytes)));
      return Status::Ok();
    default:
      break;
  }
  Result<Document> doc = ParseTextDocument(bytes, name, options);
  if (doc.ok()) {
    on_doc(std::move(doc).value());
  } else {
    on_error(doc.status());
  }
  return Status::Ok();
}

Status ReadJsonl(LineReader& reader, const std::string& name, const ReadOptions& options,
                 const DocumentCallback& on_doc, const ErrorCallback& on_error,
                 DamageFilter* damage = nullptr) {
  std::string line;
  uint64_t length = 0;
  uint64_t line_no = 0;
  while (true) {
    const LineReader::Next next = reader.NextLine(options.max_document_bytes, &line, &length);
    if (next == LineReader::Next::kEof) break;
    if (next == LineReader::Next::kError) {
      return Status::IoError(name + ":" + std::to_string(line_no + 1) + ": read failed: " + reader.error());
    }
    ++line_no;
    if (damage && damage->Drops(reader.line_offset(), reader.line_offset() + length + 1, line_no,
                                next == LineReader::Next::kLine && IsBlank(line))) {
      continue;
    }
    const std::string origin = name + ":" + std::to_string(line_no);
    if (next == LineReader::Next::kTooLong) {
      on_error(Status::TooLarge(TooLargeMessage(origin, length, options.max_document_bytes)));
      continue;
    }
    std::string_view rest = line;
    if (rest.substr(0, kBom.size()) == kBom) rest.remove_prefix(kBom.size());
    if (IsBlank(rest)) continue;
    Result<Document> doc = ParseJsonLine(line, origin, options);
    if (doc.ok()) {
      on_doc(std::move(doc).value());
    } else {
      on_error(doc.status());
    }
  }
  return Status::Ok();
}

bool HasJsonlExtension(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  const size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return false;
  const std::string ext = Lower(std::string_view(path).substr(dot));
  return ext == ".jsonl" || ext == ".ndjson" || ext == ".json";
}

}  // namespace

Result<Document> ParseTextDocument(std::string_view bytes, const std::string& name,
                                   const ReadOptions& options) {
  if (bytes.size() > options.max_document_bytes) {
    return Status::TooLarge(TooLargeMessage(name, bytes.size(), options.max_document_bytes));
  }
  if (IsBlank(bytes)) return Status::InvalidArgument(name + ": empty document");
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                            (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    return Status::InvalidArgument(name + ": UTF-16 text (byte-order mark at byte 0); dyad reads UTF-8");
  }
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
    const size_t at = static_cast<size_t>(static_cast<const char*>(nul) - bytes.data());
    return Status::InvalidArgument(name + ": binary file (NUL byte at byte " + std::to_string(at) + ")");
  }
  if (const size_t bad = FindInvalidUtf8(bytes); bad != std::string_view::npos) {
    return Status::InvalidArgument(name + ": invalid UTF-8 at byte " + std::to_string(bad) + " (line " +
                                   std::to_string(LineOfOffset(bytes, bad)) + ")");
  }

  size_t pos = bytes.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
  // Header lines, then the blank lines after them.
  std::vector<std::pair<std::string, std::string>> pairs;
  bool header = false;
  while (pos < bytes.size()) {
    const size_t nl = bytes.find('\n', pos);
    const size_t end = nl == std::string_view::npos ? bytes.size() : nl;
    if (!ParseHeaderLine(bytes.substr(pos, end - pos), &pairs)) break;
    header = true;
    pos = nl == std::string_view::npos ? bytes.size() : nl + 1;
  }
  if (header) {
    while (pos < bytes.size()) {
      const size_t nl = bytes.find('\n', pos);
      if (nl == std::string_view::npos) {
        if (IsBlank(bytes.substr(pos))) pos = bytes.size();
        break;
      }
      if (!IsBlank(bytes.substr(pos, nl - pos))) break;
      pos = nl + 1;
    }
  }
  if (IsBlank(bytes.substr(pos))) {
    return Status::InvalidArgument(name + (header ? ": empty document (only a header)" : ": empty document"));
  }

  Document doc;
  doc.id = BaseName(name);
  doc.origin = name;
  doc.text.assign(bytes.substr(pos));
  doc.date = options.default_date;
  for (auto& [key, value] : pairs) {
    if (key == "date" && !doc.meta.count("date")) {
      if (auto d = ParseDocumentDate(value)) doc.date = *d;
    }
    doc.meta.emplace(std::move(key), std::move(value));  // the first of a repeated key wins
  }
  return doc;
}

Result<Document> ParseJsonLine(std::string_view line, const std::string& origin,
                               const ReadOptions& options) {
  if (line.substr(0, kBom.size()) == kBom) line.remove_prefix(kBom.size());
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.size() > options.max_document_bytes) {
    return Status::TooLarge(TooLargeMessage(origin, line.size(), options.max_document_bytes));
  }
  if (IsBlank(line)) return Status::InvalidArgument(origin + ": empty line");
  if (const void* nul = std::memchr(line.data(), '\0', line.size())) {
    const size_t at = static_cast<size_t>(static_cast<const char*>(nul) - line.data());
    return Status::InvalidArgument(origin + ": binary (NUL byte at byte " + std::to_string(at) + " of the line)");
  }
  if (const size_t bad = FindInvalidUtf8(line); bad != std::string_view::npos) {
    return Status::InvalidArgument(origin + ": invalid UTF-8 at byte " + std::to_string(bad) + " of the line");
  }

  // nlohmann's parser recurses once per nesting level; a hostile line of 100,000 "["
  // would overflow the stack. A document never needs more than a few levels.
  if (const size_t depth = NestingDepth(line); depth > kMaxJsonDepth) {
    return Status::ParseError(origin + ": JSON nested " + std::to_string(depth) +
                              " levels deep (more than " + std::to_string(kMaxJsonDepth) + ")");
  }
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line.begin(), line.end());
  } catch (const nlohmann::json::parse_error& e) {
    return Status::ParseError(origin + ": " + ShortParseMessage(e));
  } catch (const std::exception& e) {
    return Status::ParseError(origin + ": broken JSON: " + e.what());
  }
  if (!j.is_object()) {
    return Status::ParseError(origin + ": not a JSON object (a " + TypeName(j) + ")");
  }

  Document doc;
  doc.origin = origin;
  // id
  auto id_it = j.find("id");
  if (id_it == j.end() || id_it->is_null() || (id_it->is_string() && id_it->get_ref<const std::string&>().empty())) {
    doc.id = origin;
  } else if (id_it->is_string()) {
    doc.id = id_it->get<std::string>();
  } else if (id_it->is_number()) {
    doc.id = id_it->dump();
  } else {
    return Status::InvalidArgument(origin + ": \"id\" must be a string or a number, not a " + TypeName(*id_it));
  }
  const std::string who = origin + ": doc " + doc.id + ": ";
  // text
  auto text_it = j.find("text");
  if (text_it == j.end()) return Status::InvalidArgument(who + "missing \"text\"");
  if (!text_it->is_string()) {
    return Status::InvalidArgument(who + "\"text\" is not a string (a " + TypeName(*text_it) + ")");
  }
  doc.text = std::move(text_it->get_ref<std::string&>());
  if (IsBlank(doc.text)) return Status::InvalidArgument(who + "empty document");
  if (doc.text.find('\0') != std::string::npos) {
    return Status::InvalidArgument(who + "binary (NUL character in \"text\")");
  }
  // date
  auto date_it = j.find("date");
  if (date_it == j.end() || date_it->is_null()) {
    doc.date = options.default_date;
  } else if (!date_it->is_string()) {
    return Status::InvalidArgument(who + "bad \"date\" " + MetaString(*date_it) + " (expected \"YYYY-MM-DD\")");
  } else if (auto d = ParseDocumentDate(date_it->get_ref<const std::string&>())) {
    doc.date = *d;
  } else {
    return Status::InvalidArgument(who + "bad \"date\" " + date_it->dump() + " (expected \"YYYY-MM-DD\")");
  }
  // everything else
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it.key() == "id" || it.key() == "text" || it.key() == "date" || it->is_null()) continue;
    doc.meta.emplace(it.key(), MetaString(it.value()));
  }
  return doc;
}

namespace {

// `path` without a trailing ".gz" (or ".tgz"), for choosing the format and naming a
// plain-text document.
std::string WithoutGz(const std::string& path) {
  const std::string lower = Lower(path);
  if (lower.size() > 3 && lower.compare(lower.size() - 3, 3, ".gz") == 0) return path.substr(0, path.size() - 3);
  if (lower.size() > 4 && lower.compare(lower.size() - 4, 4, ".tgz") == 0) return path.substr(0, path.size() - 4);
  return path;
}

// Copies what is left of `reader` into an unnamed temporary file, so that gzip'd standard
// input can be verified before it is read. Returns the file's descriptor, or -1.
int SpoolToTemp(LineReader& reader, std::string* error) {
  std::FILE* f = std::tmpfile();
  if (!f) {
    *error = "cannot create a temporary file: " + ErrnoMessage(errno);
    return -1;
  }
  const int fd = ::dup(::fileno(f));
  std::fclose(f);
  std::string_view chunk;
  while (fd >= 0 && reader.NextChunk(&chunk)) {
    for (size_t done = 0; done < chunk.size();) {
      const ssize_t n = ::write(fd, chunk.data() + done, chunk.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        *error = "cannot write a temporary file: " + ErrnoMessage(errno);
        ::close(fd);
        return -1;
      }
      done += static_cast<size_t>(n);
    }
  }
  if (!reader.error().empty()) {
    *error = "read failed: " + reader.error();
    if (fd >= 0) ::close(fd);
    return -1;
  }
  return fd;
}

// A gzip'd input on the seekable descriptor `fd`: verified whole first (ScanGzip), then
// read, dropping the lines that touch a damaged member and saying which ones.
Status ReadGzip(int fd, const std::string& name, bool is_stdin, const ReadOptions& options,
                const DocumentCallback& on_doc, const ErrorCallback& on_error) {
  Result<GzipScan> scan = ScanGzip(fd);
  if (!scan.ok()) return Status::IoError(name + ": " + scan.status().message());
  if (::lseek(fd, 0, SEEK_SET) != 0) return Status::IoError(name + ": cannot seek: " + ErrnoMessage(errno));
  GzipStream stream(fd);
  LineReader reader(&stream);
  DamageFilter damage(scan.value().damage);
  const std::string inner = is_stdin ? std::string(kStdinName) : WithoutGz(name);
  Format format = options.format;
  if (format == Format::kAuto) {
    format = is_stdin ? (reader.PeekFirstNonBlank() == '{' ? Format::kJsonl : Format::kText)
                      : (HasJsonlExtension(inner) ? Format::kJsonl : Format::kText);
  }
  Status st;
  if (format == Format::kJsonl) {
    st = ReadJsonl(reader, name, options, on_doc, on_error, &damage);
  } else if (!damage.any()) {
    st = ReadText(reader, name, -1, options, [&](Document&& d) {
      d.id = BaseName(inner);
      on_doc(std::move(d));
    }, on_error);
  }
  if (!st.ok()) return st;
  damage.Report(name, format != Format::kJsonl, on_error);
  if (scan.value().skipped_bytes > 0) {
    on_error(Status::ParseError(name + ": " + std::to_string(scan.value().skipped_bytes) +
                                " bytes that are not gzip data (after or between the gzip members) were skipped"));
  }
  return Status::Ok();
}

}  // namespace

Status ReadDocuments(const std::string& path, const ReadOptions& options,
                     const DocumentCallback& on_doc, const ErrorCallback& on_error) {
  const bool is_stdin = path == "-";
  const std::string name = is_stdin ? std::string(kStdinName) : path;
  int fd = 0;
  if (!is_stdin) {
    if (path.empty()) return Status::InvalidArgument("empty path");
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      const int err = errno;
      if (err == ENOENT || err == ENOTDIR) return Status::NotFound(path + ": no such file");
      if (err == ELOOP) return Status::IoError(path + ": a symbolic link loop (too many levels of symbolic links)");
      return Status::IoError(path + ": cannot open: " + ErrnoMessage(err));
    }
  }
  Fd owner(is_stdin ? -1 : fd);
  struct stat st {};
  if (::fstat(fd, &st) != 0) return Status::IoError(name + ": cannot stat: " + ErrnoMessage(errno));
  if (S_ISDIR(st.st_mode)) return Status::InvalidArgument(name + ": is a directory, not a file");
  const int64_t known_size = S_ISREG(st.st_mode) ? static_cast<int64_t>(st.st_size) : -1;

  if (S_ISREG(st.st_mode) && ::lseek(fd, 0, SEEK_CUR) == 0) {
    char head[2];
    const ssize_t n = ::pread(fd, head, sizeof head, 0);
    if (n == 2 && HasGzipMagic(std::string_view(head, 2))) {
      return ReadGzip(fd, name, is_stdin, options, on_doc, on_error);
    }
  }
  LineReader reader(fd);
  if (HasGzipMagic(reader.Peek(2))) {  // a pipe, or a file read from where it was left
    std::string error;
    const int tmp = SpoolToTemp(reader, &error);
    if (tmp < 0) return Status::IoError(name + ": " + error);
    Fd tmp_owner(tmp);
    return ReadGzip(tmp, name, is_stdin, options, on_doc, on_error);
  }
  Format format = options.format;
  if (format == Format::kAuto) {
    if (is_stdin) {
      format = reader.PeekFirstNonBlank() == '{' ? Format::kJsonl : Format::kText;
    } else {
      format = HasJsonlExtension(path) ? Format::kJsonl : Format::kText;
    }
  }
  if (format == Format::kJsonl) return ReadJsonl(reader, name, options, on_doc, on_error);
  return ReadText(reader, name, known_size, options, on_doc, on_error);
}

}  // namespace dyad::io
