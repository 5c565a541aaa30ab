// eval/news_report.cc: see news_report.h.
#include "eval/news_report.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace dyad::eval {
namespace {

using ojson = nlohmann::ordered_json;

const char* const kTierLabels[kTierCount] = {"1 country+country+root", "2 + full code",
                                             "3 + full actor codes"};

std::string Pct(const Accuracy& a) {
  return a.total == 0 ? "    -" : fmt::format("{:5.1f}%", 100.0 * a.Value());
}

void WriteTierRows(const NewsCounts& n, std::ostream& out) {
  out << fmt::format("{:<24} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9} {:>7} {:>7}\n", "tier", "gold",
                     "coded", "TP", "FP", "FN", "precision", "recall", "F1");
  for (int t = 0; t < kTierCount; ++t) {
    const Counts& c = n.tiers[t];
    out << fmt::format("{:<24} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9.3f} {:>7.3f} {:>7.3f}\n",
                       kTierLabels[t], c.gold, c.predicted, c.tp, c.fp, c.fn, c.Precision(),
                       c.Recall(), c.F1());
  }
}

void WriteFlagRow(const char* name, const FlagAgreement& f, std::ostream& out) {
  out << fmt::format("{:<14} {:>5} / {:<5} {:>6}   (gold yes {}, dyad yes {}, both {})\n", name,
                     f.agree, f.pairs, Pct(Accuracy{f.agree, f.pairs}), f.gold_yes, f.coded_yes,
                     f.both_yes);
}

void WritePairRows(const NewsCounts& n, std::ostream& out) {
  const PairFigures& p = n.pairs[0];
  out << fmt::format("\non the {} tier-1 matched pairs:\n", p.pairs);
  out << fmt::format("{:<14} {:>5} / {:<5} {:>6}   (pairs whose gold event has a date)\n",
                     "event date", p.date.right, p.date.total, Pct(p.date));
  out << fmt::format("{:<14} {:>5} / {:<5} {:>6}   (pairs whose gold event has a place; "
                     "{} more with a dyad place where the gold gives none)\n",
                     "location", p.location.right, p.location.total, Pct(p.location),
                     p.location_extra);
  WriteFlagRow("hypothetical", p.hypothetical, out);
  WriteFlagRow("reported", p.reported, out);
  const NegationFigures& g = n.negation;
  out << fmt::format("negated        {} gold event(s) negated: {} found as negated by dyad, {} "
                     "coded as a positive claim; dyad flagged {} event(s) negated\n",
                     g.gold, g.found, g.claimed, g.coded);
}

void WriteDocRows(const NewsRun& run, std::ostream& out) {
  out << "\nper document (tier 1 TP/FP/FN, P, R, F1; F1 of tiers 2 and 3; tier-1 dates):\n";
  out << fmt::format("{:<40} {:>4} {:>5} {:>4} {:>4} {:>4} {:>6} {:>6} {:>6} {:>6} {:>6} {:>7}\n",
                     "document", "gold", "coded", "TP", "FP", "FN", "P", "R", "F1", "F1-t2",
                     "F1-t3", "dates");
  for (const NewsDocResult& d : run.docs) {
    const NewsCounts& n = d.counts;
    const Counts& c = n.tiers[0];
    std::string id = d.gold->id.size() > 40 ? d.gold->id.substr(0, 40) : d.gold->id;
    out << fmt::format(
        "{:<40} {:>4} {:>5} {:>4} {:>4} {:>4} {:>6.3f} {:>6.3f} {:>6.3f} {:>6.3f} {:>6.3f} {:>7}\n",
        id, n.gold_events, n.coded_events, c.tp, c.fp, c.fn, c.Precision(), c.Recall(), c.F1(),
        n.tiers[1].F1(), n.tiers[2].F1(),
        fmt::format("{}/{}", n.pairs[0].date.right, n.pairs[0].date.total));
  }
}

ojson AccuracyJson(const Accuracy& a) {
  return {{"right", a.right}, {"total", a.total}, {"value", a.Value()}};
}

ojson FlagJson(const FlagAgreement& f) {
  return {{"pairs", f.pairs}, {"agree", f.agree}, {"value", f.Value()},
          {"gold_yes", f.gold_yes}, {"coded_yes", f.coded_yes}, {"both_yes", f.both_yes}};
}

ojson CountsJson(const NewsCounts& n) {
  ojson j;
  j["gold_events"] = n.gold_events;
  j["gold_linked"] = n.gold_linked;
  j["gold_negated"] = n.negation.gold;
  j["coded_events"] = n.coded_events;
  j["claims"] = n.claims;
  ojson tiers = ojson::object(), pairs = ojson::object();
  for (int t = 0; t < kTierCount; ++t) {
    const Counts& c = n.tiers[t];
    std::string key = "tier" + std::to_string(t + 1);
    tiers[key] = {{"gold", c.gold}, {"predicted", c.predicted}, {"tp", c.tp}, {"fp", c.fp},
                  {"fn", c.fn}, {"precision", c.Precision()}, {"recall", c.Recall()},
                  {"f1", c.F1()}};
    const PairFigures& p = n.pairs[t];
    ojson loc = AccuracyJson(p.location);
    loc["extra"] = p.location_extra;
    pairs[key] = {{"pairs", p.pairs}, {"date", AccuracyJson(p.date)}, {"location", loc},
                  {"hypothetical", FlagJson(p.hypothetical)},
                  {"reported", FlagJson(p.reported)}};
  }
  j["tiers"] = tiers;
  j["pairs"] = pairs;
  const NegationFigures& g = n.negation;
  j["negation"] = {{"gold", g.gold}, {"coded", g.coded}, {"found", g.found},
                   {"claimed", g.claimed}};
  return j;
}

std::string Actor(const NewsActor& a) { return a.code.empty() ? "-" : a.code; }

std::string Actor(const std::optional<ActorRef>& a) {
  if (!a || a->code.empty()) return "-";
  return a->code + " \"" + a->text + "\"";
}

std::string GoldLine(const NewsEvent& g) {
  std::string s = fmt::format("{} {} -> {}", g.code, Actor(g.source), Actor(g.target));
  for (const auto& a : g.acceptable) s += " /" + a;
  if (!g.date.empty()) s += " date " + g.date;
  if (g.linked) s += " (linked)";
  return s;
}

std::string CodedLine(const Event& e) {
  return fmt::format("{} {} -> {} verb \"{}\" s{} date {} {}", e.code, Actor(e.source),
                     Actor(e.target), e.evidence.verb, e.sentence,
                     e.date.empty() ? "-" : e.date, e.evidence.where);
}

}  // namespace

