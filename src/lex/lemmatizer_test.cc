#include "lex/lemmatizer.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

// libWN, the slow reference (not thread-safe, static buffers): last, for its macros.
#include <wn.h>

namespace dyad::lex {
namespace {

class LemmatizerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto opened = Lemmatizer::Open(DYAD_WORDNET_DIR);
    ASSERT_TRUE(opened.ok()) << opened.status().message();
    lemmatizer_ = std::move(opened).value().release();
  }
  static void TearDownTestSuite() {
    delete lemmatizer_;
    lemmatizer_ = nullptr;
  }
  static const Lemmatizer& L() { return *lemmatizer_; }
  static Lemmatizer* lemmatizer_;
};
Lemmatizer* LemmatizerTest::lemmatizer_ = nullptr;

TEST_F(LemmatizerTest, VerbsFirst) {
  EXPECT_EQ(L().Lemma("visited"), "visit");
  EXPECT_EQ(L().Lemma("made"), "make");      // verb.exc
  EXPECT_EQ(L().Lemma("was"), "be");         // verb.exc
  EXPECT_EQ(L().Lemma("talks"), "talk");     // verb before noun
  EXPECT_EQ(L().Lemma("said"), "say");
  EXPECT_EQ(L().Lemma("meeting"), "meet");   // verb before the noun "meeting"
  EXPECT_EQ(L().Lemma("went"), "go");
  EXPECT_EQ(L().Lemma("ties"), "tie");
  EXPECT_EQ(L().Lemma("agreed"), "agree");   // "ed" -> "e" before "ed" -> ""
  EXPECT_EQ(L().Lemma("denies"), "deny");
  EXPECT_EQ(L().Lemma("bed"), "bed");        // a lemma itself: not "be" by "ed" -> ""
}

TEST_F(LemmatizerTest, NounsThenAdjectives) {
  EXPECT_EQ(L().Lemma("crises"), "crisis");  // noun.exc
  EXPECT_EQ(L().Lemma("rumors"), "rumor");
  EXPECT_EQ(L().Lemma("negotiations"), "negotiation");
  EXPECT_EQ(L().Lemma("countries"), "country");
  EXPECT_EQ(L().Lemma("officials"), "official");
  EXPECT_EQ(L().Lemma("biggest"), "big");    // adj.exc
  EXPECT_EQ(L().Lemma("greener"), "green");
}

TEST_F(LemmatizerTest, Better) {
  // "better" is itself a WordNet verb ("to better"), so the verb answer wins.
  EXPECT_EQ(L().Lemma("better"), "better");
  EXPECT_EQ(L().LemmaAs("better", Lemmatizer::Pos::kAdj), "good");  // adj.exc
}

TEST_F(LemmatizerTest, UnknownAndEdgeCases) {
  EXPECT_EQ(L().Lemma("tokayev"), "tokayev");
  EXPECT_EQ(L().Lemma("u.s.-iranian"), "u.s.-iranian");
  EXPECT_EQ(L().Lemma(""), "");
  EXPECT_EQ(L().Lemma("s"), "s");
  EXPECT_EQ(L().Lemma("'s"), "'s");
  EXPECT_EQ(L().Lemma("\xff\xfe"), "\xff\xfe");
}

TEST_F(LemmatizerTest, LemmaAsOnePartOfSpeech) {
  using P = Lemmatizer::Pos;
  EXPECT_EQ(L().LemmaAs("meeting", P::kNoun), "meeting");
  EXPECT_EQ(L().LemmaAs("meeting", P::kVerb), "meet");
  EXPECT_EQ(L().LemmaAs("crises", P::kVerb), "");
  EXPECT_EQ(L().LemmaAs("leaves", P::kNoun), "leaf");   // noun.exc
  EXPECT_EQ(L().LemmaAs("leaves", P::kVerb), "leave");
  EXPECT_EQ(L().LemmaAs("glass", P::kNoun), "glass");   // "ss": no rule applies
  EXPECT_EQ(L().LemmaAs("boxesful", P::kNoun), "boxful");  // morph.c's "-ful" rule
  EXPECT_EQ(L().LemmaAs("zzzs", P::kNoun), "");
  EXPECT_EQ(L().LemmaAs("visited", P::kAdj), "");
}

