// eval/news_report.h: printing newsgold scores (eval/news_score.h) as a terminal table,
// as JSON (schema in docs/eval.md), and listing the errors.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>

#include "eval/news_gold.h"
#include "eval/news_score.h"

namespace dyad::eval {

// The tiers table, the agreement on tier-1 matched pairs, negation, then one row per
// document. `coder` names what coded ("dyad", "tabari").
void WriteNewsTable(const NewsGold& gold, const NewsRun& run, const std::string& coder,
                    std::ostream& out);

// The same figures (all three tiers' pair figures, and per document) as one JSON object,
// then a newline.
void WriteNewsJson(const NewsGold& gold, const NewsRun& run, const std::string& coder,
                   std::ostream& out);

// Up to `limit` tier-1 errors, document by document: gold events missed, coded claims
// that match no gold event, and matched pairs whose full code is wrong (not tier 2).
void WriteNewsErrors(const NewsRun& run, size_t limit, std::ostream& out);

}  // namespace dyad::eval
