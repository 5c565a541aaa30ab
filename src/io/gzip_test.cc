// Tests of gzip'd input: GzipStream's damage ranges, and ReadDocuments on gzip'd files
// and gzip'd standard input, which must never hand on a document from a member whose data
// or checksum is wrong, and must say which lines it did not store. Inputs are invented
// sentences; expected values were worked out by hand.
#include "io/gzip.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>

#include "io/readers.h"

namespace dyad::io {
namespace {
namespace fs = std::filesystem;

// `text` gzip'd at `level` (0: stored blocks, the text appears as is in the file).
std::string Gzip(const std::string& text, int level = 6) {
  const fs::path tmp = fs::temp_directory_path() / ("dyad-gzip-test-" + std::to_string(::getpid()) + ".gz");
  gzFile gz = gzopen(tmp.c_str(), ("wb" + std::to_string(level)).c_str());
  EXPECT_NE(gz, nullptr);
  EXPECT_EQ(gzwrite(gz, text.data(), static_cast<unsigned>(text.size())), static_cast<int>(text.size()));
  gzclose(gz);
  std::ifstream in(tmp, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  fs::remove(tmp);
  return bytes;
}

class GzipTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad-gzip-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  // GzipStream over `bytes`: the decoded stream; damage in *damage.
  std::string Decode(const std::string& bytes, std::vector<GzipDamage>* damage, uint64_t* skipped = nullptr) {
    const int fd = ::open(Write("d.gz", bytes).c_str(), O_RDONLY);
    GzipStream s(fd);
    std::string out;
    char buf[7];  // tiny, so members end mid-buffer
    long n;
    while ((n = s.Read(buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
    EXPECT_EQ(n, 0) << s.error();
    *damage = s.damage();
    if (skipped) *skipped = s.skipped_bytes();
    ::close(fd);
    return out;
  }

  void Read(const std::string& path) {
    docs_.clear();
    errors_.clear();
    Status s = ReadDocuments(path, ReadOptions{}, [&](Document&& d) { docs_.push_back(std::move(d)); },
                             [&](const Status& e) { errors_.push_back(e.message()); });
    EXPECT_TRUE(s.ok()) << s.message();
  }

  fs::path dir_;
  std::vector<Document> docs_;
  std::vector<std::string> errors_;
};

const std::string kThree =
    "{\"id\":\"a\",\"text\":\"Iran visited Germany.\"}\n"
    "{\"id\":\"b\",\"text\":\"Germany criticized Iran.\"}\n"
    "{\"id\":\"c\",\"text\":\"Arnor praised Gondor.\"}\n";

TEST_F(GzipTest, MembersAreDecodedInOrderAndGarbageAfterThemIsCounted) {
  std::vector<GzipDamage> damage;
  uint64_t skipped = 0;
  EXPECT_EQ(Decode(Gzip("one\ntw") + Gzip("o\nthree\n", 0) + "junk!", &damage, &skipped), "one\ntwo\nthree\n");
  EXPECT_TRUE(damage.empty());
  EXPECT_EQ(skipped, 5u);
}

TEST_F(GzipTest, AFlippedByteInAStoredBlockIsDamageCoveringTheWholeMember) {
  const std::string first = Gzip("alpha\n");
  std::string second = Gzip("Iran visited Germany.\n", 0);
  second[second.find("Germany")] ^= 0x20;  // 'G' -> 'g': still text, only the CRC can tell
  std::vector<GzipDamage> damage;
  EXPECT_EQ(Decode(first + second + Gzip("omega\n"), &damage), "alpha\nIran visited germany.\nomega\n");
  ASSERT_EQ(damage.size(), 1u);
  EXPECT_EQ(damage[0].file_offset, first.size());
  EXPECT_EQ(damage[0].out_start, 6u);   // after "alpha\n"
  EXPECT_EQ(damage[0].out_end, 28u);    // 6 + 22 bytes of the second member
  EXPECT_EQ(damage[0].reason, "incorrect data check");
  EXPECT_FALSE(damage[0].cut);
}

TEST_F(GzipTest, ACutFileIsDamageToTheEnd) {
  const std::string whole = Gzip("Iran visited Germany.\n", 0);
  std::vector<GzipDamage> damage;
  EXPECT_EQ(Decode(whole.substr(0, whole.size() - 6), &damage), "Iran visited Germany.\n");  // CRC read, size not
  ASSERT_EQ(damage.size(), 1u);
  EXPECT_TRUE(damage[0].cut);
  EXPECT_NE(damage[0].reason.find("cut short"), std::string::npos) << damage[0].reason;
}

TEST_F(GzipTest, AFalseHeaderAfterACutMemberIsPartOfTheSameDamage) {
  std::string bad = Gzip("Iran visited Germany.\n", 0);
  bad[10] = 0x07;  // the first deflate block's header: BTYPE 11, reserved: "invalid block type"
  const std::string false_header = std::string("\x1f\x8b\x08\0\0\0\0\0\0\x03", 10) + "junk";
  std::vector<GzipDamage> damage;
  // The false member decodes "junk" into a few bytes of garbage before failing; then the
  // search starts again right after its header and finds the real last member.
  const std::string out = Decode(bad + false_header + Gzip("omega\n"), &damage);
  ASSERT_GE(out.size(), 6u);
  EXPECT_EQ(out.substr(out.size() - 6), "omega\n");
  ASSERT_EQ(damage.size(), 1u);  // the bad member and the false one: one stretch
  EXPECT_EQ(damage[0].file_offset, 0u);
  EXPECT_EQ(damage[0].reason, "invalid block type");
  EXPECT_EQ(damage[0].out_start, 0u);
  EXPECT_EQ(damage[0].out_end, out.size() - 6);  // everything before "omega\n" is damage
  EXPECT_TRUE(damage[0].cut);
}

TEST_F(GzipTest, NothingFromAMemberWithABadChecksumIsStoredAndTheLinesAreNamed) {
  std::string bad = Gzip(kThree, 0);
  bad[bad.find("Germany criticized")] ^= 0x20;
  Read(Write("news.jsonl.gz", bad));
  EXPECT_TRUE(docs_.empty());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0], (dir_ / "news.jsonl.gz").string() +
                            ": corrupt gzip data in the member at byte 0 of the file (incorrect data check): "
                            "lines 1-3 not read (3 documents)");
}

TEST_F(GzipTest, OnlyTheDamagedMemberIsLost) {
  const std::string good = Gzip(kThree);
  std::string bad = Gzip("{\"id\":\"x\",\"text\":\"Mordor attacked Gondor.\"}\n", 0);
  bad[bad.find("Mordor")] ^= 0x01;  // 'M' -> 'L'
  Read(Write("news.jsonl.gz", good + bad + good));
  // Lines 1-3 and 5-7 are good; line 4, the bad member, is dropped. (Its decoding was
  // complete and ended a line, so line 5 starts afresh and is kept.)
  ASSERT_EQ(docs_.size(), 6u);
  EXPECT_EQ(docs_[2].text, "Arnor praised Gondor.");
  EXPECT_EQ(docs_[3].id, "a");
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_NE(errors_[0].find("member at byte " + std::to_string(good.size()) +
                            " of the file (incorrect data check): line 4 not read (1 document)"),
            std::string::npos)
      << errors_[0];
}

TEST_F(GzipTest, APlainTextDocumentWithDamageIsNotStored) {
  std::string bad = Gzip("Iran visited Germany.\n", 0);
  bad[bad.find("Iran")] ^= 0x01;
  Read(Write("story.txt.gz", bad));
  EXPECT_TRUE(docs_.empty());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_NE(errors_[0].find("story.txt.gz: corrupt gzip data in the member at byte 0 of the file "
                            "(incorrect data check): the document was not read"),
            std::string::npos)
      << errors_[0];
  Read(Write("story.txt.gz", Gzip("Iran visited Germany.\n")));
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "story.txt");
}

TEST_F(GzipTest, GzipOnStandardInputIsReadToo) {
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  const std::string gz = Gzip(kThree);  // small enough for the pipe's buffer
  ASSERT_EQ(::write(fds[1], gz.data(), gz.size()), static_cast<ssize_t>(gz.size()));
  ::close(fds[1]);
  const int saved = ::dup(0);
  ::dup2(fds[0], 0);
  ::close(fds[0]);
  Read("-");
  ::dup2(saved, 0);
  ::close(saved);
  ASSERT_EQ(docs_.size(), 3u);
  EXPECT_EQ(docs_[1].text, "Germany criticized Iran.");
  EXPECT_EQ(docs_[1].origin, "<stdin>:2");
  EXPECT_TRUE(errors_.empty());
}

// Fault injection: one byte of a two-member gzip'd JSON Lines file replaced by another
// value, 200 times at seeded random places. Whatever happens, no document is handed on
// whose text differs from the original's, and a run that lost documents says so.
TEST_F(GzipTest, NoFlippedByteEverAltersAStoredDocument) {
  std::map<std::string, std::string> original;
  std::string half[2];
  for (int i = 0; i < 40; ++i) {
    const std::string id = "d" + std::to_string(i);
    const std::string text = "Iran visited Germany on day " + std::to_string(i * 37) + ".";
    original[id] = text;
    half[i / 20] += "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}\n";
  }
  const std::string clean = Gzip(half[0]) + Gzip(half[1], 0);
  std::mt19937 rng(20261207);
  int lossy_runs = 0;
  for (int run = 0; run < 200; ++run) {
    std::string bytes = clean;
    const size_t at = std::uniform_int_distribution<size_t>(0, bytes.size() - 1)(rng);
    bytes[at] = static_cast<char>(bytes[at] ^ std::uniform_int_distribution<int>(1, 255)(rng));
    Read(Write("f.jsonl.gz", bytes));
    for (const Document& d : docs_) {
      auto it = original.find(d.id);
      ASSERT_NE(it, original.end()) << "run " << run << " byte " << at << ": unknown id " << d.id;
      EXPECT_EQ(d.text, it->second) << "run " << run << " byte " << at;
    }
    if (docs_.size() < original.size()) {
      ++lossy_runs;
      EXPECT_FALSE(errors_.empty()) << "run " << run << " byte " << at << " lost documents silently";
    }
  }
  EXPECT_GT(lossy_runs, 100);  // most bytes of a gzip file matter
}

}  // namespace
}  // namespace dyad::io