TEST_F(LemmatizerTest, ThreadSafe) {
  std::vector<std::thread> threads;
  std::vector<int> good(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) {
        good[t] += L().Lemma("visited") == "visit" && L().Lemma("crises") == "crisis";
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int g : good) EXPECT_EQ(g, 2000);
}

// Inflections of every 131st verb, noun and adjective lemma of WordNet plus every 9th
// exception entry, lower-case ASCII letters only (morphstr treats other characters
// specially). `bases` gets every base of every exception line.
std::vector<std::string> OracleWords(std::multimap<std::string, std::string>* bases) {
  std::vector<std::string> words;
  auto ascii_letters = [](const std::string& w) {
    if (w.empty()) return false;
    for (char c : w) {
      if (c < 'a' || c > 'z') return false;
    }
    return true;
  };
  for (const char* name : {"index.verb", "index.noun", "index.adj"}) {
    std::ifstream in(std::string(DYAD_WORDNET_DIR) + "/" + name);
    std::string line;
    for (int n = 0; std::getline(in, line); ++n) {
      const std::string w = line.substr(0, line.find(' '));
      if (n % 131 != 0 || !ascii_letters(w)) continue;
      for (const char* suffix : {"s", "es", "ed", "d", "ing", "er", "est", "ies"}) {
        words.push_back(w + suffix);
      }
      if (w.size() > 2 && w.back() == 'e') words.push_back(w.substr(0, w.size() - 1) + "ing");
      if (w.size() > 2 && w.back() == 'y') words.push_back(w.substr(0, w.size() - 1) + "ies");
      if (w.ends_with("man")) words.push_back(w.substr(0, w.size() - 3) + "men");
    }
  }
  for (const char* name : {"verb.exc", "noun.exc", "adj.exc"}) {
    std::ifstream in(std::string(DYAD_WORDNET_DIR) + "/" + name);
    std::string line;
    for (int n = 0; std::getline(in, line); ++n) {
      std::istringstream fields(line);
      std::string w, base;
      fields >> w;
      while (fields >> base) bases->emplace(w, base);
      if (n % 9 == 0 && ascii_letters(w)) words.push_back(w);
    }
  }
  return words;
}

// Our morphy agrees with libWN's morphstr() wherever we do not answer with the word
// itself (which morphstr leaves to its callers). Where an inflection has several
// exception lines ("involucra involucre", "involucra involucrum") morphstr's binary search
// may find any of them and we take the first, so any listed base is accepted.
TEST_F(LemmatizerTest, AgreesWithLibWordNet) {
  setenv("WNSEARCHDIR", DYAD_WORDNET_DIR, 1);
  ASSERT_EQ(wninit(), 0);
  std::multimap<std::string, std::string> bases;
  const std::vector<std::string> words = OracleWords(&bases);
  ASSERT_GT(words.size(), 3000u);
  int compared = 0;
  for (const std::string& w : words) {
    for (auto [pos, wn_pos] : {std::pair{Lemmatizer::Pos::kNoun, NOUN},
                               std::pair{Lemmatizer::Pos::kVerb, VERB},
                               std::pair{Lemmatizer::Pos::kAdj, ADJ}}) {
      const std::string ours = L().LemmaAs(w, pos);
      if (ours == w) continue;
      std::string buf = w;
      const char* theirs = morphstr(buf.data(), wn_pos);
      const std::string expected = theirs == nullptr ? "" : theirs;
      if (ours != expected && bases.count(w) > 1) {
        bool both_listed = false;
        for (auto [it, end] = bases.equal_range(w); it != end; ++it) {
          both_listed |= it->second == ours;
        }
        if (both_listed) continue;
      }
      ASSERT_EQ(ours, expected) << w << " as " << wn_pos;
      ++compared;
    }
  }
  EXPECT_GT(compared, 10000) << compared;
}

TEST(Lemmatizer, MissingDirNamesIt) {
  auto opened = Lemmatizer::Open("/nonexistent/wordnet-dir");
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.status().message().find("/nonexistent/wordnet-dir"), std::string::npos)
      << opened.status().message();
  EXPECT_EQ(opened.status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace dyad::lex
