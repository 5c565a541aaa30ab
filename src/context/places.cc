// context/places.cc: place names in a sentence, and which one is an event's place.
//
// Idea. A gazetteer knows ~200k place names, many of them also English words or names
// ("Mobile", "Reading", "Of", "Congress"), and capitals also stand for governments
// ("Tehran said"). So a name alone proves nothing; what makes a location is a cue:
//   left:  "in/at/near/outside/inside X";  "visit/trip/travel/journey/tour/... to X"
//          (the word before "to" is a motion word or its lemma is); "visited X";
//          "<place noun> of X" ("the seaport town of Aktau", "the city of Almaty");
//   right: "X <place noun>" ("the Neka seaport", "the Almaty airport"); "X-based".
// Scan: left to right, at each capitalised, non-excluded word, take the gazetteer's
// longest name (words ending in "-based" are looked up without the suffix). Reject it when
//   - it is a one-word name of kNeverPlace (months, days, institutions, directions), or
//     of kCommonWords ("Mobile", "Reading", "Nice") where capitals say nothing (the
//     sentence's first word, an all-capitals word);
//   - a capitalised word follows that is not the start of another actor mention ("in
//     Tehran Times", "at Almaty Airport": a longer proper name), or "'s" follows ("in
//     Tehran's view": the government, not the town);
//   - it lies in a person's mention, or an organisation's;
//   - it has no cue.
// Resolution: the candidates of the name are filtered to the country of an actor mention
// that covers the name ("Kazakh" in "the Kazakh seaport" can only be a Kazakh place), then
// to those with enough people (PlaceOptions), weighted by population times
// document_country_weight when in a document country; the heaviest wins if it is at least
// `dominance` times the next, else the name is ambiguous and gives no place.
// Choice per event: PlaceForEvent, the nearest reachable strong-cue place.
//
// Cost: O(n * W log N) per sentence for n capitalised words (gazetteer lookups), plus
// O(places * n) per event for the reachability scan. No allocation beyond the results.
#include "context/places.h"

#include <algorithm>
#include <iterator>

