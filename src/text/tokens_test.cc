#include "text/tokens.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "text/sentences.h"

namespace dyad::text {
namespace {

using V = std::vector<std::string>;

Span Whole(std::string_view text) { return Span{0, static_cast<uint32_t>(text.size())}; }

V Norms(std::string_view text) {
  V out;
  for (const Token& t : Tokenize(text, Whole(text))) out.push_back(t.norm);
  return out;
}

V Sources(std::string_view text) {
  V out;
  for (const Token& t : Tokenize(text, Whole(text))) {
    out.emplace_back(text.substr(t.begin, t.end - t.begin));
  }
  return out;
}

// Every token lies inside the span, tokens are ordered and non-overlapping, and only
// white space is skipped between them.
void CheckOffsets(std::string_view text, Span span) {
  const std::vector<Token> tokens = Tokenize(text, span);
  uint32_t at = span.begin;
  for (const Token& t : tokens) {
    ASSERT_LT(t.begin, t.end);
    ASSERT_GE(t.begin, at);
    ASSERT_LE(t.end, span.end);
    ASSERT_FALSE(t.norm.empty() && t.kind != TokenKind::kPunct);
    at = t.end;
  }
}

TEST(Tokens, SimpleSentence) {
  const std::string text = "Iran's leader met 3 envoys, then left.";
  EXPECT_EQ(Norms(text), (V{"iran", "'s", "leader", "met", "3", "envoys", ",", "then", "left", "."}));
  const std::vector<Token> t = Tokenize(text, Whole(text));
  ASSERT_EQ(t.size(), 10u);
  EXPECT_EQ(t[0].kind, TokenKind::kWord);
  EXPECT_TRUE(t[0].capitalized);
  EXPECT_FALSE(t[0].all_caps);
  EXPECT_EQ(t[1].begin, 4u);
  EXPECT_EQ(t[1].end, 6u);
  EXPECT_EQ(t[4].kind, TokenKind::kNumber);
  EXPECT_EQ(t[6].kind, TokenKind::kPunct);
  EXPECT_EQ(t[9].begin, text.size() - 1);
}

TEST(Tokens, OffsetsAreIntoTheWholeDocument) {
  const std::string text = "First one. Tehran\u2019s envoy met U.S. officials.";
  const std::vector<Span> sentences = SplitSentences(text);
  ASSERT_EQ(sentences.size(), 2u);
  const std::vector<Token> t = Tokenize(text, sentences[1]);
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[0].begin, 11u);
  EXPECT_EQ(t[0].norm, "tehran");
  EXPECT_EQ(text.substr(t[1].begin, t[1].end - t[1].begin), "\u2019s");
  EXPECT_EQ(t[1].norm, "'s");
  EXPECT_EQ(t[4].norm, "u.s.");
  EXPECT_EQ(text.substr(t[4].begin, t[4].end - t[4].begin), "U.S.");
  EXPECT_TRUE(t[4].all_caps);
  EXPECT_EQ(t[6].end, text.size());
}

TEST(Tokens, Abbreviations) {
  EXPECT_EQ(Norms("The U.S. and U.N. met."), (V{"the", "u.s.", "and", "u.n.", "met", "."}));
  // At the end of a sentence the initialism keeps its period.
  EXPECT_EQ(Norms("Iran blamed the U.S."), (V{"iran", "blamed", "the", "u.s."}));
  EXPECT_EQ(Norms("Gen. Smith, Mr. Jones etc. came at 10 a.m. on Jan. 5"),
            (V{"gen.", "smith", ",", "mr.", "jones", "etc.", "came", "at", "10", "a.m.", "on",
               "jan.", "5"}));
  EXPECT_EQ(Norms("J. Smith chose plan B."), (V{"j.", "smith", "chose", "plan", "b", "."}));
  EXPECT_EQ(Norms("No. 10 said no."), (V{"no.", "10", "said", "no", "."}));
  EXPECT_EQ(Norms("He said No. Then left."), (V{"he", "said", "no", ".", "then", "left", "."}));
}

TEST(Tokens, Hyphens) {
  EXPECT_EQ(Norms("Nur-Sultan hosted anti-U.S. rallies"),
            (V{"nur-sultan", "hosted", "anti-u.s.", "rallies"}));
  // Split after an initialism so both countries stay visible.
  EXPECT_EQ(Sources("U.S.-Iranian talks"), (V{"U.S.", "-", "Iranian", "talks"}));
  EXPECT_EQ(Norms("an F-16 and an 18-year-old"), (V{"an", "f-16", "and", "an", "18-year-old"}));
  EXPECT_EQ(Norms("the 2019-20 season"), (V{"the", "2019", "-", "20", "season"}));
  EXPECT_EQ(Norms("peace -- or war"), (V{"peace", "-", "-", "or", "war"}));
  EXPECT_EQ(Norms("talks\u2014again"), (V{"talks", "-", "again"}));
  EXPECT_EQ(Norms("Nur\u2011Sultan"), (V{"nur-sultan"}));
}

TEST(Tokens, Numbers) {
  const std::string text = "1.5 10,000 2006 $10bn 3,50 7.";
  EXPECT_EQ(Sources(text), (V{"1.5", "10,000", "2006", "$", "10bn", "3", ",", "50", "7", "."}));
  const std::vector<Token> t = Tokenize(text, Whole(text));
  EXPECT_EQ(t[0].kind, TokenKind::kNumber);
  EXPECT_EQ(t[1].kind, TokenKind::kNumber);
  EXPECT_EQ(t[2].kind, TokenKind::kNumber);
  EXPECT_EQ(t[4].kind, TokenKind::kWord);  // has letters
}

TEST(Tokens, ApostrophesAndQuotes) {
  EXPECT_EQ(Norms("Tehran\u2019s \u201cvolcano\u201d isn\u2019t O'Brien's"),
            (V{"tehran", "'s", "\"", "volcano", "\"", "isn't", "o'brien", "'s"}));
  EXPECT_EQ(Norms("the officials' plan"), (V{"the", "officials", "'", "plan"}));
  EXPECT_EQ(Norms("'Sanctions' work"), (V{"'", "sanctions", "'", "work"}));
}

TEST(Tokens, PunctuationAndBrackets) {
  EXPECT_EQ(Norms("(£7.6bn) [sic]... wait\u2026 ?!"),
            (V{"(", "£", "7.6bn", ")", "[", "sic", "]", "...", "wait", "...", "?", "!"}));
}

TEST(Tokens, CaseFlags) {
  const std::string text = "NATO Iran iPhone A";
  const std::vector<Token> t = Tokenize(text, Whole(text));
  ASSERT_EQ(t.size(), 4u);
  EXPECT_TRUE(t[0].capitalized && t[0].all_caps);
  EXPECT_TRUE(t[1].capitalized && !t[1].all_caps);
  EXPECT_TRUE(!t[2].capitalized && !t[2].all_caps);
  EXPECT_TRUE(t[3].capitalized && !t[3].all_caps);  // a single letter is not "all caps"
}

TEST(Tokens, UnicodeNormalisation) {
  const std::string text = "Путин ВСТРЕТИЛСЯ \uFB01nal Stra\u00DFe Cafe\u0301";
  EXPECT_EQ(Norms(text), (V{"путин", "встретился", "final", "strasse", "caf\u00e9"}));
  const std::vector<Token> t = Tokenize(text, Whole(text));
  EXPECT_TRUE(t[0].capitalized && !t[0].all_caps);
  EXPECT_TRUE(t[1].all_caps);
  EXPECT_EQ(Sources(text), (V{"Путин", "ВСТРЕТИЛСЯ", "\uFB01nal", "Stra\u00DFe", "Cafe\u0301"}));
}

TEST(Tokens, EmojiAndSymbols) {
  EXPECT_EQ(Sources("Peace \U0001F54A\uFE0F now \U0001F600!"),
            (V{"Peace", "\U0001F54A\uFE0F", "now", "\U0001F600", "!"}));
}

TEST(Tokens, InvalidUtf8) {
  const std::string text = "Bad\xff word \xc3 caf\xc3\xa9\x80 \xe2\x80";
  EXPECT_EQ(Sources(text), (V{"Bad", "\xff", "word", "\xc3", "caf\xc3\xa9", "\x80", "\xe2", "\x80"}));
  EXPECT_EQ(Norms(text)[1], "\uFFFD");
  CheckOffsets(text, Whole(text));
}

TEST(Tokens, SpanCutsAMultiByteCharacter) {
  const std::string text = "ab \u00e9cd";  // "é" is bytes 3-4
  const std::vector<Token> t = Tokenize(text, Span{0, 4});
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[1].begin, 3u);
  EXPECT_EQ(t[1].end, 4u);
  // A span past the end of the text is clamped.
  EXPECT_EQ(Tokenize(text, Span{3, 100}).back().end, text.size());
  EXPECT_TRUE(Tokenize(text, Span{50, 100}).empty());
}

