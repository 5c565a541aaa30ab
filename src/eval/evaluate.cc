// eval/evaluate.cc: see evaluate.h.
#include "eval/evaluate.h"

namespace dyad::eval {

EvalRun Evaluate(const GoldSet& gold, const CodeFn& code, const EvalOptions& options) {
  EvalRun run;
  Scorer scorer;
  run.results.reserve(gold.examples.size());
  for (const GoldExample& ex : gold.examples) {
    Document doc;
    doc.id = ex.id;
    doc.text = ex.text;
    doc.date = options.date.empty() ? ex.date : options.date;
    doc.origin = ex.where;
    run.results.push_back(scorer.Add(ex, code(doc)));
  }
  run.scores = scorer.scores();
  return run;
}

}  // namespace dyad::eval
