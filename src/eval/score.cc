// eval/score.cc: see score.h for the definitions.
#include "eval/score.h"

#include <set>

#include "ontology/cameo.h"
#include "ontology/plover_map.h"

namespace dyad::eval {
namespace {

using ValueSet = std::set<std::string>;

void Insert(ValueSet* s, std::string v) {
  if (!v.empty()) s->insert(std::move(v));
}

void Count(const ValueSet& gold, const ValueSet& pred, Counts* c) {
  ++c->examples;
  c->gold += gold.size();
  c->predicted += pred.size();
  for (const auto& v : pred) {
    if (gold.count(v)) ++c->tp;
    else ++c->fp;
  }
  for (const auto& v : gold)
    if (!pred.count(v)) ++c->fn;
}

std::string ActorPrimary(const std::optional<ActorRef>& a) {
  return a ? PrimaryOf(a->code) : std::string();
}

}  // namespace

const char* FieldKey(Field f) {
  static const char* const kKeys[] = {"event", "root", "code", "category",
                                      "source_country", "target_country", "source_role"};
  return kKeys[static_cast<int>(f)];
}

const char* FieldLabel(Field f) {
  static const char* const kLabels[] = {"event detected", "root code", "full code",
                                        "PLOVER category", "source country",
                                        "target country", "source role"};
  return kLabels[static_cast<int>(f)];
}

const char* HeadlineKey(Headline h) {
  static const char* const kKeys[] = {"root_accuracy", "code_accuracy", "category_accuracy",
                                      "source_country_accuracy"};
  return kKeys[static_cast<int>(h)];
}

const char* HeadlineLabel(Headline h) {
  static const char* const kLabels[] = {"root-code accuracy (top event)",
                                        "full-code accuracy (top event)",
                                        "PLOVER category accuracy (top event)",
                                        "source-country accuracy (top event)"};
  return kLabels[static_cast<int>(h)];
}

double Counts::Precision() const {
  return tp + fp == 0 ? 0.0 : static_cast<double>(tp) / static_cast<double>(tp + fp);
}
double Counts::Recall() const {
  return tp + fn == 0 ? 0.0 : static_cast<double>(tp) / static_cast<double>(tp + fn);
}
double Counts::F1() const {
  double p = Precision(), r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

bool ExampleResult::Wrong() const {
  for (int v : headline)
    if (v == 0) return true;
  return false;
}

std::string PrimaryOf(const std::string& code) {
  return code.size() >= 3 ? code.substr(0, 3) : std::string();
}

std::string RoleOf(const std::string& code) {
  if (code.size() < 6) return "";
  std::string primary = code.substr(0, 3);
  if (primary == "IGO" || primary == "NGO" || primary == "MNC") return "";
  return code.substr(3, 3);
}

ExampleResult Scorer::Add(const GoldExample& gold, std::vector<Event> events) {
  ExampleResult r;
  r.gold = &gold;
  r.events = std::move(events);
  const auto& ev = r.events;
  ++scores_.examples;
  if (!ev.empty()) ++scores_.with_events;
  auto& f = scores_.fields;
  auto at = [&](Field x) -> Counts& { return f[static_cast<int>(x)]; };

  ValueSet gold_event{"event"}, pred_event;
  if (!ev.empty()) pred_event.insert("event");
  Count(gold_event, pred_event, &at(Field::kEvent));

  if (!gold.code.empty()) {
    ValueSet g_root{ontology::RootOf(gold.code)}, g_code{gold.code}, p_root, p_code;
    for (const auto& e : ev) {
      Insert(&p_root, ontology::RootOf(e.code));
      Insert(&p_code, e.code);
    }
    Count(g_root, p_root, &at(Field::kRoot));
    Count(g_code, p_code, &at(Field::kCode));
  }
  if (!gold.category.empty()) {
    ValueSet g{gold.category}, p;
    for (const auto& e : ev) Insert(&p, std::string(ontology::PloverCategory05(e.code)));
    Count(g, p, &at(Field::kCategory));
  }
  bool has_actors = !gold.category.empty() || !gold.sources.empty() || !gold.targets.empty();
  ValueSet g_src;
  for (const auto& a : gold.sources) Insert(&g_src, a.code);
  if (has_actors) {
    ValueSet g_tgt, g_role, p_src, p_tgt, p_role;
    for (const auto& a : gold.targets) Insert(&g_tgt, a.code);
    for (const auto& a : gold.sources) Insert(&g_role, a.sector);
    for (const auto& e : ev) {
      Insert(&p_src, ActorPrimary(e.source));
      Insert(&p_tgt, ActorPrimary(e.target));
      if (e.source) Insert(&p_role, RoleOf(e.source->code));
    }
    Count(g_src, p_src, &at(Field::kSourceCountry));
    Count(g_tgt, p_tgt, &at(Field::kTargetCountry));
    Count(g_role, p_role, &at(Field::kSourceRole));
  }

  const Event* top = ev.empty() ? nullptr : &ev.front();
  auto judge = [&](Headline h, bool right) {
    auto& a = scores_.headline[static_cast<int>(h)];
    ++a.total;
    if (right) ++a.right;
    r.headline[static_cast<int>(h)] = right ? 1 : 0;
  };
  if (!gold.code.empty()) {
    judge(Headline::kRoot, top && ontology::RootOf(top->code) == ontology::RootOf(gold.code));
    judge(Headline::kCode, top && top->code == gold.code);
  }
  if (!gold.category.empty())
    judge(Headline::kCategory, top && ontology::PloverCategory05(top->code) == gold.category);
  if (!g_src.empty())
    judge(Headline::kSourceCountry, top && g_src.count(ActorPrimary(top->source)) > 0);
  return r;
}

}  // namespace dyad::eval
