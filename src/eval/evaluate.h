// eval/evaluate.h: running a coder over a gold set and scoring it.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "eval/gold.h"
#include "eval/score.h"

namespace dyad::eval {

// Codes one document into events in output order. dyad's Coder::Code, or the TABARI
// adapter (eval/tabari_source.h).
using CodeFn = std::function<std::vector<Event>(const Document&)>;

struct EvalOptions {
  // Date of every example document ("YYYY-MM-DD"). Default "": the gold's own date when it
  // has one, else none.
  std::string date;
};

struct EvalRun {
  Scores scores;
  std::vector<ExampleResult> results;  // one per example, in gold order
};

// Codes each example of `gold` as its own document (id = example id, text = the
// sentence) and scores it. `gold` must outlive the result.
EvalRun Evaluate(const GoldSet& gold, const CodeFn& code, const EvalOptions& options = {});

}  // namespace dyad::eval