namespace dyad::context {

namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// One-word names that are never taken for places: in news they are something else.
constexpr std::string_view kNeverPlace[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
    "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "congress", "parliament", "senate", "court",
    "council", "university", "college", "church", "hospital", "ministry", "office",
    "government", "embassy", "union", "commission", "assembly", "centre", "center",
    "central", "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "gulf", "sea", "ocean", "lake", "bay", "island", "islands", "city", "town",
    "state", "states", "republic", "kingdom", "national", "international", "summit",
    "conference", "forum", "christmas", "easter", "ramadan", "independence", "liberty",
    "victory", "unity", "friendship", "peace", "justice", "freedom", "security"};

// One-word names that are common English words: taken only where capitals carry meaning.
constexpr std::string_view kCommonWords[] = {
    "of", "along", "mobile", "reading", "nice", "bath", "hope", "most", "many", "male",
    "split", "before", "after", "over", "under", "see", "buy", "gap", "orange", "normal",
    "fair", "man", "march", "said", "says", "early", "late", "deal", "power", "trade"};

template <size_t N>
bool Listed(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// Nouns for a settlement: "the X seaport", "the port city of X".
bool SettlementNoun(std::string_view w) {
  return In(w, {"seaport", "port", "city", "town", "village", "harbour", "harbor", "airport",
                "capital", "settlement", "resort", "suburb", "outskirts"});
}

bool MotionWord(std::string_view w) {
  return In(w, {"visit", "visits", "trip", "trips", "travel", "travels", "travelled", "traveled",
                "travelling", "traveling", "journey", "tour", "came", "come", "comes", "coming",
                "went", "go", "goes", "going", "flew", "fly", "flies", "flying", "returned",
                "return", "returns", "returning", "headed", "head", "heading", "moved", "arrived",
                "arrive", "mission"});
}

bool ClauseStop(const code::Sentence& s, size_t t) {
  if (s.boundary[t]) return true;
  return In(s.words[t], {";", "that", "which", "who", "whom", "whose", "because", "but",
                         "although", "whereas"});
}

bool CapitalWord(const code::Sentence& s, size_t t) {
  return t < s.size() && !s.excluded[t] && s.tokens[t].kind == text::TokenKind::kWord &&
         s.tokens[t].capitalized;
}

// The country of a country-level actor mention ("KAZ", "IRN" for "IRNGOV"); "" when the
// mention is of an organisation; "-" when it has no actor part.
std::string MentionCountry(const code::Mention& m) {
  if (!m.actor || m.actor->codes.empty()) return "-";
  const std::string& c = m.actor->codes.front().code;
  if (c.size() < 3 || c.compare(0, 3, "IGO") == 0 || c.compare(0, 3, "NGO") == 0 ||
      c.compare(0, 3, "MNC") == 0)
    return "";
  return c.substr(0, 3);
}

// The cue of the name at tokens [a, b]; nullopt when there is none.
std::optional<PlaceCue> CueOf(const code::Sentence& s, size_t a, size_t b, bool based) {
  if (a > 0) {
    std::string_view w = s.words[a - 1];
    if (In(w, {"in", "at", "near", "outside", "inside"})) return PlaceCue::kPreposition;
    if (w == "to" && a >= 2 && (MotionWord(s.words[a - 2]) || MotionWord(s.lemmas[a - 2])))
      return PlaceCue::kMotion;
    if (In(w, {"visit", "visits", "visited", "visiting", "tour", "toured", "touring"}))
      return PlaceCue::kVisitVerb;
    if (w == "of" && a >= 2 && SettlementNoun(s.words[a - 2])) return PlaceCue::kOfPlaceNoun;
  }
  if (b + 1 < s.size() && SettlementNoun(s.words[b + 1]) && s.words[b + 1] != "capital")
    return PlaceCue::kPlaceNoun;
  if (based) return PlaceCue::kBased;
  return std::nullopt;
}

std::optional<Place> Resolve(const std::vector<Place>& candidates, std::string_view required_country,
                             const DocumentCountries& countries, const PlaceOptions& o) {
  const Place* best = nullptr;
  double best_w = -1, second_w = -1;
  for (const auto& p : candidates) {
    if (!required_country.empty() && p.country != required_country) continue;
    bool home = countries.Contains(p.country);
    if (p.population < (home ? o.min_population : o.min_population_elsewhere)) continue;
    double w = static_cast<double>(p.population) * (home ? o.document_country_weight : 1.0);
    if (w > best_w) {
      second_w = best_w;
      best_w = w;
      best = &p;
    } else if (w > second_w) {
      second_w = w;
    }
  }
  if (!best) return std::nullopt;
  if (second_w >= 0 && best_w < o.dominance * second_w) return std::nullopt;
  return *best;
}

}  // namespace

void DocumentCountries::Add(std::string_view code) {
  if (code.size() < 3) return;
  std::string_view c = code.substr(0, 3);
  if (c == "IGO" || c == "NGO" || c == "MNC") return;
  if (!Contains(c)) codes_.emplace_back(c);
}

bool DocumentCountries::Contains(std::string_view country) const {
  return std::find(codes_.begin(), codes_.end(), country) != codes_.end();
}

std::vector<PlaceMention> FindPlaces(const code::Sentence& s, const std::vector<code::Mention>& mentions,
                                     const Gazetteer& gazetteer, const DocumentCountries& countries,
                                     const PlaceOptions& options) {
  std::vector<PlaceMention> out;
  const size_t n = s.size();
  // Words as looked up: "tehran-based" is looked up as "tehran".
  std::vector<std::string_view> words = s.words;
  std::vector<bool> based(n, false);
  constexpr std::string_view kBasedSuffix = "-based";
  for (size_t t = 0; t < n; ++t) {
    std::string_view w = words[t];
    if (w.size() > kBasedSuffix.size() && w.substr(w.size() - kBasedSuffix.size()) == kBasedSuffix) {
      words[t] = w.substr(0, w.size() - kBasedSuffix.size());
      based[t] = true;
    }
  }
  constexpr size_t kNone = SIZE_MAX;
  std::vector<size_t> mention_at(n, kNone);
  for (size_t k = 0; k < mentions.size(); ++k)
    for (size_t t = mentions[k].first; t <= mentions[k].last && t < n; ++t) mention_at[t] = k;

  for (size_t i = 0; i < n;) {
    if (!CapitalWord(s, i)) { ++i; continue; }
    // A name runs over capitalised words and the few lower-case words inside names
    // ("Rio de Janeiro", "Stratford-upon-Avon"): no longer key can match.
    size_t run = 1;
    while (i + run < n && run < 8 &&
           (CapitalWord(s, i + run) || words[i + run] == "de" || words[i + run] == "al" ||
            words[i + run] == "el" || words[i + run] == "la" || words[i + run] == "of" ||
            words[i + run] == "-" || words[i + run] == "du" || words[i + run] == "del"))
      ++run;
    size_t len = 0;
    auto candidates = gazetteer.LongestMatch(words, i, &len, run);
    if (candidates.empty()) { ++i; continue; }
    const size_t a = i, b = i + len - 1;
    i = b + 1;

    bool ok = true;
    for (size_t t = a; t <= b && ok; ++t) ok = !s.excluded[t] && (t == b || !based[t]);
    if (!ok) continue;
    if (len == 1) {
      std::string_view w = words[a];
      if (Listed(kNeverPlace, w)) continue;
      if ((a == 0 || s.tokens[a].all_caps) && Listed(kCommonWords, w)) continue;
    }
    const bool is_based = based[b];
    // "in Kazakhstan's Aktau": the cue is before the country, which the place must be in.
    size_t lead = a;
    std::string required;
    if (a >= 2 && s.words[a - 1] == "'s" && mention_at[a - 2] != kNone) {
      const auto& m = mentions[mention_at[a - 2]];
      std::string c = MentionCountry(m);
      if (!m.agent && !m.person && !m.pronoun && c.size() == 3) {
        lead = m.first;
        required = c;
      }
    }
    auto cue = CueOf(s, lead, b, is_based);
    if (!cue) continue;
    if (!is_based && b + 1 < n) {
      std::string_view next = s.words[b + 1];
      if (next == "'s" || next == "'") continue;
      bool next_starts_mention = mention_at[b + 1] != kNone && mentions[mention_at[b + 1]].first == b + 1 &&
                                 (mention_at[b] == kNone || mention_at[b] != mention_at[b + 1]);
      if (*cue != PlaceCue::kPlaceNoun && CapitalWord(s, b + 1) && !next_starts_mention) continue;
    }
    // Right-hand cues have no left word to vouch for the start: a capitalised word just
    // before, not an actor, means a longer name ("Greater Almaty airport").
    if ((*cue == PlaceCue::kPlaceNoun || *cue == PlaceCue::kBased) && a > 1 && CapitalWord(s, a - 1) &&
        mention_at[a - 1] == kNone)
      continue;

    bool reject = false;
    for (size_t t = a; t <= b; ++t) {
      if (mention_at[t] == kNone) continue;
      const auto& m = mentions[mention_at[t]];
      if (m.person || m.pronoun) { reject = true; break; }
      std::string c = MentionCountry(m);
      if (c.empty()) { reject = true; break; }
      if (c == "-") continue;
      if (!required.empty() && required != c) { reject = true; break; }
      required = c;
    }
    if (reject) continue;
    auto place = Resolve(candidates, required, countries, options);
    if (!place) continue;
    PlaceMention pm;
    pm.first = a;
    pm.last = b;
    pm.cue = *cue;
    pm.location.name = std::string(place->name);
    pm.location.country = std::string(place->country);
    pm.location.lat = place->lat;
    pm.location.lon = place->lon;
    pm.location.geonameid = place->geonameid;
    out.push_back(std::move(pm));
  }
  return out;
}

std::optional<Location> PlaceForEvent(const code::Sentence& s, const std::vector<PlaceMention>& places,
                                      size_t verb_first, size_t verb_last) {
  const PlaceMention* best = nullptr;
  bool best_strong = false;
  size_t best_dist = SIZE_MAX;
  for (const auto& p : places) {
    size_t dist = 0;
    bool reachable = true;
    if (p.last < verb_first) {
      dist = verb_first - p.last - 1;
      for (size_t t = p.last + 1; t < verb_first && reachable; ++t) reachable = !ClauseStop(s, t);
    } else if (p.first > verb_last) {
      dist = p.first - verb_last - 1;
      for (size_t t = verb_last + 1; t < p.first && reachable; ++t) reachable = !ClauseStop(s, t);
    }
    if (!reachable) continue;
    bool strong = p.cue != PlaceCue::kBased;
    if (!best || (strong && !best_strong) || (strong == best_strong && dist < best_dist)) {
      best = &p;
      best_strong = strong;
      best_dist = dist;
    }
  }
  if (!best) return std::nullopt;
  return best->location;
}

std::optional<Location> FindEventPlace(const code::Sentence& s, const std::vector<code::Mention>& mentions,
                                       size_t verb_first, size_t verb_last, const Gazetteer& gazetteer,
                                       const DocumentCountries& countries, const PlaceOptions& options) {
  return PlaceForEvent(s, FindPlaces(s, mentions, gazetteer, countries, options), verb_first, verb_last);
}

}  // namespace dyad::context
