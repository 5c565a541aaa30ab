// dict/format.h: which kind of dictionary a file is, from its content.
//
// `dyad code --dict FILE` takes dyad's own files and those users already keep for TABARI
// and PETRARCH. Their formats share the `PHRASE [CODE]` line but differ in what a file
// holds (actors, agents or verbs) and in comments ('#' and `<!-- -->` in PETRARCH, ';' in
// TABARI). Detection reads the first lines that are not comments: dyad's section headers
// and `=>` say dyad; `[~XXX]`/`[XXX~]` codes or `!NAME! =` macros say agents; `- ... *`
// patterns, `<SYNSETS>`, `&SET` or `--- VERB ---` roots say verbs; other `[CODE]` lines
// say actors. PETRARCH is told from TABARI by its comments, `!NAME!` macros or `--- VERB`.
// PETRARCH's ancillary lists: `<ISSUE CATEGORY=...>` sections, `n:`/`v:` word markers and
// `~` exclusion lines say issues; a file with no `[CODE]` at all is a list of phrases, its
// prepositions when every entry is one lower-case word, else discards (upper-case phrases,
// `+` story marks, years). Only when those votes tie does the file's name decide
// ("discard", "issue", "preposition" in it).
#pragma once

#include <string>
#include <string_view>

namespace dyad::dict {

enum class DictFamily { kDyad, kTabari, kPetrarch };
enum class DictKind { kAll, kActors, kAgents, kVerbs, kDiscards, kIssues, kPrepositions };

struct DictFormat {
  DictFamily family = DictFamily::kDyad;
  DictKind kind = DictKind::kAll;  // kAll only for dyad files
};

// "dyad", "tabari actors", "petrarch verbs", "petrarch discards", ...
std::string FormatName(const DictFormat& f);

// The format of `content`. `family_hint` is "auto" or a family name ("dyad", "tabari",
// "petrarch"); with a family given, only the kind is detected. `file_name` (may be empty)
// only breaks ties between the phrase-list kinds. Discards, issues and prepositions are
// PETRARCH's: detected with "auto", they say petrarch.
DictFormat DetectDictFormat(std::string_view content, std::string_view family_hint = "auto",
                            std::string_view file_name = {});

// True for "auto", "dyad", "tabari", "petrarch".
bool IsDictFamilyName(std::string_view name);

}  // namespace dyad::dict
