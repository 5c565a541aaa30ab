// Tests of input discovery: directory recursion and gzip'd files.
#include "store/sources.h"

#include <dirent.h>
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

struct Expanded {
  std::vector<std::string> files;
  std::vector<std::string> skipped;
};

Expanded Expand(const std::vector<std::string>& paths) {
  Expanded e;
  e.files = ExpandInputs(paths, [&](const Status& s) { e.skipped.push_back(s.message()); });
  return e;
}

TEST(Sources, DirectoriesAreWalkedRecursivelyInOrderSkippingHiddenFiles) {
  auto d = Scratch("walk");
  Write(d / "b.txt", "b");
  Write(d / "a" / "z.jsonl", "{}");
  Write(d / "a" / "y" / "x.txt", "x");
  Write(d / ".hidden.txt", "h");
  Write(d / ".git" / "c.txt", "c");
  auto r = Expand({d.string(), "-"});
  EXPECT_TRUE(r.skipped.empty());
  EXPECT_EQ(r.files, (std::vector<std::string>{(d / "a" / "y" / "x.txt").string(), (d / "a" / "z.jsonl").string(),
                                               (d / "b.txt").string(), "-"}));
}

TEST(Sources, AMissingPathIsReportedAndTheOthersAreStillExpanded) {
  auto d = Scratch("missing");
  Write(d / "good.jsonl", "{}");
  auto r = Expand({(d / "nope.jsonl").string(), (d / "good.jsonl").string()});
  EXPECT_EQ(r.files, (std::vector<std::string>{(d / "good.jsonl").string()}));
  EXPECT_EQ(r.skipped, (std::vector<std::string>{(d / "nope.jsonl").string() + ": no such file or directory"}));
}

TEST(Sources, SymlinkLoopsAndDanglingLinksAreReportedNotFollowedForever) {
  auto d = Scratch("loops");
  Write(d / "sub" / "a.txt", "a");
  fs::create_directory_symlink(d, d / "sub" / "up");        // back to an ancestor: a cycle
  fs::create_symlink(d / "self", d / "self");               // a link to itself
  fs::create_symlink(d / "gone.txt", d / "dangling.txt");   // to nothing
  fs::create_directory_symlink(d / "sub", d / "again");     // another way into sub: listed once
  auto r = Expand({d.string(), (d / "self").string()});
  EXPECT_EQ(r.files, (std::vector<std::string>{(d / "again" / "a.txt").string()}));
  const std::string loop = ": skipped: a symbolic link loop";
  EXPECT_EQ(r.skipped,
            (std::vector<std::string>{
                (d / "again" / "up").string() + loop + " (it leads back to a directory it is inside)",
                (d / "dangling.txt").string() + ": skipped: a dangling symbolic link (its target does not exist)",
                (d / "self").string() + loop + " (too many levels of symbolic links)",
                (d / "self").string() + loop + " (too many levels of symbolic links)"}));
}

TEST(Sources, AnUnreadableSubdirectoryIsReportedWithItsReason) {
  auto d = Scratch("perm");
  Write(d / "ok.txt", "ok");
  Write(d / "locked" / "hidden-from-us.txt", "x");
  fs::permissions(d / "locked", fs::perms::none);
  if (DIR* probe = ::opendir((d / "locked").c_str())) {
    ::closedir(probe);
    fs::permissions(d / "locked", fs::perms::owner_all);
    GTEST_SKIP() << "this process reads directories whatever their permissions (root, euid " << ::geteuid()
                 << ", with CAP_DAC_OVERRIDE); IngestCommand.AnUnreadableSubdirectoryIsReportedAndTheRestStored "
                    "covers the case with those capabilities dropped";
  }
  auto r = Expand({d.string()});
  fs::permissions(d / "locked", fs::perms::owner_all);
  EXPECT_EQ(r.files, (std::vector<std::string>{(d / "ok.txt").string()}));
  EXPECT_EQ(r.skipped, (std::vector<std::string>{(d / "locked").string() +
                                                 ": skipped: cannot list directory: Permission denied"}));
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

TEST(Sources, ACutGzipStoresNothingFromTheCutMemberAndSaysSo) {
  auto d = Scratch("bad");
  std::string many;
  for (int i = 0; i < 2000; ++i) many += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"Iran visited Germany " + std::to_string(i * 7919) + ".\"}\n";
  WriteGz(d / "full.jsonl.gz", many);
  std::ifstream in(d / "full.jsonl.gz", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  Write(d / "cut.jsonl.gz", bytes.substr(0, bytes.size() / 2));
  Got g = Read((d / "cut.jsonl.gz").string());
  EXPECT_EQ(g.docs.size(), 0u);  // one member, never verified: none of it
  ASSERT_EQ(g.errors.size(), 1u);
  EXPECT_NE(g.errors[0].find("cut.jsonl.gz: corrupt gzip data in the member at byte 0 of the file (unexpected end "
                             "of file: the gzip data is cut short): lines 1-"),
            std::string::npos)
      << g.errors[0];
}

}  // namespace
}  // namespace dyad::store
