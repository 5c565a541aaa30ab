// Tests of the UTF-8 checks, with byte sequences from Unicode's Table 3-7 worked by hand.
#include "io/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::io {
namespace {

constexpr size_t npos = std::string_view::npos;

TEST(ReadUtf8, WellFormed) {
  EXPECT_EQ(FindInvalidUtf8(""), npos);
  EXPECT_EQ(FindInvalidUtf8("plain ASCII text, longer than eight bytes"), npos);
  EXPECT_EQ(FindInvalidUtf8("Tehran\xE2\x80\x99s"), npos);          // U+2019
  EXPECT_EQ(FindInvalidUtf8("\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80"), npos);  // é 中 😀
  EXPECT_EQ(FindInvalidUtf8("\xF4\x8F\xBF\xBF"), npos);              // U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("\xED\x9F\xBF"), npos);                  // U+D7FF
}

TEST(ReadUtf8, IllFormed) {
  EXPECT_EQ(FindInvalidUtf8("abc\x80"), 3u);                      // stray continuation
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);                     // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("ab\xE0\x80\xAF"), 2u);               // overlong 3-byte
  EXPECT_EQ(FindInvalidUtf8("abcdefgh\xED\xA0\x80"), 8u);         // surrogate U+D800
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);             // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("\xF5\x80\x80\x80"), 0u);
  EXPECT_EQ(FindInvalidUtf8("xy\xE2\x80"), 2u);                   // truncated at the end
  EXPECT_EQ(FindInvalidUtf8("\xC3("), 0u);
  EXPECT_EQ(FindInvalidUtf8("12345678901234\xFF"), 14u);
}

TEST(ReadUtf8, SequenceLength) {
  EXPECT_EQ(Utf8SequenceLength(""), 0u);
  EXPECT_EQ(Utf8SequenceLength("a"), 1u);
  EXPECT_EQ(Utf8SequenceLength("\xC3\xA9x"), 2u);
  EXPECT_EQ(Utf8SequenceLength("\xE2\x80\x99"), 3u);
  EXPECT_EQ(Utf8SequenceLength("\xF0\x9F\x98\x80"), 4u);
  EXPECT_EQ(Utf8SequenceLength("\xBF"), 0u);
}

TEST(ReadUtf8, Repair) {
  std::string out;
  AppendUtf8Repaired("ok \xC3\xA9", &out);
  EXPECT_EQ(out, "ok \xC3\xA9");
  out.clear();
  AppendUtf8Repaired("a\xFF" "b\xE2\x80", &out);  // one U+FFFD per bad byte
  EXPECT_EQ(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(FindInvalidUtf8(out), npos);
}

TEST(ReadUtf8, LineOfOffset) {
  EXPECT_EQ(LineOfOffset("abc", 0), 1u);
  EXPECT_EQ(LineOfOffset("a\nb\nc", 2), 2u);
  EXPECT_EQ(LineOfOffset("a\nb\nc", 1), 1u);  // the '\n' itself is on line 1
  EXPECT_EQ(LineOfOffset("a\nb\nc", 4), 3u);
}

}  // namespace
}  // namespace dyad::io
