// store/sources.cc: directory recursion and gzip'd input for `dyad ingest`.
//
// zlib's gz* functions read gzip'd and plain files alike (gzdirect() tells which), so a
// file is opened once with gzopen: a plain file is closed again and handed to
// io::ReadDocuments, which owns the plain-file rules; a gzip'd one is decompressed here
// through a fixed buffer and cut into lines (JSON Lines) or kept whole (plain text) within
// max_document_bytes, and each piece goes through the same parsers io::ReadDocuments uses
// (io::ParseJsonLine, io::ParseTextDocument), so both paths accept and reject the same
// documents with the same messages.
#include "store/sources.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace dyad::store {
namespace fs = std::filesystem;
namespace {

bool Hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

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

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// Reads a whole gzip stream, calling on_line for each '\n'-terminated line (and a last one
// without it). Lines over `limit` bytes are measured and passed with too_long = true and
// empty contents. Returns the zlib error message, or "" at a clean end.
template <typename OnLine>
std::string ForEachGzLine(gzFile gz, size_t limit, OnLine on_line) {
  std::vector<char> buf(256u << 10);
  std::string line;
  uint64_t length = 0;
  bool too_long = false;
  while (true) {
    const int n = gzread(gz, buf.data(), static_cast<unsigned>(buf.size()));
    if (n < 0) {
      int err = 0;
      const char* msg = gzerror(gz, &err);
      return msg ? msg : "read error";
    }
    if (n == 0) break;
    const char* p = buf.data();
    const char* end = p + n;
    while (p < end) {
      const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
      const char* stop = nl ? nl : end;
      const size_t piece = static_cast<size_t>(stop - p);
      length += piece;
      if (!too_long) {
        if (length > limit) {
          too_long = true;
          line.clear();
          line.shrink_to_fit();
        } else {
          line.append(p, piece);
        }
      }
      if (!nl) break;
      on_line(line, length, too_long);
      line.clear();
      length = 0;
      too_long = false;
      p = nl + 1;
    }
  }
  // gzread returns 0 both at a clean end and when the stream stopped short.
  int err = 0;
  const char* msg = gzerror(gz, &err);
  if (err != Z_OK) return msg ? msg : "read error";
  if (!gzeof(gz)) return "unexpected end of file";
  if (length > 0 || !line.empty()) on_line(line, length, too_long);
  return "";
}

std::string TooLarge(const std::string& where, uint64_t size, size_t limit) {
  return where + ": too large: " + std::to_string(size) + " bytes, over max_document_bytes (" +
         std::to_string(limit) + ")";
}

}  // namespace

Result<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    if (p == "-") {
      out.push_back(p);
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) return Status::NotFound(p + ": no such file or directory");
    if (!fs::is_directory(st)) {
      out.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) return Status::IoError(p + ": cannot list directory: " + ec.message());
    for (; it != end; it.increment(ec)) {
      if (ec) return Status::IoError(p + ": cannot list directory: " + ec.message());
      if (Hidden(it->path())) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

Status ReadAnyDocuments(const std::string& path, const io::ReadOptions& options,
                        const io::DocumentCallback& on_doc, const io::ErrorCallback& on_error) {
  if (path == "-") return io::ReadDocuments(path, options, on_doc, on_error);
  gzFile gz = gzopen(path.c_str(), "rb");
  if (!gz) return io::ReadDocuments(path, options, on_doc, on_error);  // it names the problem
  if (gzdirect(gz)) {
    gzclose(gz);
    return io::ReadDocuments(path, options, on_doc, on_error);
  }
  gzbuffer(gz, 256u << 10);
  std::string inner = path;
  if (EndsWith(Lower(inner), ".gz")) inner.resize(inner.size() - 3);
  else if (EndsWith(Lower(inner), ".tgz")) inner.resize(inner.size() - 4);
  io::Format format = options.format;
  if (format == io::Format::kAuto) format = IsJsonlName(inner) ? io::Format::kJsonl : io::Format::kText;

  std::string err;
  if (format == io::Format::kJsonl) {
    uint64_t line_no = 0;
    err = ForEachGzLine(gz, options.max_document_bytes, [&](const std::string& line, uint64_t length, bool too_long) {
      ++line_no;
      const std::string origin = path + ":" + std::to_string(line_no);
      if (too_long) {
        on_error(Status::TooLarge(TooLarge(origin, length, options.max_document_bytes)));
        return;
      }
      if (IsBlank(line)) return;
      Result<Document> doc = io::ParseJsonLine(line, origin, options);
      if (doc.ok()) on_doc(std::move(doc).value()); else on_error(doc.status());
    });
  } else {
    std::string all;
    uint64_t total = 0;
    bool over = false;
    err = ForEachGzLine(gz, options.max_document_bytes, [&](const std::string& line, uint64_t length, bool) {
      total += length + 1;
      if (over || total > options.max_document_bytes + 1) {
        over = true;
        all.clear();
        return;
      }
      all += line;
      all += '\n';
    });
    if (err.empty()) {
      if (over) {
        on_error(Status::TooLarge(TooLarge(path, total, options.max_document_bytes)));
      } else {
        Result<Document> doc = io::ParseTextDocument(all, path, options);
        if (doc.ok()) {
          Document d = std::move(doc).value();
          d.id = fs::path(inner).filename().string();
          on_doc(std::move(d));
        } else {
          on_error(doc.status());
        }
      }
    }
  }
  gzclose(gz);
  if (!err.empty()) on_error(Status::IoError(path + ": corrupt gzip data: " + err));
  return Status::Ok();
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