TEST(Tokens, RandomTextKeepsOffsetsInsideSpans) {
  std::mt19937 rng(7);
  const std::string alphabet[] = {"a", "Z", "9", " ", ".", ",", "'", "\u2019", "-", "\u2011",
                                  "U.S.", "s", "\xff", "\xc3", "\xe2\x80", "\u0301", "\U0001F600",
                                  "ж", "\u00a0", "(", "...", "\n"};
  for (int round = 0; round < 1000; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 30);
    for (int i = 0; i < n; ++i) text += alphabet[rng() % std::size(alphabet)];
    for (const Span& s : SplitSentences(text)) CheckOffsets(text, s);
    const uint32_t a = text.empty() ? 0 : rng() % text.size();
    const uint32_t b = text.empty() ? 0 : a + rng() % (text.size() - a + 1);
    CheckOffsets(text, Span{a, b});
  }
}

}  // namespace
}  // namespace dyad::text

namespace dyad::text {
namespace {

// Regression (fuzz/regressions/sentences_tokens/empty-norm-default-ignorable): characters
// that normalise to nothing (zero-width space, right-to-left override, soft hyphen) made
// tokens with an empty norm.
TEST(TokensRegression, DefaultIgnorableCharactersAreNotTokens) {
  std::string text = "a\xE2\x80\x8B b \xE2\x80\xAE c \xC2\xAD d";
  auto tokens = Tokenize(text, {0, static_cast<uint32_t>(text.size())});
  std::vector<std::string> norms;
  for (const auto& t : tokens) {
    EXPECT_FALSE(t.norm.empty());
    norms.push_back(t.norm);
  }
  EXPECT_EQ(norms.front(), "a");
  EXPECT_EQ(norms.back(), "d");
  EXPECT_EQ(std::count(norms.begin(), norms.end(), "b"), 1);
}

}  // namespace
}  // namespace dyad::text
