// dict/format.h: which kind of dictionary a file is, from its content.
//
// `dyad code --dict FILE` takes dyad's own files and those users already keep for TABARI
// and PETRARCH. Their formats share the `PHRASE [CODE]` line but differ in what a file
// holds (actors, agents or verbs) and in comments ('#' and `<!-- -->` in PETRARCH, ';' in
// TABARI). Detection reads the first lines that are not comments: dyad's section headers
// and `=>` say dyad; `[~XXX]`/`[XXX~]` codes or `!NAME! =` macros say agents; `- ... *`
// patterns, `<SYNSETS>`, `&SET` or `--- VERB ---` roots say verbs; other `[CODE]` lines
// say actors. PETRARCH is told from TABARI by its comments, `!NAME!` macros or `--- VERB`.
#pragma once

#include <string>
#include <string_view>

namespace dyad::dict {

enum class DictFamily { kDyad, kTabari, kPetrarch };
enum class DictKind { kAll, kActors, kAgents, kVerbs };

struct DictFormat {
  DictFamily family = DictFamily::kDyad;
  DictKind kind = DictKind::kAll;  // kAll only for dyad files
};

// "dyad", "tabari actors", "petrarch verbs", ...
std::string FormatName(const DictFormat& f);

// The format of `content`. `family_hint` is "auto" or a family name ("dyad", "tabari",
// "petrarch"); with a family given, only the kind is detected.
DictFormat DetectDictFormat(std::string_view content, std::string_view family_hint = "auto");

// True for "auto", "dyad", "tabari", "petrarch".
bool IsDictFamilyName(std::string_view name);

}  // namespace dyad::dict
