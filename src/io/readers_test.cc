// Tests of the plain-text and JSON Lines readers. Inputs are written to a fresh temporary
// directory; expected values were worked out by hand from those inputs.
#include "io/readers.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace dyad::io {
namespace {

namespace fs = std::filesystem;

class ReadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "dyad-readers-XXXXXX").string();
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string path = (dir_ / name).string();
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path;
  }

  Status Read(const std::string& path, const ReadOptions& options = {}) {
    docs_.clear();
    errors_.clear();
    return ReadDocuments(
        path, options, [this](Document&& d) { docs_.push_back(std::move(d)); },
        [this](const Status& s) { errors_.push_back(s); });
  }

  // The whole of stdin replaced by `bytes` for one ReadDocuments("-") call.
  Status ReadStdin(const std::string& bytes, const ReadOptions& options = {}) {
    const std::string path = Write("stdin.bin", bytes);
    const int saved = ::dup(0);
    const int fd = ::open(path.c_str(), O_RDONLY);
    EXPECT_GE(fd, 0);
    ::dup2(fd, 0);
    ::close(fd);
    Status s = Read("-", options);
    ::dup2(saved, 0);
    ::close(saved);
    return s;
  }

  static bool Contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
  }

  fs::path dir_;
  std::vector<Document> docs_;
  std::vector<Status> errors_;
};

constexpr const char* kSeedStart =
    "Publication: Eurasia Daily Monitor Volume: 3 Issue: 117\n"
    "\n"
    "During his June 6 visit to Tehran Kazakh Foreign Minister Kasymzhomart Tokayev extended "
    "a message of friendship from President Nursultan Nazarbayev to Iranian President Mahmoud "
    "Ahmadinejad.\n";

// ---- plain text ------------------------------------------------------------------------

TEST_F(ReadTest, ReadTextSeedHeaderBecomesMeta) {
  const std::string path = Write("edm-v3-i117.txt", kSeedStart);
  ASSERT_TRUE(Read(path).ok());
  ASSERT_TRUE(errors_.empty()) << errors_[0].message();
  ASSERT_EQ(docs_.size(), 1u);
  const Document& d = docs_[0];
  EXPECT_EQ(d.id, "edm-v3-i117.txt");
  EXPECT_EQ(d.origin, path);
  EXPECT_EQ(d.meta.size(), 3u);
  EXPECT_EQ(d.meta.at("publication"), "Eurasia Daily Monitor");
  EXPECT_EQ(d.meta.at("volume"), "3");
  EXPECT_EQ(d.meta.at("issue"), "117");
  EXPECT_EQ(d.date, "");
  // The text starts after the header and the blank line; offsets are into it.
  EXPECT_EQ(d.text.rfind("During his June 6 visit", 0), 0u);
  EXPECT_EQ(d.text.find("Tehran"), 27u);
  EXPECT_EQ(d.text.back(), '\n');
}

TEST_F(ReadTest, ReadTextRealSeedArticle) {
  const std::string seed = std::string(DYAD_SHARED_DIR) + "/seed/eurasia-daily-monitor-v3-i117.txt";
  if (!fs::exists(seed)) GTEST_SKIP() << "no seed article at " << seed;
  ASSERT_TRUE(Read(seed).ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].meta.at("publication"), "Eurasia Daily Monitor");
  EXPECT_EQ(docs_[0].meta.at("issue"), "117");
  EXPECT_EQ(docs_[0].text.rfind("During his June 6 visit to Tehran", 0), 0u);
}

TEST_F(ReadTest, ReadTextColonSentenceIsNotAHeader) {
  const char* firsts[] = {
      "Officials said: the talks failed.\nMore text.\n",
      "However: the talks failed. Publication: none.\n",
      "Date of the talks: unknown.\n",  // a key not followed by ':'
      "Sources: Reuters, AP.\n",        // not a known key
      "The title: Source: nothing.\n",
  };
  for (const char* text : firsts) {
    ASSERT_TRUE(Read(Write("a.txt", text)).ok());
    ASSERT_EQ(docs_.size(), 1u) << text;
    EXPECT_EQ(docs_[0].text, text);
    EXPECT_TRUE(docs_[0].meta.empty()) << text;
  }
}

