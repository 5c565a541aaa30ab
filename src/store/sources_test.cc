// Tests of input discovery: directory recursion and gzip'd files.
#include "store/sources.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

namespace dyad::store {
namespace {
namespace fs = std::filesystem;

fs::path Scratch(const std::string& name) {
  auto d = fs::temp_directory_path() / ("dyad-sources-test-" + std::to_string(::getpid())) / name;
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

void Write(const fs::path& p, const std::string& bytes) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
}

void WriteGz(const fs::path& p, const std::string& bytes) {
  gzFile gz = gzopen(p.c_str(), "wb");
  ASSERT_NE(gz, nullptr);
  ASSERT_EQ(gzwrite(gz, bytes.data(), static_cast<unsigned>(bytes.size())), static_cast<int>(bytes.size()));
  gzclose(gz);
}

struct Got {
  std::vector<Document> docs;
  std::vector<std::string> errors;
};

Got Read(const std::string& path) {
  Got g;
  Status s = ReadAnyDocuments(path, io::ReadOptions{}, [&](Document&& d) { g.docs.push_back(std::move(d)); },
                              [&](const Status& e) { g.errors.push_back(e.message()); });
  EXPECT_TRUE(s.ok()) << s.message();
  return g;
}

TEST(Sources, DirectoriesAreWalkedRecursivelyInOrderSkippingHiddenFiles) {
  auto d = Scratch("walk");
  Write(d / "b.txt", "b");
  Write(d / "a" / "z.jsonl", "{}");
  Write(d / "a" / "y" / "x.txt", "x");
  Write(d / ".hidden.txt", "h");
  Write(d / ".git" / "c.txt", "c");
  auto r = ExpandInputs({d.string(), "-"});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r.value(), (std::vector<std::string>{(d / "a" / "y" / "x.txt").string(), (d / "a" / "z.jsonl").string(),
                                                 (d / "b.txt").string(), "-"}));
  auto missing = ExpandInputs({(d / "nope").string()});
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("nope"), std::string::npos);
}

TEST(Sources, GzippedJsonLinesAndTextReadLikePlainFiles) {
  auto d = Scratch("gz");
  const std::string jsonl =
      "{\"id\":\"a\",\"date\":\"2019-04-10\",\"text\":\"Iran visited Germany.\"}\n\n"
      "{\"id\":\"b\",\"text\":\"\"}\n"
      "{\"id\":\"c\",\"text\":\"Germany visited Iran.\"}";
  Write(d / "plain.jsonl", jsonl);
  WriteGz(d / "news.jsonl.gz", jsonl);
  Got plain = Read((d / "plain.jsonl").string());
  Got gz = Read((d / "news.jsonl.gz").string());
  ASSERT_EQ(gz.docs.size(), 2u);
  ASSERT_EQ(plain.docs.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(gz.docs[i].id, plain.docs[i].id);
    EXPECT_EQ(gz.docs[i].text, plain.docs[i].text);
    EXPECT_EQ(gz.docs[i].date, plain.docs[i].date);
  }
  ASSERT_EQ(gz.errors.size(), 1u);
  EXPECT_NE(gz.errors[0].find("news.jsonl.gz:3"), std::string::npos) << gz.errors[0];
  EXPECT_EQ(CountDocuments((d / "news.jsonl.gz").string()), 3);
  EXPECT_EQ(CountDocuments((d / "plain.jsonl").string()), 3);

  WriteGz(d / "story.txt.gz", "Title: A story\n\nIran visited Germany.\n");
  Got text = Read((d / "story.txt.gz").string());
  ASSERT_EQ(text.docs.size(), 1u);
  EXPECT_EQ(text.docs[0].id, "story.txt");
  EXPECT_EQ(text.docs[0].text, "Iran visited Germany.\n");
  EXPECT_EQ(text.docs[0].meta.at("title"), "A story");
}

TEST(Sources, ACorruptOrTruncatedGzipIsReportedAfterTheGoodDocuments) {
  auto d = Scratch("bad");
  std::string many;
  for (int i = 0; i < 2000; ++i) many += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"Iran visited Germany " + std::to_string(i * 7919) + ".\"}\n";
  WriteGz(d / "full.jsonl.gz", many);
  std::ifstream in(d / "full.jsonl.gz", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  Write(d / "cut.jsonl.gz", bytes.substr(0, bytes.size() / 2));
  Got g = Read((d / "cut.jsonl.gz").string());
  EXPECT_GT(g.docs.size(), 0u);
  EXPECT_LT(g.docs.size(), 2000u);
  ASSERT_FALSE(g.errors.empty());
  EXPECT_NE(g.errors.back().find("corrupt gzip data"), std::string::npos) << g.errors.back();
}

}  // namespace
}  // namespace dyad::store
