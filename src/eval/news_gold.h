// eval/news_gold.h: the newsgold format, real news articles hand-coded in CAMEO
// (../shared/data/newsgold/README.md; scoring in eval/news_score.h, docs/eval.md).
//
// A gold file is JSON Lines, one record per document:
//   {"doc_id", "doc_date", "sentences": [{"index", "text", "events": [event...]}...], ...}
// and each document's exact text is in `docs/<doc_id>.txt` beside the gold file. The
// sentence texts are substrings of that text, in order, with only whitespace between
// them (the reader checks this and records each sentence's byte span). An event is
//   {"source": actor, "target": actor, "code", "acceptable": [codes], "date", "location",
//    "negated", "hypothetical", "reported", "linked"?}
// with actor = {"text", "code", "alt": [codes], "implicit"?}; a `null` code means "no
// actor" (a target the careful coder did not code).
//
// Readers never throw; a malformed gold file is an error naming the file and line (a
// partial gold set would give misleading scores, so one bad record fails the load).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::eval {

struct NewsActor {
  std::string text;              // the words, "" when the gold gives null
  std::string code;              // full actor code ("YEMREB", "IGO"), "" for "no actor"
  std::vector<std::string> alt;  // other codes a careful coder could give
  bool implicit = false;         // inferred, not the grammatical subject/object
};

struct NewsEvent {
  int sentence = 0;                     // index of its gold sentence
  NewsActor source;
  NewsActor target;
  std::string code;                     // CAMEO code ("194")
  std::vector<std::string> acceptable;  // other codes a careful coder could give
  std::string date;                     // YYYY-MM-DD, "" when the gold has no day (null)
  std::string location;                 // "" when the gold gives none (null)
  bool negated = false;
  bool hypothetical = false;
  bool reported = false;
  bool linked = false;                  // the implied reverse of a reciprocal act: optional
  std::string where;                    // "gold.jsonl:3 s4 e0": line, sentence, event
};

struct NewsSentence {
  std::string text;
  uint32_t start = 0;  // byte span of `text` in NewsDoc::text, [start, end)
  uint32_t end = 0;
};

struct NewsDoc {
  std::string id;
  std::string date;  // doc_date, YYYY-MM-DD
  std::string text;  // the bytes of docs/<id>.txt
  std::vector<NewsSentence> sentences;
  std::vector<NewsEvent> events;  // in gold order (sentence by sentence)
  std::string where;              // "gold.jsonl:3"

  // The index of the gold sentence holding byte `offset` of `text`: the last sentence
  // starting at or before it (0 when there is none).
  int SentenceAt(uint32_t offset) const;
};

struct NewsGold {
  std::string file;
  std::vector<NewsDoc> docs;
};

// Returns the text of a document given its id, or an error (missing file).
using NewsTextFn = std::function<Result<std::string>(const std::string& doc_id)>;

// Parses the JSON Lines `content` of gold file `file`; `text_of` supplies each
// document's text. Fails on a line that is not a JSON object, a missing doc_id, doc_date
// or sentences, a sentence not found (in order) in the text, an event without a code or
// a source code, or a flag that is not a boolean.
Result<NewsGold> ParseNewsGold(std::string_view file, std::string_view content,
                               const NewsTextFn& text_of);

// Reads the gold file `path` and each document's docs/<doc_id>.txt beside it.
Result<NewsGold> ReadNewsGold(const std::string& path);

}  // namespace dyad::eval
