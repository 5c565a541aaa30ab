#include "syntax/ud_tokens.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <set>

#include "syntax/conllu.h"

#include <string>
#include <utility>
#include <vector>

namespace dyad::syntax {
namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;  // (source bytes, form)

// The words of `span` of `text`, as (source bytes, form), after checking the invariants
// every word must keep: non-empty, in order, no overlap, inside its source token.
Pairs Words(const std::string& text, text::Span span) {
  const auto tokens = text::Tokenize(text, span);
  const auto words = UdWords(text, tokens);
  Pairs out;
  uint32_t last_end = span.begin;
  for (const Word& w : words) {
    EXPECT_LT(w.begin, w.end);
    EXPECT_GE(w.begin, last_end);
    last_end = w.end;
    EXPECT_GE(w.source_token, 0);
    if (w.source_token >= 0 && w.source_token < static_cast<int>(tokens.size())) {
      EXPECT_GE(w.begin, tokens[w.source_token].begin) << w.form;
    }
    EXPECT_EQ(w.head, -1);
    EXPECT_TRUE(w.upos.empty());
    out.emplace_back(text.substr(w.begin, w.end - w.begin), w.form);
  }
  return out;
}

Pairs Words(const std::string& text) {
  return Words(text, text::Span{0, static_cast<uint32_t>(text.size())});
}

TEST(SyntaxUdTokens, CurlyApostrophesNegationAndEmDash) {
  const std::string text = "Erdoğan’s aides said they don’t expect talks—and won’t attend.";
  const Pairs want = {{"Erdoğan", "Erdoğan"}, {"’s", "'s"},    {"aides", "aides"},
                      {"said", "said"},       {"they", "they"}, {"do", "do"},
                      {"n’t", "n't"},         {"expect", "expect"}, {"talks", "talks"},
                      {"—", "--"},            {"and", "and"},   {"wo", "wo"},
                      {"n’t", "n't"},         {"attend", "attend"}, {".", "."}};
  EXPECT_EQ(Words(text), want);
}

TEST(SyntaxUdTokens, CurlyQuotesNamesAndHyphenatedPlaces) {
  const std::string text =
      "\xE2\x80\x9CZelenskyy\xE2\x80\x94who can\xE2\x80\x99t travel\xE2\x80\x94met the U.S. "
      "envoy in Nur-Sultan,\xE2\x80\x9D she said.";
  const Pairs want = {{"“", "\""},       {"Zelenskyy", "Zelenskyy"}, {"—", "--"},
                      {"who", "who"},    {"ca", "ca"},               {"n’t", "n't"},
                      {"travel", "travel"}, {"—", "--"},             {"met", "met"},
                      {"the", "the"},    {"U.S.", "U.S."},           {"envoy", "envoy"},
                      {"in", "in"},      {"Nur", "Nur"},             {"-", "-"},
                      {"Sultan", "Sultan"}, {",", ","},              {"”", "\""},
                      {"she", "she"},    {"said", "said"},           {".", "."}};
  EXPECT_EQ(Words(text), want);
}

TEST(SyntaxUdTokens, AsciiCliticsHyphensAndPrefixes) {
  const std::string text =
      "It's the 18-year-old's e-mail -- I'm sure they'll say we cannot go to anti-war "
      "non-state-backed UN-led rallies, O'Brien said.";
  const Pairs want = {
      {"It", "It"},     {"'s", "'s"},       {"the", "the"},     {"18", "18"},
      {"-", "-"},       {"year", "year"},   {"-", "-"},         {"old", "old"},
      {"'s", "'s"},     {"e-mail", "e-mail"}, {"--", "--"},     {"I", "I"},
      {"'m", "'m"},     {"sure", "sure"},   {"they", "they"},   {"'ll", "'ll"},
      {"say", "say"},   {"we", "we"},       {"can", "can"},     {"not", "not"},
      {"go", "go"},     {"to", "to"},       {"anti-war", "anti-war"},
      {"non-state", "non-state"}, {"-", "-"}, {"backed", "backed"}, {"UN", "UN"}, {"-", "-"},
      {"led", "led"}, {"rallies", "rallies"},
      {",", ","},       {"O'Brien", "O'Brien"}, {"said", "said"}, {".", "."}};
  EXPECT_EQ(Words(text), want);
}

TEST(SyntaxUdTokens, MoreContractions) {
  const std::string text = "You're right: we'd go, they've gone, I ain't gonna CAN'T stop.";
  const Pairs want = {{"You", "You"}, {"'re", "'re"}, {"right", "right"}, {":", ":"},
                      {"we", "we"},   {"'d", "'d"},   {"go", "go"},       {",", ","},
                      {"they", "they"}, {"'ve", "'ve"}, {"gone", "gone"}, {",", ","},
                      {"I", "I"},     {"ai", "ai"},   {"n't", "n't"},     {"gon", "gon"},
                      {"na", "na"},   {"CA", "CA"},   {"N'T", "N'T"},     {"stop", "stop"},
                      {".", "."}};
  EXPECT_EQ(Words(text), want);
}

// A sentence in the middle of a document: offsets are into the whole document.
TEST(SyntaxUdTokens, OffsetsAreIntoTheDocument) {
  const std::string text = "First one.\n\nPutin’s envoy didn’t come.";
  const uint32_t begin = static_cast<uint32_t>(text.find("Putin"));
  const auto tokens = text::Tokenize(text, {begin, static_cast<uint32_t>(text.size())});
  const auto words = UdWords(text, tokens);
  ASSERT_EQ(words.size(), 7u);
  EXPECT_EQ(words[0].begin, 12u);  // "First one.\n\n" is 12 bytes
  EXPECT_EQ(words[0].end, 17u);
  EXPECT_EQ(words[1].begin, 17u);  // "’s" is 4 bytes: ’ is E2 80 99
  EXPECT_EQ(words[1].end, 21u);
  EXPECT_EQ(text.substr(words[3].begin, words[3].end - words[3].begin), "did");
  EXPECT_EQ(text.substr(words[4].begin, words[4].end - words[4].begin), "n’t");
  // "didn’t" is one dyad token: both words name it.
  EXPECT_EQ(words[3].source_token, words[4].source_token);
  EXPECT_EQ(words[3].source_token, 3);
  EXPECT_EQ(words[5].source_token, 4);
}

TEST(SyntaxUdTokens, Forms) {
  EXPECT_EQ(UdForm("plain"), "plain");
  EXPECT_EQ(UdForm("\xE2\x80\x9CHi\xE2\x80\x9D"), "\"Hi\"");
  EXPECT_EQ(UdForm("\xE2\x80\xA6"), "...");                // …
  EXPECT_EQ(UdForm("\xE2\x80\x93"), "-");                  // en dash
  EXPECT_EQ(UdForm("\xC2\xAB"), "\"");                     // «
  EXPECT_EQ(UdForm("nego\xC2\xADtiations"), "negotiations");  // soft hyphen
  EXPECT_EQ(UdForm("a\xFF"), "a\xEF\xBF\xBD");             // invalid byte -> U+FFFD
  EXPECT_EQ(UdForm("Erdo\xC4\x9F" "an"), "Erdo\xC4\x9F" "an");  // letters stay
}

TEST(SyntaxUdTokens, UrlsAddressesDatesAndPunctuationRuns) {
  const std::string text =
      "Write to letters@example.org or see https://example.org/a-b?x=1. On 08/16/2000 "
      "prices rose!!! Really?? Yes.... ====";
  const Pairs want = {{"Write", "Write"}, {"to", "to"}, {"letters@example.org", "letters@example.org"},
                      {"or", "or"}, {"see", "see"}, {"https://example.org/a-b?x=1", "https://example.org/a-b?x=1"},
                      {".", "."}, {"On", "On"}, {"08/16/2000", "08/16/2000"}, {"prices", "prices"},
                      {"rose", "rose"}, {"!!!", "!!!"}, {"Really", "Really"}, {"??", "??"},
                      {"Yes", "Yes"}, {"....", "...."}, {"====", "===="}};
  EXPECT_EQ(Words(text), want);
  // Not a date: a number and a slash and a word.
  const Pairs mixed = {{"24", "24"}, {"/", "/"}, {"7", "7"}, {"/", "/"}, {"news", "news"}};
  EXPECT_EQ(Words("24/7/news"), mixed);
}

TEST(SyntaxUdTokens, NumbersAndUnits) {
  const std::string text = "A £1.5bn deal at 5pm, 430km away, in the 1960s, the 20th of 5G.";
  const Pairs want = {{"A", "A"},     {"£", "£"},       {"1.5", "1.5"}, {"bn", "bn"},
                      {"deal", "deal"}, {"at", "at"},   {"5", "5"},     {"pm", "pm"},
                      {",", ","},     {"430", "430"},   {"km", "km"},   {"away", "away"},
                      {",", ","},     {"in", "in"},     {"the", "the"}, {"1960s", "1960s"},
                      {",", ","},     {"the", "the"},   {"20th", "20th"}, {"of", "of"},
                      {"5G", "5G"},   {".", "."}};
  EXPECT_EQ(Words(text), want);
}

TEST(SyntaxUdTokens, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(Words("").empty());
  const Pairs want = {{"...", "..."}, {"…", "..."}, {"?", "?"}};
  EXPECT_EQ(Words("... … ?"), want);
}

}  // namespace
}  // namespace dyad::syntax

