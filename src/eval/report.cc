// eval/report.cc: see report.h.
#include "eval/report.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "ontology/plover_map.h"

namespace dyad::eval {
namespace {

bool Applies(const GoldSet& gold, Field f) {
  switch (f) {
    case Field::kEvent: return true;
    case Field::kRoot:
    case Field::kCode: return gold.has_codes;
    case Field::kCategory: return gold.has_categories;
    default: return gold.has_actors;
  }
}

bool Applies(const GoldSet& gold, Headline h) {
  switch (h) {
    case Headline::kRoot:
    case Headline::kCode: return gold.has_codes;
    case Headline::kCategory: return gold.has_categories;
    default: return gold.has_actors;
  }
}

std::string Actors(const std::vector<GoldActor>& as) {
  std::string s;
  for (const auto& a : as) {
    if (!s.empty()) s += ",";
    s += a.code + a.sector;
  }
  return s.empty() ? "-" : s;
}

std::string Actor(const std::optional<ActorRef>& a) {
  if (!a) return "-";
  return a->code + " \"" + a->text + "\"";
}

}  // namespace

const char* GoldFormatName(GoldFormat f) { return f == GoldFormat::kCameo ? "cameo" : "plover"; }

void WriteTable(const GoldSet& gold, const EvalRun& run, const std::string& coder,
                std::ostream& out) {
  const Scores& s = run.scores;
  out << fmt::format("{} against {} gold {}: {} examples ({} skipped without text), {} with events\n\n",
                     coder, GoldFormatName(gold.format), gold.file, s.examples, gold.skipped,
                     s.with_events);
  out << fmt::format("{:<16} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9} {:>7} {:>7}\n", "field", "gold",
                     "coded", "TP", "FP", "FN", "precision", "recall", "F1");
  for (int i = 0; i < kFieldCount; ++i) {
    Field f = static_cast<Field>(i);
    if (!Applies(gold, f)) continue;
    const Counts& c = s.fields[i];
    out << fmt::format("{:<16} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9.3f} {:>7.3f} {:>7.3f}\n",
                       FieldLabel(f), c.gold, c.predicted, c.tp, c.fp, c.fn, c.Precision(),
                       c.Recall(), c.F1());
  }
  out << "\n";
  for (int i = 0; i < kHeadlineCount; ++i) {
    Headline h = static_cast<Headline>(i);
    if (!Applies(gold, h)) continue;
    const Accuracy& a = s.headline[i];
    out << fmt::format("{:<38} {:>5} / {:<5} {:>6.1f}%\n", HeadlineLabel(h), a.right, a.total,
                       100.0 * a.Value());
  }
}

void WriteJson(const GoldSet& gold, const EvalRun& run, const std::string& coder,
               std::ostream& out) {
  const Scores& s = run.scores;
  nlohmann::ordered_json j;
  j["coder"] = coder;
  j["gold"] = GoldFormatName(gold.format);
  j["file"] = gold.file;
  j["examples"] = s.examples;
  j["skipped"] = gold.skipped;
  j["with_events"] = s.with_events;
  nlohmann::ordered_json fields = nlohmann::ordered_json::object();
  for (int i = 0; i < kFieldCount; ++i) {
    Field f = static_cast<Field>(i);
    if (!Applies(gold, f)) continue;
    const Counts& c = s.fields[i];
    fields[FieldKey(f)] = {{"examples", c.examples}, {"gold", c.gold}, {"predicted", c.predicted},
                           {"tp", c.tp}, {"fp", c.fp}, {"fn", c.fn},
                           {"precision", c.Precision()}, {"recall", c.Recall()}, {"f1", c.F1()}};
  }
  j["fields"] = fields;
  nlohmann::ordered_json head = nlohmann::ordered_json::object();
  for (int i = 0; i < kHeadlineCount; ++i) {
    Headline h = static_cast<Headline>(i);
    if (!Applies(gold, h)) continue;
    const Accuracy& a = s.headline[i];
    head[HeadlineKey(h)] = {{"right", a.right}, {"total", a.total}, {"value", a.Value()}};
  }
  j["headline"] = head;
  out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void WriteErrors(const EvalRun& run, size_t limit, std::ostream& out) {
  size_t shown = 0, wrong = 0;
  for (const auto& r : run.results)
    if (r.Wrong()) ++wrong;
  out << fmt::format("\n{} example(s) with a wrong top event; showing {}\n", wrong,
                     std::min(limit, wrong));
  for (const auto& r : run.results) {
    if (shown >= limit) break;
    if (!r.Wrong()) continue;
    ++shown;
    const GoldExample& g = *r.gold;
    out << "\n" << g.id << " (" << g.where << ")\n  text: " << g.text << "\n  gold:";
    if (!g.code.empty()) out << " code " << g.code;
    if (!g.category.empty()) out << " category " << g.category;
    if (!g.category.empty() || !g.sources.empty())
      out << " source " << Actors(g.sources) << " target " << Actors(g.targets);
    out << "\n";
    if (r.events.empty()) out << "  dyad: no event\n";
    for (const auto& e : r.events) {
      out << "  dyad: " << e.code;
      std::string_view cat = ontology::PloverCategory05(e.code);
      if (!g.category.empty()) out << " (" << (cat.empty() ? "-" : cat) << ")";
      out << " source " << Actor(e.source) << " target " << Actor(e.target) << " verb \""
          << e.evidence.verb << "\" pattern \"" << e.evidence.pattern << "\" " << e.evidence.where
          << "\n";
    }
  }
}

}  // namespace dyad::eval
