// io/gzip.cc: gzip members decoded one by one, damage located in the output.
//
// Why not zlib's gz* functions: gzread hands out decompressed bytes long before it has
// seen the member's CRC-32, and on a bad checksum it only says "incorrect data check" for
// the file. A byte flipped inside a stored (uncompressed) deflate block decodes without
// complaint into altered text, so whatever a reader did with those bytes before the
// check is already done. Here inflate() runs on raw buffers, and every failure is tied to
// the range of decompressed bytes its member produced. ReadDocuments (readers.cc) decodes
// a file twice: once to learn the damaged ranges (ScanGzip), once to read documents,
// dropping every line that touches a damaged range. The second pass gives the same stream
// as the first because decoding is deterministic.
//
// Members: a gzip file may be several members back to back (cat a.gz b.gz; bgzip writes
// one per 64 KiB). After a member ends, the next must start with 1f 8b 08; after a
// failure the input is searched for that header, so one bad member loses only itself. A
// false header found inside damaged data almost always fails at once and is just more
// damage (merged with the cut member before it into one stretch), and since its decoding
// may have run over a real header, the search starts again just after the false one (the
// descriptor is seekable: a file, or standard input copied to one). Bytes skipped after a
// clean member are counted as garbage.
//
// Invariants: out_ counts every byte Read has delivered; a member's output is
// [member_out_start_, out_ at its end); damage ranges are in stream order and disjoint.
// Cost: one pass of inflate per decode; memory two fixed buffers and zlib's window.
#include "io/gzip.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace dyad::io {
namespace {
constexpr size_t kInputBytes = 256u << 10;
}  // namespace

bool HasGzipMagic(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

GzipStream::GzipStream(int fd) : fd_(fd), in_(kInputBytes) {
  z_ready_ = inflateInit2(&z_, 16 + MAX_WBITS) == Z_OK;
  if (!z_ready_) error_ = "cannot start zlib";
}

GzipStream::~GzipStream() {
  if (z_ready_) inflateEnd(&z_);
}

bool GzipStream::FillInput() {
  if (in_eof_) return false;
  const size_t pos = static_cast<size_t>(z_.next_in ? z_.next_in - in_.data() : 0);
  const size_t left = z_.avail_in;
  std::memmove(in_.data(), in_.data() + pos, left);
  in_file_offset_ += pos;
  z_.next_in = in_.data();
  while (true) {
    const ssize_t n = ::read(fd_, in_.data() + left, in_.size() - left);
    if (n > 0) {
      z_.avail_in = static_cast<uInt>(left + static_cast<size_t>(n));
      return true;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) error_ = std::strerror(errno);
    z_.avail_in = static_cast<uInt>(left);
    in_eof_ = true;
    return false;
  }
}

bool GzipStream::FindMember() {
  while (true) {
    const unsigned char* p = z_.next_in;
    const size_t n = z_.avail_in;
    for (size_t i = 0; i + 3 <= n; ++i) {
      if (p[i] == 0x1f && p[i + 1] == 0x8b && p[i + 2] == 0x08) {
        if (!after_damage_) skipped_ += i;
        z_.next_in += i;
        z_.avail_in -= static_cast<uInt>(i);
        return true;
      }
    }
    // Keep the last two bytes: they may begin a header.
    const size_t drop = n > 2 ? n - 2 : 0;
    if (!after_damage_) skipped_ += drop;
    z_.next_in += drop;
    z_.avail_in -= static_cast<uInt>(drop);
    if (!FillInput()) {
      if (!after_damage_) skipped_ += z_.avail_in;
      z_.avail_in = 0;
      return false;
    }
  }
}

void GzipStream::Damage(const char* reason, bool cut) {
  const bool ends_line = out_ > member_out_start_ && last_byte_ == '\n';
  // A header found while searching on after a cut member is most likely a false one inside
  // the rest of that member: one damaged stretch, not two.
  if (!damage_.empty() && damage_.back().cut && damage_.back().out_end == member_out_start_) {
    damage_.back().out_end = out_;
    damage_.back().cut = cut;
    damage_.back().ends_line = ends_line;
    return;
  }
  damage_.push_back({member_file_offset_, member_out_start_, out_, reason ? reason : "corrupt data", cut, ends_line});
}

bool GzipStream::Rewind(uint64_t file_offset) {
  if (::lseek(fd_, static_cast<off_t>(file_offset), SEEK_SET) != static_cast<off_t>(file_offset)) return false;
  in_file_offset_ = file_offset;
  z_.next_in = in_.data();
  z_.avail_in = 0;
  in_eof_ = false;
  return true;
}

long GzipStream::Read(char* buf, size_t n) {
  if (!z_ready_) return -1;
  while (true) {
    if (state_ == State::kDone) return error_.empty() ? 0 : -1;
    if (state_ == State::kBetween) {
      if ((z_.avail_in == 0 && !FillInput()) || !FindMember()) {
        state_ = State::kDone;
        continue;
      }
      inflateReset(&z_);
      member_file_offset_ = in_file_offset_ + static_cast<uint64_t>(z_.next_in - in_.data());
      member_out_start_ = out_;
      member_after_damage_ = after_damage_;
      after_damage_ = false;
      state_ = State::kInMember;
    }
    if (z_.avail_in == 0 && !FillInput()) {
      if (!error_.empty()) return -1;
      Damage("unexpected end of file: the gzip data is cut short", true);
      // A false header's decoding may have run over real members: search again after it.
      const bool again = member_after_damage_ && Rewind(member_file_offset_ + 1);
      after_damage_ = true;
      state_ = again ? State::kBetween : State::kDone;
      continue;
    }
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = static_cast<uInt>(n);
    const int rc = inflate(&z_, Z_NO_FLUSH);
    const size_t produced = n - z_.avail_out;
    out_ += produced;
    if (produced > 0) last_byte_ = buf[produced - 1];
    if (rc == Z_STREAM_END) {
      ++members_;
      state_ = State::kBetween;
    } else if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT || rc == Z_STREAM_ERROR) {
      ++members_;
      const std::string why = z_.msg ? z_.msg : "corrupt data";
      Damage(why.c_str(), why.find("check") == std::string::npos);
      state_ = State::kBetween;
      after_damage_ = true;
      // A false header (found after damage) may have decoded over a real member's header:
      // search again from just after it. Otherwise go on from here, never finding the same
      // header again.
      const uint64_t at = in_file_offset_ + static_cast<uint64_t>(z_.next_in - in_.data());
      if (member_after_damage_ && Rewind(member_file_offset_ + 1)) {
      } else if (at <= member_file_offset_ && z_.avail_in > 0) {
        ++z_.next_in;
        --z_.avail_in;
      }
    } else if (rc == Z_MEM_ERROR) {
      error_ = "out of memory in zlib";
      state_ = State::kDone;
    }
    if (produced > 0) return static_cast<long>(produced);
  }
}

Result<GzipScan> ScanGzip(int fd) {
  if (::lseek(fd, 0, SEEK_SET) != 0) return Status::IoError(std::string("cannot seek: ") + std::strerror(errno));
  GzipStream stream(fd);
  std::vector<char> buf(256u << 10);
  GzipScan scan;
  long n;
  while ((n = stream.Read(buf.data(), buf.size())) > 0) scan.out_bytes += static_cast<uint64_t>(n);
  if (n < 0) return Status::IoError("read failed: " + stream.error());
  scan.damage = stream.damage();
  scan.skipped_bytes = stream.skipped_bytes();
  scan.members = stream.members();
  return scan;
}

}  // namespace dyad::io
