// dyad/coder.h: from a Document to coded events.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

struct CoderOptions {
  // Used for documents whose `date` is empty ("YYYY-MM-DD" or ""). Default: "".
  std::string default_date;
  // Keep only events that are neither negated, hypothetical nor reported. Default: false.
  bool facts_only = false;
  // Read each sentence's dependency tree (dyad's own parser, docs/syntax.md) to find who
  // does what to whom. Default: true. Without it the coder uses word order alone.
  bool use_syntax = true;
  // The syntax model file. Default "": syntax::DefaultModelPath() ($DYAD_SYNTAX_MODEL, else
  // models/en-ud.bin of the data directory, util/data_dir.h).
  // Create fails, naming the file, when use_syntax is set and the model does not load.
  std::string model_path;
};

// Codes documents. A pure function of (Dictionary, Document): Code() is const and
// thread-safe, so one Coder serves every thread.
class Coder {
 public:
  static Result<std::unique_ptr<Coder>> Create(std::shared_ptr<const Dictionary> dictionary,
                                               const CoderOptions& options = {});
  ~Coder();

  // The events of `doc`, in text order. Never fails: a document with nothing to code
  // gives no events. `sentences_out`, when given, receives the number of sentences.
  std::vector<Event> Code(const Document& doc, size_t* sentences_out = nullptr) const;

 private:
  struct Impl;
  explicit Coder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad
