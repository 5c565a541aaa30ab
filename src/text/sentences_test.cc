#include "text/sentences.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <thread>
#include <vector>

namespace dyad::text {
namespace {

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text)) out.emplace_back(text.substr(s.begin, s.size()));
  return out;
}

using V = std::vector<std::string>;

bool IsSpaceByte(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The invariants every output must satisfy: in order, non-overlapping, non-empty, inside
// the text, and only (ASCII) whitespace outside the spans.
void CheckInvariants(std::string_view text) {
  const std::vector<Span> spans = SplitSentences(text);
  size_t covered_to = 0;
  for (const Span& s : spans) {
    ASSERT_LT(s.begin, s.end);
    ASSERT_LE(s.end, text.size());
    ASSERT_GE(s.begin, covered_to);
    for (size_t i = covered_to; i < s.begin; ++i) {
      ASSERT_TRUE(IsSpaceByte(text[i]) || static_cast<unsigned char>(text[i]) >= 0x80)
          << "byte " << i << " lost";
    }
    covered_to = s.end;
  }
  for (size_t i = covered_to; i < text.size(); ++i) {
    ASSERT_TRUE(IsSpaceByte(text[i]) || static_cast<unsigned char>(text[i]) >= 0x80)
        << "byte " << i << " lost";
  }
}

TEST(Sentences, Empty) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences("  \n\n \t ").empty());
}

TEST(Sentences, PlainAndTrimmed) {
  const std::string text = "  Iran met Iraq. They talked!  Did they agree?  ";
  EXPECT_EQ(Split(text), (V{"Iran met Iraq.", "They talked!", "Did they agree?"}));
  const std::vector<Span> spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[0].begin, 2u);
  EXPECT_EQ(spans[0].end, 16u);
  EXPECT_EQ(spans[2].end, text.size() - 2);
}

TEST(Sentences, NoFinalPunctuation) {
  EXPECT_EQ(Split("Iran met Iraq"), (V{"Iran met Iraq"}));
}

TEST(Sentences, TitlesBeforeNames) {
  EXPECT_EQ(Split("Gen. Smith met Lt. Col. Jones and Sen. Warren. He left."),
            (V{"Gen. Smith met Lt. Col. Jones and Sen. Warren.", "He left."}));
  EXPECT_EQ(Split("Mr. Trump and Mrs. May met Dr. Rouhani, Ms. Arden and Gov. Cuomo."),
            (V{"Mr. Trump and Mrs. May met Dr. Rouhani, Ms. Arden and Gov. Cuomo."}));
  EXPECT_EQ(Split("Rep. Omar spoke with Pres. Ghani on St. Patrick's day. Sgt. Lee came."),
            (V{"Rep. Omar spoke with Pres. Ghani on St. Patrick's day.", "Sgt. Lee came."}));
}

TEST(Sentences, CountryInitialisms) {
  EXPECT_EQ(Split("The U.S. President met U.N. envoys and U.K. and E.U. officials."),
            (V{"The U.S. President met U.N. envoys and U.K. and E.U. officials."}));
  // A real sentence end after an initialism.
  EXPECT_EQ(Split("Iran blamed the U.S. The talks failed."),
            (V{"Iran blamed the U.S.", "The talks failed."}));
  EXPECT_EQ(Split("Troops left the U.S. He said so. They went to the U.K. However, no."),
            (V{"Troops left the U.S.", "He said so.", "They went to the U.K.", "However, no."}));
  // Parenthesised and hyphenated.
  EXPECT_EQ(Split("Sanctions (by the U.S. Treasury) hit anti-U.S. Iranian groups."),
            (V{"Sanctions (by the U.S. Treasury) hit anti-U.S. Iranian groups."}));
}

TEST(Sentences, MonthsAndNumbers) {
  EXPECT_EQ(Split("On Jan. 5 they met. On Sept. 11 nothing. By Dec. 2019 it ended."),
            (V{"On Jan. 5 they met.", "On Sept. 11 nothing.", "By Dec. 2019 it ended."}));
  // A month abbreviation before a capitalised word ends the sentence.
  EXPECT_EQ(Split("They met in Jan. Talks resumed."), (V{"They met in Jan.", "Talks resumed."}));
  EXPECT_EQ(Split("He lives at No. 10 Downing St. in London."),
            (V{"He lives at No. 10 Downing St. in London."}));
  EXPECT_EQ(Split("Guns, tanks, etc. were sold. Iran vs. Iraq was a war."),
            (V{"Guns, tanks, etc. were sold.", "Iran vs. Iraq was a war."}));
  EXPECT_EQ(Split("They sold guns, tanks etc. The army left."),
            (V{"They sold guns, tanks etc.", "The army left."}));
}

TEST(Sentences, TimesAndInitials) {
  EXPECT_EQ(Split("At 10 a.m. Tehran time the talks began. J. Smith and George W. Bush came."),
            (V{"At 10 a.m. Tehran time the talks began.", "J. Smith and George W. Bush came."}));
  EXPECT_EQ(Split("They met at 3 p.m. The talks lasted an hour."),
            (V{"They met at 3 p.m.", "The talks lasted an hour."}));
  // A sentence ending in a capital letter followed by a starter still breaks.
  EXPECT_EQ(Split("He chose plan B. It failed."), (V{"He chose plan B.", "It failed."}));
}

