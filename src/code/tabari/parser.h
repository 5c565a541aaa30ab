// code/tabari/parser.h: TABARI's shallow parse of one record's text.
//
// The parse follows TABARI manual chapter 7 (section 7.10 gives the order):
//   1. filter the text (upper case, diacritics, sentence-final periods, ?!-_ and control
//      characters to blanks, commas in numbers, ';' to ',', commas and quotes split off)
//      and split it into words;
//   2. tag every word from the dictionaries (longest match; see Lexicon) or the closed
//      classes (determiners, pronouns, conjunctions, WAS/WERE/BEEN, BY, commas, numbers);
//      a verb after a determiner or capitalised inside the sentence becomes a noun, a
//      null-coded actor becomes a noun, a null verb without patterns is dropped; the first
//      <TIME> phrase shifts the date;
//   3. resolve actor codes at the record's date, attach agents ("Gondor's president",
//      "president of Gondor", "Arnor former officials" -> ELI), and note discard (###) and
//      complex (+++) codes;
//   4. group parsed compound actors: np (, np)* AND np, where np is an actor after any
//      determiners/adjectives, and actors joined to the last one by adjectives or a
//      possessive; two compounds joined by AND are one; compound noun and adjective
//      phrases ("bombs and rockets") also keep their conjunction from splitting clauses;
//   5. delete comma-delimited clauses within the COMMA: limits (chained: a deleted clause
//      consumes its closing comma, and a conjunction right after it);
//   6. coreference pronouns among the actors left (HE/SHE/IT: first actor; ITS/HIS/HER:
//      first actor before it; THEY/THEM/THEIR: first compound, else first actor; with
//      FORWARD:, a pronoun opening the text takes the previous sentence's first actor) --
//      after step 5, unlike the manual's list, so that no pronoun refers to a deleted actor;
//   7. split the sentence into clauses at the remaining conjunctions, and index which
//      pattern words occur where (for the matcher's prefilter).
// Tokens are TABARI's own whitespace tokens (not dyad's text/tokens.h): exactness with the
// validation suite needs TABARI's filtering, where "U.S." and "GONDOR'S" are single words
// and a comma is a word. Positions are token indices; Parse::begin/finish map tokens back
// to byte offsets in the original text.
//
// Cost: one memo lookup per token (Lexicon::TokenCache), then linear passes; compound
// grouping and pronoun resolution are linear in the number of actors.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "code/tabari/lexicon.h"
#include "dict/tabari/options_loader.h"

namespace dyad::tabari {

enum class Tag : uint8_t {
  kNull, kActor, kAgent, kVerb, kNoun, kAdj, kTime, kDeterm, kPronoun, kConj, kAux, kBy,
  kComma, kNumber, kQuote, kCovered
};

// An actor as the coder sees it: a span of tokens and its codes (several for a coded or
// parsed compound, or a pronoun that refers to one).
struct ActorGroup {
  int start = 0;  // first token
  int end = 0;    // one past the last token
  std::vector<std::string> codes;
  bool compound = false;
  bool pronoun = false;
  int entry = -1;  // lexicon entry of the (first) actor
};

struct Parse {
  std::string buf;                 // the filtered text the tokens point into
  std::vector<TokenText> toks;
  std::vector<uint32_t> begin, finish;  // each token's byte range [begin, finish) in the ORIGINAL text
  std::vector<uint8_t> cap;        // token was capitalised in the original
  std::vector<Tag> tag;
  std::vector<int> entry;          // lexicon entry at a head token, else -1
  std::vector<int> end;            // one past the last token of a head's phrase
  std::vector<uint8_t> deleted;    // removed with a comma-delimited clause
  std::vector<uint8_t> joined;     // conjunction/comma inside a compound phrase
  std::vector<int> group_start;    // token -> group starting there, or -1
  std::vector<int> group_last;     // token -> group whose last token it is, or -1
  std::vector<ActorGroup> groups;  // in text order
  std::vector<std::pair<int, int>> clauses;  // [begin, end) token ranges
  std::vector<int> verbs;          // head tokens of verbs, in order (not deleted)
  bool discard = false;
  bool complex = false;
  std::string why;                 // why the record is complex or discarded
  int shift_days = 0;              // time shift from a <TIME> phrase
  bool shifted = false;
  bool too_short = false;          // fewer words than SET: MINIMUM WORDS
  // Codes of the first actor of the text, before any agent was attached: what FORWARD:
  // hands to a pronoun opening the next sentence of the story.
  std::vector<std::string> first_actor;
  // The pattern prefilter's index: for each pattern word id seen in the (not deleted)
  // text, the first and last token it matches. Valid where pw_stamp[id] == stamp.
  std::vector<uint32_t> pw_stamp, pw_min, pw_max;
  uint32_t stamp = 0;
  uint64_t pw_mask[4] = {0, 0, 0, 0};  // bit (id % 256) of every pattern word present
  std::vector<const Lexicon::TokenCandidates*> cands;  // per token, from the memo
  // Scratch kept between calls (one Parse per thread): the token memo.
  Lexicon::TokenCache cache;
};

// Parses `text` coded at `date` (YYYYMMDD). `time_shift`: whether <TIME> phrases apply.
// `forward`, when not null, holds the codes a pronoun that opens the text (before any
// actor) refers to: the first actor of the previous sentence of the story (FORWARD:).
void ParseText(const Lexicon& lex, const TabariOptions& opts, bool time_shift,
               std::string_view text, int32_t date, const std::vector<std::string>* forward,
               Parse* out);

// Splits and filters text into TABARI words (step 1 alone). Exposed for tests.
// `begin`/`finish` (may be null) receive each token's byte range in `text`.
void FilterText(std::string_view text, std::string* buf, std::vector<TokenText>* toks,
                std::vector<uint8_t>* cap, bool* all_caps, std::vector<uint32_t>* begin = nullptr,
                std::vector<uint32_t>* finish = nullptr);

// A one-line description of the parse (tokens/tags, groups, clauses), for debugging.
std::string DescribeParse(const Parse& p);

// The code of an actor entry at `date` ("---" when no restriction holds and no default).
const std::string& ActorCodeAt(const ActorEntry& a, int32_t date);

}  // namespace dyad::tabari
