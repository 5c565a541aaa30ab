// eval/gold.h: gold-standard examples, and the readers of the two gold files dyad is
// scored against (docs/eval.md).
//
// - The CAMEO manual examples (ICEWS cameo-codes.csv): one sentence per event code, the
//   code only (no actors). Rows whose `example` is empty or NA are skipped.
// - The PLOVER gold standard (PLOVER_GSR_CAMEO.txt, JSON, PLOVER 0.5b1): the same kind of
//   sentences with their PLOVER category and source/target actors (country code and
//   sector); no CAMEO code.
//
// Readers never throw; errors name the file (and line or record).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::eval {

struct GoldActor {
  std::string text;    // the words, as the gold file gives them
  std::string code;    // primary code: a country ("USA"), or "IGO", "NGO", ...
  std::string sector;  // the role's 3 letters upper-cased ("GOV"), "" when none given
};

struct GoldExample {
  std::string id;        // "cameo-042" or the GSR record id
  std::string text;      // the sentence, valid UTF-8
  std::string date;      // YYYY-MM-DD, "" when the gold gives none
  std::string code;      // CAMEO event code, "" when the gold gives none (PLOVER)
  std::string category;  // PLOVER category, "" when the gold gives none (CAMEO)
  std::vector<GoldActor> sources;
  std::vector<GoldActor> targets;
  std::string where;     // "file:line" (CSV) or "file#N" (JSON record N, 0-based)
};

enum class GoldFormat { kCameo, kPlover };

struct GoldSet {
  GoldFormat format = GoldFormat::kCameo;
  std::string file;
  std::vector<GoldExample> examples;
  size_t skipped = 0;          // rows/records without a sentence (or documentation records)
  bool has_codes = false;      // examples carry CAMEO codes
  bool has_actors = false;     // examples carry source/target actors
  bool has_categories = false; // examples carry PLOVER categories
};

// Parses the bytes of a CAMEO codes CSV (columns `code` and `example` found by header
// name). Bytes that are not UTF-8 are repaired (eval/repair.h).
Result<GoldSet> ParseCameoGold(std::string_view file, std::string_view content);
// Parses the bytes of a PLOVER GSR JSON file (an array of records).
Result<GoldSet> ParsePloverGold(std::string_view file, std::string_view content);

// Reads `path` and parses it as `format`.
Result<GoldSet> ReadGold(GoldFormat format, const std::string& path);

}  // namespace dyad::eval
