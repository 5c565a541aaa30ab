// io/line_reader.cc: bounded line reading.
//
// A JSON Lines file may hold a line of any size (a 50 MB article pasted whole, a file that
// is not line-oriented at all). std::getline would grow a string to hold it; here a line
// is copied out of the fixed buffer only while it fits the caller's limit, and once it
// exceeds it the reader stops copying, frees nothing it does not own, and simply scans
// for the next '\n' while counting bytes. So memory is the buffer plus at most one line
// of `limit` bytes, whatever the input, and the oversized line can still be reported with
// its exact size. Each byte is looked at once, by memchr.
#include "io/line_reader.h"

#include <cerrno>
#include <algorithm>
#include <cstring>
#include <system_error>

#include <unistd.h>

namespace dyad::io {

long FdSource::Read(char* buf, size_t n) {
  while (true) {
    const ssize_t got = ::read(fd_, buf, n);
    if (got >= 0) return static_cast<long>(got);
    if (errno == EINTR) continue;
    error_ = std::generic_category().message(errno);
    return -1;
  }
}

LineReader::LineReader(int fd, size_t buffer_bytes)
    : owned_(std::make_unique<FdSource>(fd)), source_(owned_.get()), buf_(buffer_bytes == 0 ? 1 : buffer_bytes) {}

LineReader::LineReader(ByteSource* source, size_t buffer_bytes)
    : source_(source), buf_(buffer_bytes == 0 ? 1 : buffer_bytes) {}

bool LineReader::TopUp() {
  if (eof_ || end_ == buf_.size()) return false;
  const long n = source_->Read(buf_.data() + end_, buf_.size() - end_);
  if (n > 0) {
    end_ += static_cast<size_t>(n);
    return true;
  }
  if (n < 0) {
    error_ = source_->error();
    if (error_.empty()) error_ = "read failed";
  }
  eof_ = true;
  return false;
}

bool LineReader::Fill() {
  base_ += end_;
  pos_ = end_ = 0;
  return TopUp();
}

std::string_view LineReader::Peek(size_t n) {
  if (pos_ > 0) {
    std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
    base_ += pos_;
    end_ -= pos_;
    pos_ = 0;
  }
  while (end_ < n && TopUp()) {
  }
  return std::string_view(buf_.data(), std::min(n, end_));
}

bool LineReader::NextChunk(std::string_view* chunk) {
  if (pos_ == end_ && !Fill()) return false;
  *chunk = std::string_view(buf_.data() + pos_, end_ - pos_);
  pos_ = end_;
  return true;
}

LineReader::Next LineReader::NextLine(size_t limit, std::string* line, uint64_t* length) {
  line_offset_ = base_ + pos_;
  line->clear();
  *length = 0;
  bool too_long = false;
  bool any = false;  // saw at least one byte or a '\n' of this line
  while (true) {
    if (pos_ == end_ && !Fill()) {
      if (!error_.empty()) return Next::kError;
      if (!any) return Next::kEof;
      break;  // last line without '\n'
    }
    any = true;
    const char* start = buf_.data() + pos_;
    const size_t avail = end_ - pos_;
    const void* nl = std::memchr(start, '\n', avail);
    const size_t take = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : avail;
    *length += take;
    if (!too_long) {
      if (*length > limit) {
        too_long = true;
        line->clear();
      } else {
        line->append(start, take);
      }
    }
    pos_ += take;
    if (nl) {
      ++pos_;  // the '\n'
      break;
    }
  }
  if (too_long) {
    line->clear();
    return Next::kTooLong;
  }
  return Next::kLine;
}

LineReader::Next LineReader::ReadAll(size_t limit, std::string* all, uint64_t* length) {
  all->clear();
  *length = 0;
  bool too_long = false;
  while (true) {
    if (pos_ == end_ && !Fill()) {
      if (!error_.empty()) return Next::kError;
      break;
    }
    const size_t take = end_ - pos_;
    *length += take;
    if (!too_long) {
      if (*length > limit) {
        too_long = true;
        all->clear();
        all->shrink_to_fit();
      } else {
        all->append(buf_.data() + pos_, take);
      }
    }
    pos_ = end_;
  }
  return too_long ? Next::kTooLong : Next::kLine;
}

int LineReader::PeekFirstNonBlank() {
  // Top the buffer up (without consuming) until it is full or the input ends.
  (void)Peek(0);
  while (end_ < buf_.size()) {
    // Enough to decide once a non-blank byte is in.
    bool decided = false;
    for (size_t i = pos_; i < end_ && !decided; ++i) {
      const unsigned char c = static_cast<unsigned char>(buf_[i]);
      decided = !(c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB || c == 0xBF);
    }
    if (decided || !TopUp()) break;
  }
  for (size_t i = pos_; i < end_; ++i) {
    const unsigned char c = static_cast<unsigned char>(buf_[i]);
    if (i + 3 <= end_ && c == 0xEF && static_cast<unsigned char>(buf_[i + 1]) == 0xBB &&
        static_cast<unsigned char>(buf_[i + 2]) == 0xBF) {
      i += 2;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    return c;
  }
  return -1;
}

}  // namespace dyad::io