TEST_F(ReadTest, ReadTextDateHeaderGivesTheDocumentDate) {
  ReadOptions opt;
  opt.default_date = "2001-01-01";
  ASSERT_TRUE(Read(Write("a.txt", "Date: June 9, 2006 Source: Tehran Times\n\nText."), opt).ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].date, "2006-06-09");
  EXPECT_EQ(docs_[0].meta.at("date"), "June 9, 2006");
  EXPECT_EQ(docs_[0].meta.at("source"), "Tehran Times");
  EXPECT_EQ(docs_[0].text, "Text.");

  // An unreadable date keeps the default, and the raw value stays in meta.
  ASSERT_TRUE(Read(Write("b.txt", "DATE: sometime in June\nText."), opt).ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].date, "2001-01-01");
  EXPECT_EQ(docs_[0].meta.at("date"), "sometime in June");
  EXPECT_EQ(docs_[0].text, "Text.");
}

TEST_F(ReadTest, ReadTextSeveralHeaderLinesAndColonsInValues) {
  ASSERT_TRUE(Read(Write("a.txt",
                         "Title: Iran: a view from Astana\n"
                         "URL: https://example.org/a?b=c Author: J. Smith\n"
                         "  \n\n"
                         "Body here.\n"))
                  .ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].meta.at("title"), "Iran: a view from Astana");
  EXPECT_EQ(docs_[0].meta.at("url"), "https://example.org/a?b=c");
  EXPECT_EQ(docs_[0].meta.at("author"), "J. Smith");
  EXPECT_EQ(docs_[0].text, "Body here.\n");
}

TEST_F(ReadTest, ReadTextEmpty) {
  const std::string path = Write("empty.txt", "");
  ASSERT_TRUE(Read(path).ok());
  EXPECT_TRUE(docs_.empty());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_TRUE(Contains(errors_[0].message(), path)) << errors_[0].message();
  EXPECT_TRUE(Contains(errors_[0].message(), "empty document")) << errors_[0].message();

  ASSERT_TRUE(Read(Write("blank.txt", " \n\r\n\t\n")).ok());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_TRUE(Contains(errors_[0].message(), "empty document"));

  ASSERT_TRUE(Read(Write("header-only.txt", "Publication: X Volume: 1\n\n")).ok());
  EXPECT_TRUE(docs_.empty());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_TRUE(Contains(errors_[0].message(), "empty document"));
}

TEST_F(ReadTest, ReadTextBinary) {
  const std::string path = Write("bin.dat", std::string("GIF89a\x01\x00\x02\x00", 10));
  ASSERT_TRUE(Read(path).ok());
  EXPECT_TRUE(docs_.empty());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_TRUE(Contains(errors_[0].message(), path + ": binary")) << errors_[0].message();
  EXPECT_TRUE(Contains(errors_[0].message(), "byte 7")) << errors_[0].message();
}

TEST_F(ReadTest, ReadTextUtf16IsNamed) {
  ASSERT_TRUE(Read(Write("u16.txt", std::string("\xFF\xFEH\0i\0", 6))).ok());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_TRUE(Contains(errors_[0].message(), "UTF-16")) << errors_[0].message();
}

TEST_F(ReadTest, ReadTextInvalidUtf8NamesByteAndLine) {
  // "line one\n" is 9 bytes and "line two " 9 more: the bad byte 0xC3 (followed by '(',
  // not a continuation byte) is at offset 18, on line 2.
  const std::string path = Write("bad.txt", "line one\nline two \xC3( three\n");
  ASSERT_TRUE(Read(path).ok());
  EXPECT_TRUE(docs_.empty());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].message(), path + ": invalid UTF-8 at byte 18 (line 2)");
}

TEST_F(ReadTest, ReadTextTooLarge) {
  const std::string path = Write("big.txt", std::string(50u << 20, 'a'));
  ASSERT_TRUE(Read(path).ok());
  EXPECT_TRUE(docs_.empty());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].code(), Status::Code::kTooLarge);
  EXPECT_TRUE(Contains(errors_[0].message(), path + ": too large: 52428800 bytes")) << errors_[0].message();
}

