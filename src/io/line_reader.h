// io/line_reader.h: reading a file descriptor line by line within a memory budget.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::io {

// Where a LineReader's bytes come from: a file descriptor (FdSource) or a decompressor
// (io/gzip.h). Not thread-safe.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Up to `n` bytes into `buf`: the count (> 0), 0 at the end, or -1 on an error that
  // error() describes.
  virtual long Read(char* buf, size_t n) = 0;
  virtual std::string error() const = 0;
};

// read(2) on a descriptor it does not own; EINTR is retried.
class FdSource : public ByteSource {
 public:
  explicit FdSource(int fd) : fd_(fd) {}
  long Read(char* buf, size_t n) override;
  std::string error() const override { return error_; }

 private:
  int fd_;
  std::string error_;
};

// Reads bytes from a ByteSource (by default an open file descriptor) through one fixed
// buffer. Not thread-safe; does not own or close the descriptor. Uses read(2), so a
// pipe's lines are delivered as soon as they arrive.
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
  // REQUIRES: `source` outlives the reader.
  explicit LineReader(ByteSource* source, size_t buffer_bytes = 256u << 10);

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

  // The first `n` bytes not yet consumed (fewer at the end of the input); consumes nothing.
  // REQUIRES: n <= the buffer size.
  std::string_view Peek(size_t n);

  // The unconsumed bytes, a buffer at a time, for copying the input elsewhere: true with
  // *chunk non-empty, false at the end (or after an error: error() is then set).
  bool NextChunk(std::string_view* chunk);

  // Offset in the input (bytes from its start) of the first byte of the line NextLine
  // returned last.
  uint64_t line_offset() const { return line_offset_; }

  // The errno message of the failed read, after kError.
  const std::string& error() const { return error_; }

 private:
  // Refills the buffer after pos_ == end_. Returns false at EOF or on error (error_ set).
  bool Fill();

  // Reads more bytes at buf_[end_] on; false at the end or on an error (error_ set).
  bool TopUp();

  std::unique_ptr<FdSource> owned_;
  ByteSource* source_;
  std::vector<char> buf_;
  uint64_t base_ = 0;  // input offset of buf_[0]
  uint64_t line_offset_ = 0;
  size_t pos_ = 0;
  size_t end_ = 0;
  bool eof_ = false;
  std::string error_;
};

}  // namespace dyad::io
