// io/gzip.h: decompressing gzip'd input, member by member, knowing what is damaged.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "io/line_reader.h"

namespace dyad::io {

// True when `head` starts with the gzip magic bytes 1f 8b.
bool HasGzipMagic(std::string_view head);

// A stretch of the decompressed stream that cannot be trusted: the output of a member
// whose data or checksum is wrong, or that is cut short. Offsets are bytes into the
// decompressed stream (all members concatenated); [out_start, out_end).
struct GzipDamage {
  uint64_t file_offset = 0;  // where the damaged member starts in the compressed file
  uint64_t out_start = 0;
  uint64_t out_end = 0;
  std::string reason;        // zlib's words: "incorrect data check", "invalid block type",
                             // "unexpected end of file"...
  // Decoding stopped before the member's end, so part of its output is missing (a bad
  // deflate block, a cut file); false when only the CRC-32 or length check failed.
  bool cut = false;
  // The member's decoded output ends with '\n' (so a line starting after it starts afresh).
  bool ends_line = false;
};

// The decompressed bytes of every gzip member of a descriptor, in order, as a ByteSource.
// A member that fails (bad deflate data, wrong CRC-32 or length, cut short) still
// delivers what it decoded, and is recorded in damage(); decoding then resumes at the next
// member header found after it (multi-member files such as bgzip's keep their good
// members). A header found that way which fails too is taken for a false one: its output
// joins the damage before it, and the search resumes one byte after it (the descriptor
// must be seekable for that; otherwise it resumes where decoding stopped). Bytes between or after members that are not gzip data are skipped and counted
// in skipped_bytes(). Deterministic: reading the same bytes again gives the same stream
// and the same damage, which is how ReadDocuments can verify a whole file first and then
// read it, dropping exactly the lines that touch damage.
// Memory: two fixed buffers and zlib's 32 KiB window. Does not own the descriptor; reads
// from its current offset.
class GzipStream : public ByteSource {
 public:
  explicit GzipStream(int fd);
  ~GzipStream() override;
  GzipStream(const GzipStream&) = delete;
  GzipStream& operator=(const GzipStream&) = delete;

  long Read(char* buf, size_t n) override;
  std::string error() const override { return error_; }

  // Damage found so far (all of it once Read has returned 0).
  const std::vector<GzipDamage>& damage() const { return damage_; }
  // Bytes that were neither a member nor inside a damaged member (trailing garbage).
  uint64_t skipped_bytes() const { return skipped_; }
  // Complete members decoded so far, good or damaged.
  int members() const { return members_; }

 private:
  enum class State { kBetween, kInMember, kDone };
  bool FillInput();   // more compressed bytes; false at the end or on an error
  bool FindMember();  // skips to the next member header; false when there is none
  void Damage(const char* reason, bool cut);
  bool Rewind(uint64_t file_offset);  // reads on from there; false when fd cannot seek

  int fd_;
  z_stream z_{};
  bool z_ready_ = false;
  std::vector<unsigned char> in_;
  uint64_t in_file_offset_ = 0;  // file offset of in_[0]
  bool in_eof_ = false;
  State state_ = State::kBetween;
  bool after_damage_ = false;
  bool member_after_damage_ = false;  // the member's header was found searching after damage
  uint64_t out_ = 0;
  uint64_t member_file_offset_ = 0;
  uint64_t member_out_start_ = 0;
  char last_byte_ = 0;  // the last byte delivered
  std::vector<GzipDamage> damage_;
  uint64_t skipped_ = 0;
  int members_ = 0;
  std::string error_;
};

// What a whole-file pass found: damage, skipped bytes and members.
struct GzipScan {
  std::vector<GzipDamage> damage;
  uint64_t skipped_bytes = 0;
  int members = 0;
  uint64_t out_bytes = 0;
};

// Decompresses all of `fd` from offset 0 (it must be seekable), keeping nothing, and says
// what is damaged. Leaves the offset at the end. An IoError only when reading fails.
Result<GzipScan> ScanGzip(int fd);

}  // namespace dyad::io
