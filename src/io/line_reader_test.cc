// Tests of the bounded line reader, run with a tiny buffer so lines straddle refills.
#include "io/line_reader.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include <unistd.h>

namespace dyad::io {
namespace {

// A pipe holding `bytes` (small enough for the pipe buffer), read end returned.
int PipeWith(const std::string& bytes) {
  int fds[2];
  EXPECT_EQ(::pipe(fds), 0);
  EXPECT_EQ(::write(fds[1], bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
  ::close(fds[1]);
  return fds[0];
}

TEST(ReadLines, LinesAcrossRefillsAndOverLimit) {
  const int fd = PipeWith("short\n\nthis line is too long\nok\r\nlast");
  LineReader reader(fd, 4);
  std::string line;
  uint64_t len = 0;
  EXPECT_EQ(reader.NextLine(10, &line, &len), LineReader::Next::kLine);
  EXPECT_EQ(line, "short");
  EXPECT_EQ(reader.NextLine(10, &line, &len), LineReader::Next::kLine);
  EXPECT_EQ(line, "");
  EXPECT_EQ(reader.NextLine(10, &line, &len), LineReader::Next::kTooLong);
  EXPECT_EQ(len, 21u);
  EXPECT_EQ(line, "");
  EXPECT_EQ(reader.NextLine(10, &line, &len), LineReader::Next::kLine);
  EXPECT_EQ(line, "ok\r");
  EXPECT_EQ(reader.NextLine(10, &line, &len), LineReader::Next::kLine);
  EXPECT_EQ(line, "last");
  EXPECT_EQ(reader.NextLine(10, &line, &len), LineReader::Next::kEof);
  ::close(fd);
}

TEST(ReadLines, PeekThenReadAll) {
  const int fd = PipeWith("\xEF\xBB\xBF \n {\"a\":1}\n");
  LineReader reader(fd, 16);  // peeking looks one buffer ahead
  EXPECT_EQ(reader.PeekFirstNonBlank(), '{');
  std::string all;
  uint64_t len = 0;
  EXPECT_EQ(reader.ReadAll(100, &all, &len), LineReader::Next::kLine);
  EXPECT_EQ(all, "\xEF\xBB\xBF \n {\"a\":1}\n");  // peeking consumed nothing
  EXPECT_EQ(len, 14u);
  ::close(fd);
}

TEST(ReadLines, ReadAllOverLimitIsMeasured) {
  const int fd = PipeWith(std::string(1000, 'x'));
  LineReader reader(fd, 64);
  std::string all;
  uint64_t len = 0;
  EXPECT_EQ(reader.ReadAll(100, &all, &len), LineReader::Next::kTooLong);
  EXPECT_EQ(len, 1000u);
  EXPECT_TRUE(all.empty());
  ::close(fd);
}

}  // namespace
}  // namespace dyad::io
