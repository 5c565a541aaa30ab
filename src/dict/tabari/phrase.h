// dict/tabari/phrase.h: the pieces every TABARI dictionary line is made of.
//
// A dictionary line is `PHRASE [CODE] [CODE ...] ; comment`. The phrase is upper-cased,
// hyphens become underscores (TABARI 0.7.3+ does the same), and it splits into words and
// pattern symbols (tabari_dict.h: PWord, PElem). Code blocks carry an optional date
// restriction (`<YYMMDD`, `>YYMMDD`, `YYMMDD-YYMMDD`). These helpers never throw; each
// returns false and fills `err` with a human-readable reason.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dict/tabari/tabari_dict.h"
#include "dyad/status.h"

namespace dyad::tabari {

// The phrase and the bracketed blocks of one line (comment after ';' removed).
struct LineParts {
  std::string phrase;               // trimmed, upper case, '-' -> '_'
  std::vector<std::string> blocks;  // contents of each [...], trimmed
};

// Splits a line. Fails on unbalanced brackets or text after a ']' that is not another
// block or a comment.
bool SplitLine(std::string_view line, LineParts* out, std::string* err);

// The lines of a file, without line terminators ("\n" or "\r\n"). Fails, naming the path,
// when the file cannot be read.
Result<std::vector<std::string>> ReadLines(const std::string& path);

// The base name of a path ("a/b/c.verbs" -> "c.verbs").
std::string BaseName(const std::string& path);

// True when `s` is valid UTF-8.
bool IsUtf8(std::string_view s);

// Removes a trailing '\r' and surrounding blanks/tabs.
std::string_view Trim(std::string_view s);

// Upper-cases ASCII letters and turns '-' into '_'.
std::string NormalisePhrase(std::string_view s);

// Parses a phrase of plain words (actors, agents, nouns, verb roots and forms).
bool ParseWords(std::string_view phrase, std::vector<PWord>* out, std::string* err);

// Parses a verb pattern (the text after "- "): words, * $ + % ^ &SYNSET { | }.
// `synsets` resolves &NAME; names not found are an error.
bool ParsePattern(std::string_view phrase, const std::vector<Synset>& synsets,
                  std::vector<PElem>* out, std::string* err);

// A six-digit YYMMDD (two-digit years pivot: 00-30 -> 20xx) or eight-digit YYYYMMDD date
// as YYYYMMDD. Fails on wrong length, non-digits, month or day out of range.
bool ParseDate(std::string_view s, int32_t* out, std::string* err);

// "ISR", "GME/GMW", "---", "- - -", "###", "+++" with optional restriction.
bool ParseDatedCode(std::string_view block, DatedCode* out, std::string* err);

// "042", "032:033", "023?", "111!", "---", "###", "+++" (and "+7"/"-1" when `time`).
bool ParseVerbCode(std::string_view block, bool time, VerbCode* out, std::string* err);

// TABARI's pattern length: literal characters (letters, digits, underscores, quotes),
// symbols and blanks excluded; alternatives count their longest member.
int PatternLength(const std::vector<PElem>& elems, const std::vector<Synset>& synsets);

}  // namespace dyad::tabari
