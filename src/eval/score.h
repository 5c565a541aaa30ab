// eval/score.h: scoring dyad's events against gold examples (definitions: docs/eval.md).
//
// Each gold example is one sentence with one gold event. dyad's output for it is every
// event coded from that sentence's document, in the order dyad wrote them; the TOP event is
// the first of them.
//
// Precision/recall/F1 per field are micro-averaged over examples, on sets of values:
// for an example, G is the set of gold values of the field and P the set of values over
// all of dyad's events (empty values left out); TP += |G ∩ P|, FP += |P \ G|,
// FN += |G \ P|. An example counts for a field only when its gold file carries that field
// (CAMEO: event, root, code; PLOVER: event, category, actors). Values:
//   event           "event" when there is at least one event (gold: always)
//   root, code      CAMEO root ("04") and full code ("042")
//   category        PLOVER 0.5b1 category (ontology/plover_map.h) of each event's code
//   source/target country
//                   the actor's primary code: the first three letters of its code
//                   (a country such as "USA", or "IGO", "NGO", ...)
//   source role     the three letters after the country ("GOV" of "KAZGOV"); none for
//                   IGO/NGO/MNC codes and codes of three letters
//
// Headline accuracies use the top event only: root and code accuracy over examples with a
// gold code; category accuracy over examples with a gold category; source-country
// accuracy over examples whose gold event has a source (right when the top event's source
// primary code is one of the gold sources').
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "dyad/event.h"
#include "eval/gold.h"

namespace dyad::eval {

enum class Field : int {
  kEvent = 0, kRoot, kCode, kCategory, kSourceCountry, kTargetCountry, kSourceRole, kCount
};
constexpr int kFieldCount = static_cast<int>(Field::kCount);

// "event", "root", "code", "category", "source_country", "target_country", "source_role".
const char* FieldKey(Field f);
// "event detected", "root code", ... for tables.
const char* FieldLabel(Field f);

struct Counts {
  size_t examples = 0;  // examples that counted for the field
  size_t gold = 0;      // |G| summed
  size_t predicted = 0; // |P| summed
  size_t tp = 0, fp = 0, fn = 0;
  // 0 when the denominator is 0.
  double Precision() const;
  double Recall() const;
  double F1() const;
};

struct Accuracy {
  size_t right = 0;
  size_t total = 0;
  double Value() const { return total == 0 ? 0.0 : static_cast<double>(right) / total; }
};

enum class Headline : int { kRoot = 0, kCode, kCategory, kSourceCountry, kCount };
constexpr int kHeadlineCount = static_cast<int>(Headline::kCount);
// "root_accuracy", "code_accuracy", "category_accuracy", "source_country_accuracy".
const char* HeadlineKey(Headline h);
const char* HeadlineLabel(Headline h);

// How one example went, for error listings.
struct ExampleResult {
  const GoldExample* gold = nullptr;
  std::vector<Event> events;
  // For each headline figure: -1 not applicable, 0 wrong, 1 right.
  std::array<int, kHeadlineCount> headline{-1, -1, -1, -1};
  bool Wrong() const;
};

struct Scores {
  size_t examples = 0;
  size_t with_events = 0;
  std::array<Counts, kFieldCount> fields{};
  std::array<Accuracy, kHeadlineCount> headline{};
};

// Accumulates scores example by example. Not thread-safe; one per run.
class Scorer {
 public:
  // Scores `events` (dyad's output for `gold`'s sentence). `gold` must outlive the result.
  ExampleResult Add(const GoldExample& gold, std::vector<Event> events);
  const Scores& scores() const { return scores_; }

 private:
  Scores scores_;
};

// The primary code of an actor code: its first three letters ("" when shorter).
std::string PrimaryOf(const std::string& actor_code);
// The role of an actor code: the three letters after the primary, "" for IGO/NGO/MNC codes.
std::string RoleOf(const std::string& actor_code);

}  // namespace dyad::eval
