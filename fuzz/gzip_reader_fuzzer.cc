// fuzz/gzip_reader_fuzzer.cc: gzip'd JSON Lines through io::ReadDocuments (io/gzip.h).
//
// The first byte chooses the mode:
// - even: the rest is a gzip file as it is (the magic bytes are put in front when
//   missing, so that the decoder, not the sniffing, is fuzzed). Checks: no crash, the
//   call succeeds, every document has an id; when GzipStream finds no damage, the
//   documents equal those read from the decoded bytes as a plain file.
// - odd: the rest is JSON Lines text, gzip'd here, then one byte of the gzip file (chosen
//   by the next two bytes) is XORed with the third. Check: every document read from the
//   damaged file has the text of one of the clean file's documents: a flipped byte never
//   yields an altered document. (Texts, not ids: a line without an id is named by its
//   path, which differs between the two in-memory files.)
#include <fcntl.h>
#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_util.h"
#include "io/gzip.h"
#include "io/readers.h"

namespace {

std::vector<dyad::Document> ReadAll(std::string_view bytes) {
  dyad::io::ReadOptions options;
  options.format = dyad::io::Format::kJsonl;
  options.max_document_bytes = 4096;
  dyad::fuzz::MemFile file(bytes);
  std::vector<dyad::Document> docs;
  auto status = dyad::io::ReadDocuments(
      file.path(), options, [&](dyad::Document&& d) { docs.push_back(std::move(d)); },
      [&](const dyad::Status& s) { DYAD_FUZZ_CHECK(!s.ok()); });
  DYAD_FUZZ_CHECK(status.ok());
  for (const auto& d : docs) DYAD_FUZZ_CHECK(!d.id.empty());
  return docs;
}

std::string Gzip(std::string_view text) {
  z_stream z{};
  if (deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) std::abort();
  std::string out(deflateBound(&z, text.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  z.avail_in = static_cast<uInt>(text.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  if (deflate(&z, Z_FINISH) != Z_STREAM_END) std::abort();
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// The decoded bytes of `gz`, and whether any damage or skipped bytes were found.
std::string Decode(std::string_view gz, bool* clean) {
  dyad::fuzz::MemFile file(gz);
  const int fd = ::open(file.path().c_str(), O_RDONLY);
  DYAD_FUZZ_CHECK(fd >= 0);
  dyad::io::GzipStream stream(fd);
  std::string out;
  char buf[4096];
  long n;
  while ((n = stream.Read(buf, sizeof buf)) > 0 && out.size() < (8u << 20)) out.append(buf, static_cast<size_t>(n));
  ::close(fd);
  *clean = n == 0 && stream.damage().empty() && stream.skipped_bytes() == 0;
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] % 2 == 0) {
    std::string gz(rest);
    if (!dyad::io::HasGzipMagic(gz)) gz = std::string("\x1f\x8b\x08\0\0\0\0\0\0\x03", 10) + gz;
    const auto docs = ReadAll(gz);
    bool clean = false;
    const std::string plain = Decode(gz, &clean);
    if (clean && plain.size() < (8u << 20)) {
      const auto expected = ReadAll(plain);
      DYAD_FUZZ_CHECK(docs.size() == expected.size());
      for (size_t i = 0; i < docs.size(); ++i) DYAD_FUZZ_CHECK(docs[i].text == expected[i].text);
    }
    return 0;
  }
  if (rest.size() < 3) return 0;
  const size_t at = static_cast<uint8_t>(rest[0]) * 256u + static_cast<uint8_t>(rest[1]);
  const auto flip = static_cast<uint8_t>(rest[2]);
  const std::string_view text = rest.substr(3);
  if (dyad::io::HasGzipMagic(text)) return 0;  // would be read as gzip itself
  std::set<std::string> original;
  for (auto& d : ReadAll(text)) original.insert(d.text);
  std::string gz = Gzip(text);
  if (flip != 0) gz[at % gz.size()] = static_cast<char>(gz[at % gz.size()] ^ flip);
  for (const auto& d : ReadAll(gz)) DYAD_FUZZ_CHECK(original.count(d.text) == 1);
  return 0;
}