void WriteNewsTable(const NewsGold& gold, const NewsRun& run, const std::string& coder,
                    std::ostream& out) {
  const NewsCounts& n = run.total;
  out << fmt::format("{} against news gold {}: {} documents, {} gold events ({} negated: not "
                     "positives; {} linked: optional), {} coded ({} flagged negated: not claims)"
                     "\n\n",
                     coder, gold.file, n.docs, n.gold_events, n.negation.gold, n.gold_linked,
                     n.coded_events, n.coded_events - n.claims);
  WriteTierRows(n, out);
  WritePairRows(n, out);
  WriteDocRows(run, out);
}

void WriteNewsJson(const NewsGold& gold, const NewsRun& run, const std::string& coder,
                   std::ostream& out) {
  ojson j;
  j["coder"] = coder;
  j["gold"] = "news";
  j["file"] = gold.file;
  j["documents"] = run.total.docs;
  ojson total = CountsJson(run.total);
  for (auto& [k, v] : total.items()) j[k] = v;
  ojson docs = ojson::array();
  for (const NewsDocResult& d : run.docs) {
    ojson dj;
    dj["doc_id"] = d.gold->id;
    ojson counts = CountsJson(d.counts);
    for (auto& [k, v] : counts.items()) dj[k] = v;
    docs.push_back(std::move(dj));
  }
  j["per_document"] = docs;
  out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void WriteNewsErrors(const NewsRun& run, size_t limit, std::ostream& out) {
  size_t shown = 0;
  out << fmt::format("\ntier-1 errors (first {}):\n", limit);
  for (const NewsDocResult& d : run.docs) {
    const NewsDoc& doc = *d.gold;
    std::vector<bool> gold_used(doc.events.size()), coded_used(d.events.size());
    for (const NewsPair& p : d.pairs[0]) gold_used[p.gold] = coded_used[p.coded] = true;
    auto show = [&](const std::string& line) {
      if (shown++ < limit) out << "  " << doc.id << " " << line << "\n";
    };
    for (size_t g = 0; g < doc.events.size(); ++g) {
      const NewsEvent& e = doc.events[g];
      if (!gold_used[g] && !e.negated && !e.linked)
        show(fmt::format("s{} missed: {}", e.sentence, GoldLine(e)));
    }
    for (size_t c = 0; c < d.events.size(); ++c)
      if (!coded_used[c] && !d.events[c].modality.negated)
        show("false positive: " + CodedLine(d.events[c]));
    for (const NewsPair& p : d.pairs[0])
      if (!CodeAgrees(doc.events[p.gold], d.events[p.coded].code))
        show(fmt::format("s{} wrong code: gold {}; dyad {}", doc.events[p.gold].sentence,
                         GoldLine(doc.events[p.gold]), CodedLine(d.events[p.coded])));
  }
  out << fmt::format("{} error(s) in all\n", shown);
}

}  // namespace dyad::eval