TEST_F(ReadTest, ReadTextCrlf) {
  ASSERT_TRUE(Read(Write("crlf.txt", "Publication: X Volume: 1\r\n\r\nFirst line.\r\nSecond.\r\n")).ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].meta.at("publication"), "X");
  EXPECT_EQ(docs_[0].meta.at("volume"), "1");
  EXPECT_EQ(docs_[0].text, "First line.\r\nSecond.\r\n");  // the original bytes
}

TEST_F(ReadTest, ReadTextByteOrderMark) {
  ASSERT_TRUE(Read(Write("bom.txt", "\xEF\xBB\xBFHello world.\n")).ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].text, "Hello world.\n");
  EXPECT_EQ(docs_[0].text.find("world"), 6u);

  ASSERT_TRUE(Read(Write("bom-header.txt", "\xEF\xBB\xBFPublication: X\n\nBody.")).ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].meta.at("publication"), "X");
  EXPECT_EQ(docs_[0].text, "Body.");
}

// ---- JSON Lines ------------------------------------------------------------------------

TEST_F(ReadTest, ReadJsonlGoodLines) {
  const std::string path = Write("news.jsonl",
                                 "{\"id\":\"g-1\",\"date\":\"2006-06-09\",\"text\":\"Iran said.\",\"source\":\"AFP\"}\n"
                                 "\n"
                                 "{\"id\":42,\"date\":\"2006-06-10T08:30:00Z\",\"text\":\"Kazakhstan \\u00e9 \\\"q\\\".\","
                                 "\"page\":3,\"tags\":[\"a\"],\"x\":null}\n"
                                 "{\"text\":\"No id here.\"}");
  ReadOptions opt;
  opt.default_date = "2000-02-29";
  ASSERT_TRUE(Read(path, opt).ok());
  ASSERT_TRUE(errors_.empty()) << errors_[0].message();
  ASSERT_EQ(docs_.size(), 3u);
  EXPECT_EQ(docs_[0].id, "g-1");
  EXPECT_EQ(docs_[0].date, "2006-06-09");
  EXPECT_EQ(docs_[0].text, "Iran said.");
  EXPECT_EQ(docs_[0].meta.at("source"), "AFP");
  EXPECT_EQ(docs_[0].origin, path + ":1");
  EXPECT_EQ(docs_[1].id, "42");
  EXPECT_EQ(docs_[1].date, "2006-06-10");
  EXPECT_EQ(docs_[1].text, "Kazakhstan \xC3\xA9 \"q\".");
  EXPECT_EQ(docs_[1].meta.at("page"), "3");
  EXPECT_EQ(docs_[1].meta.at("tags"), "[\"a\"]");
  EXPECT_EQ(docs_[1].meta.count("x"), 0u);
  EXPECT_EQ(docs_[1].origin, path + ":3");  // blank line 2 skipped but counted
  EXPECT_EQ(docs_[2].id, path + ":4");      // no id: path:line
  EXPECT_EQ(docs_[2].date, "2000-02-29");  // the default date
}

TEST_F(ReadTest, ReadJsonlBrokenLineAmongGood) {
  const std::string path = Write("mixed.jsonl",
                                 "{\"id\":\"a\",\"text\":\"One.\"}\n"
                                 "{\"id\":\"b\",\"text\":\"Two.\"\n"
                                 "{\"id\":\"c\",\"text\":\"Three.\"}\n");
  ASSERT_TRUE(Read(path).ok());
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].id, "a");
  EXPECT_EQ(docs_[1].id, "c");
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].code(), Status::Code::kParseError);
  EXPECT_TRUE(Contains(errors_[0].message(), path + ":2: broken JSON")) << errors_[0].message();
}