TEST(Sentences, Quotes) {
  EXPECT_EQ(Split("\"We will fight,\" he said. \"We will win.\" Next came talks."),
            (V{"\"We will fight,\" he said.", "\"We will win.\"", "Next came talks."}));
  EXPECT_EQ(Split("He said.\" Next one."), (V{"He said.\"", "Next one."}));
  // Curly quotes; "?" inside a quote followed by lower case does not end the sentence.
  EXPECT_EQ(Split("\u201cWhy now?\u201d she asked. \u201cBecause.\u201d It was late."),
            (V{"\u201cWhy now?\u201d she asked.", "\u201cBecause.\u201d", "It was late."}));
}

TEST(Sentences, LineBreaks) {
  // Blank lines always end a sentence, even after an abbreviation or with no period.
  EXPECT_EQ(Split("Iran talks collapse\n\nThe talks in Vienna failed."),
            (V{"Iran talks collapse", "The talks in Vienna failed."}));
  EXPECT_EQ(Split("Aid from the U.S.\n\nSmith said so."), (V{"Aid from the U.S.", "Smith said so."}));
  EXPECT_EQ(Split("One\r\n\r\nTwo"), (V{"One", "Two"}));
  EXPECT_EQ(Split("One\u2029Two"), (V{"One", "Two"}));
  // A single line break ends a sentence unless the next line starts in lower case.
  EXPECT_EQ(Split("Iran deal\nThe talks failed."), (V{"Iran deal", "The talks failed."}));
  EXPECT_EQ(Split("The talks with\nthe Iranian side failed."),
            (V{"The talks with\nthe Iranian side failed."}));
  EXPECT_EQ(Split("Talks with the U.S.\nPresident failed."),
            (V{"Talks with the U.S.\nPresident failed."}));
}

TEST(Sentences, MultiByteOffsets) {
  const std::string text = "Путин встретился с Токаевым. \u201cДа.\u201d Ok \U0001F600. Done.";
  const V got = Split(text);
  EXPECT_EQ(got, (V{"Путин встретился с Токаевым.", "\u201cДа.\u201d", "Ok \U0001F600.", "Done."}));
  const std::vector<Span> spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 4u);
  EXPECT_EQ(spans[0].begin, 0u);
  EXPECT_EQ(text.substr(spans[3].begin), "Done.");
}

TEST(Sentences, NonBreakingSpaceIsTrimmed) {
  EXPECT_EQ(Split("\u00a0Iran met Iraq.\u00a0\u2003"), (V{"Iran met Iraq."}));
}

TEST(Sentences, InvalidUtf8KeepsBytes) {
  const std::string text = "Bad \xff\xfe bytes. Next \xc3 one. \xe2\x80 End \x80";
  const V got = Split(text);
  EXPECT_EQ(got, (V{"Bad \xff\xfe bytes.", "Next \xc3 one.", "\xe2\x80 End \x80"}));
  CheckInvariants(text);
}

TEST(Sentences, RandomBytesNeverCrashOrLoseBytes) {
  std::mt19937 rng(42);
  const std::string alphabet[] = {"a", "B", " ", ".", "U.S.", "\n", "\n\n", "\"", "?",
                                  "\xff", "\xc3", "\xe2\x80", "\u201d", "Gen.", "The", "\u00a0"};
  for (int round = 0; round < 500; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) text += alphabet[rng() % std::size(alphabet)];
    CheckInvariants(text);
  }
}

TEST(Sentences, ThreadsAgree) {
  const std::string text = "Gen. Smith met Iran. The U.S. President spoke. They left at 3 p.m. It was fine.";
  const V expected = Split(text);
  ASSERT_EQ(expected.size(), 4u);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      int good = 0;
      for (int i = 0; i < 200; ++i) good += Split(text) == expected;
      ok[t] = good;
    });
  }
  for (auto& th : threads) th.join();
  for (int good : ok) EXPECT_EQ(good, 200);
}

}  // namespace
}  // namespace dyad::text

namespace dyad::text {
namespace {

// Regression (fuzz/regressions/coder/timeout-quadratic-events-long-sentence): a sentence
// of megabytes was copied into each of its thousands of events.
TEST(SentencesRegression, OverlongSentencesAreCutAtSpaces) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Germany criticized Iran and ";
  auto spans = SplitSentences(text);
  ASSERT_GT(spans.size(), 10u);
  uint32_t prev_end = 0;
  for (const auto& sp : spans) {
    EXPECT_LE(sp.size(), kMaxSentenceBytes);
    EXPECT_GE(sp.begin, prev_end);
    EXPECT_NE(text[sp.begin], ' ');
    EXPECT_NE(text[sp.end - 1], ' ');
    prev_end = sp.end;
  }
  // Nothing but spaces is lost.
  size_t covered = 0;
  for (const auto& sp : spans) covered += sp.size();
  EXPECT_GE(covered + spans.size() + 1, text.size() - 1);
}

TEST(SentencesRegression, ACutNeverSplitsACharacter) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "\xD0\x96";  // Cyrillic Zhe, no spaces
  auto spans = SplitSentences(text);
  ASSERT_GE(spans.size(), 2u);
  for (const auto& sp : spans) {
    EXPECT_NE(static_cast<unsigned char>(text[sp.begin]) & 0xC0, 0x80);
    EXPECT_LE(sp.size(), kMaxSentenceBytes);
  }
}

}  // namespace
}  // namespace dyad::text
