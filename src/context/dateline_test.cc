// Tests of context/dateline.h on invented story openings.
#include "context/dateline.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "code/analyze.h"
#include "lex/lemmatizer.h"

namespace dyad::context {
namespace {

code::Sentence Sent(const std::string& text) {
  static std::unique_ptr<lex::Lemmatizer> lem = [] {
    auto r = lex::Lemmatizer::Open(DYAD_WORDNET_DIR);
    EXPECT_TRUE(r.ok());
    return std::move(r).value();
  }();
  return code::Analyze(text, text::Span{0, static_cast<uint32_t>(text.size())}, *lem);
}

size_t Excluded(const code::Sentence& s) {
  size_t n = 0;
  for (bool b : s.excluded) n += b;
  return n;
}

TEST(Dateline, CapitalAndEmDash) {
  auto s = Sent("TEHRAN \xE2\x80\x94 Iranian officials met the envoy.");
  EXPECT_EQ(MarkDateline(&s), 2u);  // "TEHRAN" and the dash
  EXPECT_TRUE(s.excluded[0]);
  EXPECT_FALSE(s.excluded[2]);  // "Iranian" stays an actor
}

TEST(Dateline, TwoCitiesAndEnDash) {
  auto s = Sent("KYIV/WARSAW \xE2\x80\x93 Polish troops arrived.");
  EXPECT_EQ(MarkDateline(&s), 4u);  // KYIV / WARSAW -
}

TEST(Dateline, DateAndPlaceInParentheses) {
  auto s = Sent("5th May 2024 \xE2\x80\x93 (Paris)  French police detained ten people.");
  EXPECT_EQ(MarkDateline(&s), 7u);  // 5th May 2024 - ( Paris )
  EXPECT_FALSE(s.excluded[7]);      // "French"
}

TEST(Dateline, NoDatelineLeavesTheSentenceAlone) {
  auto s = Sent("Iranian officials met the envoy - twice - in May.");
  EXPECT_EQ(MarkDateline(&s), 0u);
  EXPECT_EQ(Excluded(s), 0u);
  auto t = Sent("The Iranian envoy, said TASS - in a report.");
  EXPECT_EQ(MarkDateline(&t), 0u);
  auto u = Sent("U.S.-China talks resumed.");  // a hyphen inside a compound is no dash
  EXPECT_EQ(MarkDateline(&u), 0u);
}

}  // namespace
}  // namespace dyad::context