TEST_F(ReadTest, ReadJsonlMissingOrNonStringText) {
  const std::string path = Write("t.jsonl",
                                 "{\"id\":\"no-text\",\"body\":\"x\"}\n"
                                 "{\"id\":\"num-text\",\"text\":17}\n"
                                 "{\"id\":\"empty\",\"text\":\"  \"}\n"
                                 "{\"id\":\"nul\",\"text\":\"a\\u0000b\"}\n"
                                 "[1,2]\n");
  ASSERT_TRUE(Read(path).ok());
  EXPECT_TRUE(docs_.empty());
  ASSERT_EQ(errors_.size(), 5u);
  EXPECT_EQ(errors_[0].message(), path + ":1: doc no-text: missing \"text\"");
  EXPECT_EQ(errors_[1].message(), path + ":2: doc num-text: \"text\" is not a string (a number)");
  EXPECT_EQ(errors_[2].message(), path + ":3: doc empty: empty document");
  EXPECT_TRUE(Contains(errors_[3].message(), path + ":4: doc nul: binary")) << errors_[3].message();
  EXPECT_TRUE(Contains(errors_[4].message(), path + ":5: not a JSON object")) << errors_[4].message();
}

TEST_F(ReadTest, ReadJsonlBadDate) {
  const std::string path = Write("d.jsonl",
                                 "{\"id\":\"d1\",\"date\":\"yesterday\",\"text\":\"x\"}\n"
                                 "{\"id\":\"d2\",\"date\":\"2006-02-30\",\"text\":\"x\"}\n"
                                 "{\"id\":\"d3\",\"date\":20060609,\"text\":\"x\"}\n"
                                 "{\"id\":\"d4\",\"date\":null,\"text\":\"x\"}\n");
  ASSERT_TRUE(Read(path).ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "d4");
  ASSERT_EQ(errors_.size(), 3u);
  EXPECT_EQ(errors_[0].message(), path + ":1: doc d1: bad \"date\" \"yesterday\" (expected \"YYYY-MM-DD\")");
  EXPECT_TRUE(Contains(errors_[1].message(), path + ":2: doc d2: bad \"date\""));
  EXPECT_TRUE(Contains(errors_[2].message(), path + ":3: doc d3: bad \"date\" 20060609"));
}

TEST_F(ReadTest, ReadJsonlHugeLineIsSkippedAndTheRestRead) {
  std::string big = "{\"id\":\"big\",\"text\":\"" + std::string(50u << 20, 'a') + "\"}\n";
  const std::string path =
      Write("big.jsonl", "{\"id\":\"before\",\"text\":\"x\"}\n" + big + "{\"id\":\"after\",\"text\":\"y\"}\n");
  big.clear();
  big.shrink_to_fit();
  ASSERT_TRUE(Read(path).ok());
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].id, "before");
  EXPECT_EQ(docs_[1].id, "after");
  EXPECT_EQ(docs_[1].origin, path + ":3");
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].code(), Status::Code::kTooLarge);
  // 22 bytes of JSON around 52428800 bytes of text.
  EXPECT_TRUE(Contains(errors_[0].message(), path + ":2: too large: 52428822 bytes")) << errors_[0].message();
}

TEST_F(ReadTest, ReadJsonlCrlfAndByteOrderMark) {
  const std::string path = Write("crlf.jsonl",
                                 "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"One.\"}\r\n"
                                 "\r\n"
                                 "{\"id\":\"b\",\"text\":\"Two.\"}\r\n");
  ASSERT_TRUE(Read(path).ok());
  ASSERT_TRUE(errors_.empty()) << errors_[0].message();
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].id, "a");
  EXPECT_EQ(docs_[1].text, "Two.");
  EXPECT_EQ(docs_[1].origin, path + ":3");
}

TEST_F(ReadTest, ReadJsonlInvalidUtf8) {
  // Byte 18 of line 2 is 0xFF, which never occurs in UTF-8.
  const std::string path = Write("u.jsonl",
                                 "{\"id\":\"a\",\"text\":\"ok\"}\n"
                                 "{\"id\":\"b\",\"text\":\"\xFF\"}\n");
  ASSERT_TRUE(Read(path).ok());
  ASSERT_EQ(docs_.size(), 1u);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].message(), path + ":2: invalid UTF-8 at byte 18 of the line");
}

