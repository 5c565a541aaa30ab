// eval/golden.h: golden listings of coded events, and what moved between two of them.
//
// A golden listing is one compact, tab-separated line per event that `dyad code` wrote
// (its JSON Lines output), in output order:
//   doc_id  sentence  verb_start  source  target  code  modality  date  location  where
// `source`/`target` are actor codes ("-" for none); `modality` is three letters,
// n(egated) h(ypothetical) r(eported) or '-' each ("-h-"); `location` the place name or
// "-"; `where` the dictionary file:line with machine paths replaced (see PathMap), so
// the listing is the same on every machine. Lines starting with '#' are comments.
//
// The key of a line is its first three fields (document, sentence, verb offset): a line
// whose key is in both listings but whose other fields differ has "changed".
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/status.h"

namespace dyad::eval {

// Path prefixes and what they are written as: {"/home/x/dyad/dictionaries/",
// "dictionaries/"}. The first prefix a path starts with is replaced.
using PathMap = std::vector<std::pair<std::string, std::string>>;

// The golden lines of `jsonl`, dyad's JSON Lines event output. Fails, naming the line,
// on a line that is not an event object.
Result<std::vector<std::string>> GoldenRows(std::string_view jsonl, const PathMap& paths);

// The lines of a golden file's `content`, comments and blank lines left out.
std::vector<std::string> ParseGoldenRows(std::string_view content);

struct GoldenDiff {
  size_t same = 0;
  std::vector<std::string> added;    // in the new listing only
  std::vector<std::string> removed;  // in the old listing only
  std::vector<std::pair<std::string, std::string>> changed;  // {old, new}, same key
  bool Empty() const { return added.empty() && removed.empty() && changed.empty(); }
};

// What moved from `old_rows` to `new_rows`. Lines equal in both (counted as multisets)
// are the same; of the rest, lines with equal keys pair up in order as changed, and the
// others are added or removed. Lists keep the listings' order.
GoldenDiff DiffGolden(const std::vector<std::string>& old_rows,
                      const std::vector<std::string>& new_rows);

// True when two rows differ only in their last field (`where`).
bool OnlyWhereDiffers(const std::string& a, const std::string& b);

// A readable summary: the counts (with how many changes are only in `where`, as when an
// edit shifts a dictionary's lines), then up to `limit` lines of each kind, changes in
// what was coded before changes only in `where`.
std::string GoldenSummary(const GoldenDiff& diff, size_t limit);

}  // namespace dyad::eval
