// Integration tests of `dyad code` on gzip'd input: files and standard input are read as
// `dyad ingest` reads them (io::ReadDocuments), and a damaged member codes nothing.
#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

#include "cli_test_util.h"

namespace dyad::testing {
namespace {

// `text` gzip'd into `path` (level 0: stored blocks, so the text is in the file as is).
void WriteGz(const std::filesystem::path& path, const std::string& text, int level) {
  gzFile f = gzopen(path.c_str(), ("wb" + std::to_string(level)).c_str());
  ASSERT_NE(f, nullptr);
  gzwrite(f, text.data(), static_cast<unsigned>(text.size()));
  gzclose(f);
}

int Count(const std::string& s, const std::string& what) {
  int n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

const char kTwo[] =
    "{\"id\":\"one\",\"date\":\"2019-04-10\",\"text\":\"Iran visited Germany.\"}\n"
    "{\"id\":\"two\",\"date\":\"2019-04-11\",\"text\":\"Tokayev visited Germany.\"}\n";

TEST(CodeGzip, AGzippedFileAndGzipOnStdinAreCodedLikeThePlainFile) {
  auto dir = ScratchDir("code-gz");
  const auto plain = WriteFile(dir / "news.jsonl", kTwo);
  WriteGz(dir / "news.jsonl.gz", kTwo, 6);
  auto expected = RunDyad("code " + MiniDictArgs() + " " + plain);
  ASSERT_EQ(expected.exit_code, 0) << expected.err;
  EXPECT_EQ(Count(expected.out, "\"doc_id\":\"one\""), 1);
  EXPECT_EQ(Count(expected.out, "\"doc_id\":\"two\""), 1);
  auto file = RunDyad("code " + MiniDictArgs() + " " + (dir / "news.jsonl.gz").string());
  EXPECT_EQ(file.exit_code, 0) << file.err;
  EXPECT_EQ(file.out, expected.out);
  auto in = RunDyad("code " + MiniDictArgs() + " -", (dir / "news.jsonl.gz").string());
  EXPECT_EQ(in.exit_code, 0) << in.err;
  EXPECT_EQ(in.out, expected.out);
  // Through a pipe (not seekable): spooled, verified, then read.
  const std::string out = (dir / "piped.out").string();
  const std::string cmd = "cat " + (dir / "news.jsonl.gz").string() + " | " + DYAD_BINARY + " code " + MiniDictArgs() +
                          " >" + out;
  const int status = std::system(cmd.c_str());
  EXPECT_EQ(WIFEXITED(status) ? WEXITSTATUS(status) : -1, 0);
  EXPECT_EQ(ReadAll(out), expected.out);
}

TEST(CodeGzip, ADamagedMemberCodesNothingAndIsNamed) {
  auto dir = ScratchDir("code-gz-bad");
  WriteGz(dir / "news.jsonl.gz", kTwo, 0);
  std::string bytes = ReadAll((dir / "news.jsonl.gz").string());
  bytes[bytes.find("Tokayev")] ^= 0x20;  // 'T' -> 't'
  const auto bad = WriteFile(dir / "news.jsonl.gz", bytes);
  auto r = RunDyad("code " + MiniDictArgs() + " " + bad);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("dyad code: " + bad + ": corrupt gzip data in the member at byte 0 of the file "
                       "(incorrect data check): lines 1-2 not read (2 documents)"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace dyad::testing