TEST_F(ReadTest, ReadJsonlBadIdType) {
  const std::string path = Write("id.jsonl", "{\"id\":[1],\"text\":\"x\"}\n{\"id\":\"\",\"text\":\"y\"}\n");
  ASSERT_TRUE(Read(path).ok());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_TRUE(Contains(errors_[0].message(), path + ":1: \"id\" must be a string or a number"));
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, path + ":2");
}

// ---- files and formats -----------------------------------------------------------------

TEST_F(ReadTest, ReadMissingFile) {
  const std::string path = (dir_ / "no-such.txt").string();
  Status s = Read(path);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_TRUE(Contains(s.message(), path)) << s.message();
  EXPECT_TRUE(docs_.empty());
  EXPECT_TRUE(errors_.empty());
}

TEST_F(ReadTest, ReadDirectory) {
  Status s = Read(dir_.string());
  EXPECT_FALSE(s.ok());
  EXPECT_TRUE(Contains(s.message(), dir_.string())) << s.message();
  EXPECT_TRUE(Contains(s.message(), "directory")) << s.message();
}

TEST_F(ReadTest, ReadFormatOption) {
  const std::string path = Write("feed.txt", "{\"id\":\"a\",\"text\":\"One.\"}\n");
  ReadOptions opt;
  opt.format = Format::kJsonl;
  ASSERT_TRUE(Read(path, opt).ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "a");
  opt.format = Format::kAuto;  // .txt: plain text, the line is the text
  ASSERT_TRUE(Read(path, opt).ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "feed.txt");
  EXPECT_EQ(docs_[0].text, "{\"id\":\"a\",\"text\":\"One.\"}\n");
  // .NDJSON in any case is JSON Lines.
  ASSERT_TRUE(Read(Write("feed.NDJSON", "{\"id\":\"z\",\"text\":\"x\"}"), ReadOptions{}).ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "z");
}

TEST_F(ReadTest, ReadStdinSniffsTheFormat) {
  ASSERT_TRUE(ReadStdin("\n  {\"id\":\"s1\",\"text\":\"One.\"}\n{\"id\":\"s2\",\"text\":\"Two.\"}\n").ok());
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].id, "s1");
  EXPECT_EQ(docs_[1].origin, "<stdin>:3");

  ASSERT_TRUE(ReadStdin("Publication: EDM\n\nPlain story.\n").ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "stdin");
  EXPECT_EQ(docs_[0].text, "Plain story.\n");
  EXPECT_EQ(docs_[0].meta.at("publication"), "EDM");

  ASSERT_TRUE(ReadStdin("").ok());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].message(), "<stdin>: empty document");
}

TEST_F(ReadTest, ReadTextTooLargeFromStdin) {
  ReadOptions opt;
  opt.max_document_bytes = 1000;
  ASSERT_TRUE(ReadStdin(std::string(5000, 'x'), opt).ok());
  EXPECT_TRUE(docs_.empty());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].message(), "<stdin>: too large: 5000 bytes, over max_document_bytes (1000)");
}

}  // namespace
}  // namespace dyad::io

namespace dyad::io {
namespace {

// Regression (fuzz/regressions/jsonl_reader/stack-overflow-deeply-nested-*-value): a line
// nesting arrays 100,000 deep overflowed the stack inside the JSON parser.
TEST(ReadRegression, DeeplyNestedJsonIsAnErrorNotACrash) {
  std::string deep = "{\"id\":\"x\",\"text\":\"Iran.\",\"meta\":" + std::string(100000, '[') +
                     std::string(100000, ']') + "}";
  auto r = ParseJsonLine(deep, "f.jsonl:7", {});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("f.jsonl:7"), std::string::npos);
  EXPECT_NE(r.status().message().find("nested"), std::string::npos);
  // Brackets inside strings do not count.
  auto ok = ParseJsonLine("{\"id\":\"y\",\"text\":\"" + std::string(1000, '[') + "\"}", "f.jsonl:8", {});
  EXPECT_TRUE(ok.ok()) << ok.status().message();
}

}  // namespace
}  // namespace dyad::io
