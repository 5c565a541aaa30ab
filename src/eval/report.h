// eval/report.h: printing scores as a terminal table, as JSON, and listing errors.
#pragma once

#include <ostream>
#include <string>

#include "eval/evaluate.h"
#include "eval/gold.h"

namespace dyad::eval {

// "cameo" or "plover".
const char* GoldFormatName(GoldFormat f);

// The table: one row per field the gold carries (gold, dyad, TP, FP, FN, P, R, F1), then
// the headline accuracies. `coder` names what coded ("dyad", "tabari").
void WriteTable(const GoldSet& gold, const EvalRun& run, const std::string& coder,
                std::ostream& out);

// The same figures as one JSON object (schema in docs/eval.md), then a newline.
void WriteJson(const GoldSet& gold, const EvalRun& run, const std::string& coder,
               std::ostream& out);

// Up to `limit` examples whose top event is wrong on a headline figure: the sentence,
// what the gold says, and every event coded (code, source, target, verb, pattern).
void WriteErrors(const EvalRun& run, size_t limit, std::ostream& out);

}  // namespace dyad::eval
