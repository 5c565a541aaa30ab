// context/places.h: where an event happened ("speaking in Almaty", "a visit to Tehran",
// "the Neka seaport", "in the Kazakh seaport town of Aktau").
//
// A place is named in a sentence by a gazetteer name that starts with a capitalised word
// and stands in a place cue; the cue, not the name alone, makes it a location: "Tehran
// said" (a capital standing for its government) is no place. Ambiguous names ("Paris",
// "Tripoli") are resolved with the countries of the document's actors and population;
// a name that stays ambiguous gives no place. There is no document-level fallback: no
// place rather than a wrong one. docs/places.md has the rules and the data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "code/mentions.h"
#include "code/sentence.h"
#include "context/gazetteer.h"
#include "dyad/event.h"

namespace dyad::context {

// The countries of the actors a document names: three-letter CAMEO country codes ("KAZ",
// "IRN"). Add() keeps the first three letters of an actor's country or code ("IRNGOV" ->
// "IRN") and ignores "" and codes of organisations ("IGO...", "NGO...", "MNC...").
// Not thread-safe to fill; const use is.
class DocumentCountries {
 public:
  void Add(std::string_view country_or_code);
  bool Contains(std::string_view country) const;
  bool empty() const { return codes_.empty(); }
  const std::vector<std::string>& codes() const { return codes_; }

 private:
  std::vector<std::string> codes_;
};

struct PlaceOptions {
  // A candidate in one of the document's countries counts as this many times its
  // population when names are ambiguous ("Tripoli" in a story about Lebanon). Default: 20.
  double document_country_weight = 20;
  // The chosen candidate's weighted population must be at least this many times the
  // runner-up's; otherwise the name is ambiguous and gives no place. Default: 3.
  double dominance = 3;
  // Candidates with fewer people are never chosen. Default: 1,000 in the document's
  // countries, 15,000 elsewhere ("at Harvard" is not Harvard, Illinois).
  int64_t min_population = 1000;
  int64_t min_population_elsewhere = 15000;
};

// How a place name was introduced. All but kBased are "strong" cues.
enum class PlaceCue : uint8_t {
  kPreposition,  // "in X", "at X", "near X", "outside X", "inside X"
  kMotion,       // "visit to X", "trip to X", "travelled to X", "arrived to X"
  kVisitVerb,    // "visited X", "visiting X", "toured X"
  kOfPlaceNoun,  // "the seaport town of X", "the city of X", "the port of X"
  kPlaceNoun,    // "the X seaport", "X city", "the X airport"
  kBased,        // "X-based" (a weak cue: where someone is based)
};

// A place named in a sentence: tokens [first, last] (inclusive; for kBased the token
// that carries "-based") and the place the name was resolved to.
struct PlaceMention {
  size_t first = 0;
  size_t last = 0;
  PlaceCue cue = PlaceCue::kPreposition;
  Location location;
};

// Every cued, resolved place of `s`, left to right. `mentions` are the sentence's actor
// mentions (code::FindMentions): a name inside a person's mention is no place, and a name
// inside a country's mention ("Kazakh", "Tehran" = IRNGOV) must be a place of that country.
// `countries` are the document's actors' countries (may be empty). Thread-safe; the
// result does not refer to `s` or `gazetteer`.
std::vector<PlaceMention> FindPlaces(const code::Sentence& s, const std::vector<code::Mention>& mentions,
                                     const Gazetteer& gazetteer, const DocumentCountries& countries,
                                     const PlaceOptions& options = {});

// The place of the event whose words are tokens [verb_first, verb_last] of `s`, from the
// sentence's `places` (FindPlaces): a place with a strong cue before one with "-based";
// then the nearest to the verb (a place inside the verb's range is at distance 0), ties to
// the earlier. A place is out of reach when a clause boundary lies between it and the
// verb: s.boundary, ";" or "that", "which", "who", "whom", "whose", "because", "but",
// "although", "whereas" (so in "X said that Y will meet Z in Tehran" Tehran is the
// meeting's place, not the saying's). nullopt when none is in reach.
std::optional<Location> PlaceForEvent(const code::Sentence& s, const std::vector<PlaceMention>& places,
                                      size_t verb_first, size_t verb_last);

// FindPlaces then PlaceForEvent, for one event. Call FindPlaces once per sentence instead
// when the sentence has several events.
std::optional<Location> FindEventPlace(const code::Sentence& s, const std::vector<code::Mention>& mentions,
                                       size_t verb_first, size_t verb_last, const Gazetteer& gazetteer,
                                       const DocumentCountries& countries, const PlaceOptions& options = {});

}  // namespace dyad::context
