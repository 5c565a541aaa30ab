// dyad/event.h: one coded event, the record every sink writes.
//
// The JSON Lines schema (docs/event-schema.md) is these fields, by these names. Codes are
// strings ("010" is not 10). Offsets are bytes into Document::text (the original text).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace dyad {

struct ActorRef {
  std::string code;     // full CAMEO actor code, e.g. "KAZGOV"
  std::string country;  // the country part, e.g. "KAZ"; "" for IGOs and unknown
  std::string text;     // the words of the document that named the actor
  uint32_t start = 0;   // byte offsets of `text` in Document::text, [start, end)
  uint32_t end = 0;
  std::string name;     // resolved person ("Kasymzhomart Tokayev"), or ""
};

struct Modality {
  bool negated = false;       // "denied", "did not", "brushed off rumors that"
  bool hypothetical = false;  // "will", "might", "plans to", "if"
  bool reported = false;      // attributed claim: "X said Y attacked Z"
};

struct Location {
  std::string name;
  std::string country;
  double lat = 0;
  double lon = 0;
  int64_t geonameid = 0;
};

struct Evidence {
  std::string verb;     // the words that carried the event ("visit", "made a trip to")
  uint32_t start = 0;   // byte offsets of those words in Document::text
  uint32_t end = 0;
  std::string pattern;  // the dictionary pattern that fired, as written
  std::string where;    // "file:line" of that pattern
};

struct Event {
  std::string doc_id;
  int sentence = 0;            // 0-based index of the sentence in the document
  std::string date;            // YYYY-MM-DD, the event's date
  std::string date_source;     // "text" (from an expression in the text) or "document"
  // How much of `date` the text gave: "day", "week" (a week: "last week", the date is a
  // day in it), "month" ("in August": the date is its first day) or "year" ("in 2013":
  // January 1st). "" when there is no date; a coder that leaves it "" with a date means "day".
  std::string date_precision;
  std::optional<ActorRef> source;
  std::optional<ActorRef> target;  // null for events without a target
  std::string code;            // CAMEO event code, e.g. "042"
  std::string root;            // its first two digits, e.g. "04"
  double goldstein = 0;
  int quad = 0;                // QuadClass 1-4 (GDELT rule)
  std::string plover;          // PLOVER category, "" where CAMEO has none
  Modality modality;
  std::optional<Location> location;
  Evidence evidence;
  std::string sentence_text;
  std::string citation;        // "(Tehran Times, June 8)" cited for the sentence, or ""
  uint32_t sentence_start = 0; // byte offsets of the sentence in Document::text
  uint32_t sentence_end = 0;
};

}  // namespace dyad