namespace dyad::syntax {
namespace {

// Word-boundary F1 of dyad (Tokenize + UdWords) against a treebank's words: each
// sentence's "# text" is tokenized and the word spans compared with the gold words' spans
// (gold forms located in the text in order; sentences where that fails are left out).
// Returns a negative number when the file is absent.
double TokenizationF1(const std::string& path) {
  auto tb = ReadConllu(path);
  if (!tb.ok()) return -1;
  size_t gold_n = 0, ours_n = 0, both = 0, sentences = 0, exact = 0;
  for (const auto& s : tb.value().sentences) {
    const std::string& text = s.text;
    std::set<std::pair<size_t, size_t>> gold;
    size_t at = 0;
    bool ok = true;
    for (const Word& w : s.tree.words) {
      while (at < text.size() && text[at] == ' ') ++at;
      if (text.compare(at, w.form.size(), w.form) != 0) { ok = false; break; }
      gold.insert({at, at + w.form.size()});
      at += w.form.size();
    }
    if (!ok || text.empty()) continue;
    ++sentences;
    std::set<std::pair<size_t, size_t>> ours;
    for (const Word& w : UdWords(text, text::Tokenize(text, {0, static_cast<uint32_t>(text.size())})))
      ours.insert({w.begin, w.end});
    size_t common = 0;
    for (const auto& g : gold) common += ours.count(g);
    gold_n += gold.size();
    ours_n += ours.size();
    both += common;
    exact += common == gold.size() && common == ours.size();
  }
  EXPECT_GT(sentences, 700u) << path;
  const double f1 = 200.0 * both / static_cast<double>(gold_n + ours_n);
  std::printf("%s: %zu sentences, word F1 %.2f, %.2f%% of sentences tokenized exactly\n",
              path.c_str(), sentences, f1, 100.0 * exact / sentences);
  return f1;
}

TEST(SyntaxUdTokens, AgreesWithUdTokenization) {
  const std::string ud = std::string(DYAD_SHARED_DIR) + "/data/ud/";
  const double ewt = TokenizationF1(ud + "en_ewt-ud-dev.conllu");
  if (ewt < 0) GTEST_SKIP() << "no UD treebanks in " << ud << " (../shared absent)";
  EXPECT_GE(ewt, 97.5);  // 98.13 when written; the rest is mostly web text (typos, emoticons)
  const double gum = TokenizationF1(ud + "en_gum-ccby-ud-dev.conllu");
  EXPECT_GE(gum, 99.0);  // 99.74 when written (news, interviews, biographies, ...)
}

}  // namespace
}  // namespace dyad::syntax

