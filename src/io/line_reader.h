// io/line_reader.h: reading a file descriptor line by line within a memory budget.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace dyad::io {

// Reads bytes from an open file descriptor through one fixed buffer. Not thread-safe;
// does not own or close the descriptor. Uses read(2), so a pipe's lines are delivered as
// soon as they arrive.
class LineReader {
 public:
  enum class Next {
    kLine,     // *line holds the next line, without its '\n' (a '\r' before it is kept)
    kTooLong,  // the line was longer than the limit: *line is empty, *length its size
    kEof,      // no more lines
    kError,    // read(2) failed: error() says why
  };

  // REQUIRES: fd is open for reading. Default: a 256 KiB buffer.
  explicit LineReader(int fd, size_t buffer_bytes = 256u << 10);

  // The next line; one that is over `limit` bytes is measured and skipped, never held:
  // memory stays within the buffer plus `limit`. *length is the line's size in bytes
  // (without the '\n'). A last line without '\n' counts as a line.
  Next NextLine(size_t limit, std::string* line, uint64_t* length);

  // Reads everything left (at most `limit` bytes are kept; the rest is counted, not held).
  // Returns kLine with *all filled, kTooLong with *length the total size, or kError.
  Next ReadAll(size_t limit, std::string* all, uint64_t* length);

  // The first byte that is not a space, tab, CR, LF or UTF-8 BOM among the first buffer's
  // worth of input, or -1 when there is none; consumes nothing. For format sniffing.
  int PeekFirstNonBlank();

  // The errno message of the failed read, after kError.
  const std::string& error() const { return error_; }

 private:
  // Refills the buffer after pos_ == end_. Returns false at EOF or on error (error_ set).
  bool Fill();

  int fd_;
  std::vector<char> buf_;
  size_t pos_ = 0;
  size_t end_ = 0;
  bool eof_ = false;
  std::string error_;
};

}  // namespace dyad::io
