// context/gazetteer.h: populated places by name, for saying where an event happened.
//
// The gazetteer is gazetteer.tsv, generated at set-up from GeoNames' cities500 by
// dictionaries/gen/gazetteer.mjs (format and licence: docs/places.md). Names are looked
// up in their normalised token form (text/tokens.h: NFKC, lower case), word by word, so
// "New York", "Nur-Sultan" and "Nekā" match the words of a code::Sentence directly.
#pragma once

#include <cstdint>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::context {

// One place, as a view into its Gazetteer: the string_views stay valid as long as the
// Gazetteer does.
struct Place {
  int64_t geonameid = 0;
  std::string_view name;     // GeoNames' name, UTF-8 ("Nekā", "New York City")
  std::string_view country;  // CAMEO country code, three letters ("KAZ", "TMP")
  std::string_view feature;  // GeoNames feature code ("PPL", "PPLC", "PPLA2")
  double lat = 0;            // decimal degrees, rounded to 5 decimals
  double lon = 0;
  int64_t population = 0;
};

// An immutable name index over a gazetteer file. Thread-safe: every method is const and
// touches no mutable state; share it by const reference or shared_ptr<const Gazetteer>.
// Memory: about 24 bytes per place and 12 per name plus the names' bytes (the 200k-place
// cities500 gazetteer: see docs/places.md for the measured figures).
class Gazetteer {
 public:
  // Reads a gazetteer.tsv. Fails (naming "file:line") on a line that does not have the 8
  // columns or whose numbers do not parse, or when the file cannot be read.
  static Result<std::unique_ptr<Gazetteer>> Load(const std::string& path);
  // The same from the file's contents; `name` is used in error messages.
  static Result<std::unique_ptr<Gazetteer>> Parse(std::string_view contents, const std::string& name);

  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // The places named by the longest name that starts at words[i] (normalised token forms,
  // as code::Sentence::words), in file order; empty when no name starts there. `*len`
  // receives the name's length in words (0 when none). REQUIRES: i < words.size().
  std::vector<Place> LongestMatch(const std::vector<std::string_view>& words, size_t i,
                                  size_t* len, size_t max_len = SIZE_MAX) const;

  // The places whose name is exactly `words` (all of them), in file order.
  std::vector<Place> Lookup(const std::vector<std::string_view>& words) const;

  size_t size() const;        // places
  size_t name_count() const;  // distinct normalised names
  // Bytes held by the index (places, names, postings), for budgets and reports.
  size_t MemoryUsage() const;

 private:
  struct Impl;
  explicit Gazetteer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The normalised key of a name as the index stores it: its token norms joined by one
// space ("New York" -> "new york", "Nur-Sultan" -> "nur-sultan", "Nekā" -> "nekā").
// Exposed for tests: the fast ASCII path must agree with text::Tokenize.
std::string NormalizePlaceName(std::string_view name);

}  // namespace dyad::context
