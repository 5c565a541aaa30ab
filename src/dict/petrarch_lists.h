// dict/petrarch_lists.h: PETRARCH's phrase lists (discards, issues, prepositions) read into
// dyad's entries (model.h).
//
// The three files are lists, one phrase a line, with PETRARCH's comments ('#' to the end of
// the line, `<!-- -->`), which the caller has already blanked:
//   - discards (`Phoenix.discards.txt`): `PHRASE` discards the sentence that contains it,
//     `+PHRASE` the whole story; a trailing '_' asks for the whole last word, otherwise it
//     is a stem. Matching is case-insensitive from a word's start (model.h DiscardEntry).
//   - issues (`Phoenix.IssueCoding.txt`): `PHRASE [CODE]` inside `<ISSUE CATEGORY="C">`
//     ... `</ISSUE>` sections; in a phrase, `n:WORD` stands for WORD and its regular plural
//     (-ies after y, else -s), `v:WORD` for WORD, WORDs, WORDed and WORDing ("-e" verbs:
//     WORDd, WORing), and `A+B` for both "A B" and "A-B" (a marker before `A+B` inflects B:
//     `n:pick+pocket` gives "pick pockets", "pick-pockets"). `~PHRASE` and `~~PHRASE` are
//     exclusions for the sentence and for the story. Each line is one entry; its forms
//     (at most 64) are stored as separate IssueEntry values.
//   - prepositions (`Phoenix.prepositions.txt`): one word a line; PETRARCH 2 itself reads
//     no such file, and dyad's parser has its own closed-class lists, so the words are
//     counted as recognised and not stored.
// An issue phrase with no `[CODE]` (PETRARCH reads and ignores it) counts in
// n->null_codes. A line the format cannot mean (a discard or preposition with a `[CODE]`,
// an unclosed or empty issue `[CODE]`, a phrase with no words) appends "file:line: reason"
// to `warnings` and is skipped. Counts go to `n` (entries: lines loaded; skipped: warnings).
#pragma once

#include <string>
#include <vector>

#include "dict/model.h"
#include "dyad/dictionary.h"

namespace dyad::dict {

// REQUIRES: lines[i] is line i+1 of `file`, comments blanked. `out`, `n`, `warnings` non-null.
void AddPetrarchDiscards(const std::string& file, const std::vector<std::string>& lines,
                         Entries* out, DictionaryFileReport* n, std::vector<std::string>* warnings);
void AddPetrarchIssues(const std::string& file, const std::vector<std::string>& lines,
                       Entries* out, DictionaryFileReport* n, std::vector<std::string>* warnings);
void CountPetrarchPrepositions(const std::string& file, const std::vector<std::string>& lines,
                               DictionaryFileReport* n, std::vector<std::string>* warnings);

}  // namespace dyad::dict
