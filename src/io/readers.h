// io/readers.h: documents from plain text and JSON Lines files.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::io {

enum class Format { kAuto, kText, kJsonl };

struct ReadOptions {
  // kAuto: ".jsonl", ".ndjson" and ".json" are JSON Lines; anything else, and stdin, plain
  // text (stdin whose first non-blank byte is '{' is JSON Lines). Default: kAuto.
  Format format = Format::kAuto;
  // Documents (a plain file, or one JSON Lines line) larger than this are rejected with
  // an error naming the file and line; the rest of the file is still read. Default: 16 MiB.
  size_t max_document_bytes = 16u << 20;
  // The date given to documents that carry none ("YYYY-MM-DD" or ""). Default: "".
  std::string default_date;
};

using DocumentCallback = std::function<void(Document&&)>;
// Called once per bad document with a Status whose message names "path:line" (JSON Lines)
// or "path" (plain text) and what is wrong: empty, binary (NUL bytes), invalid UTF-8 (with
// the byte offset), too large, broken JSON, missing "text", bad "date".
using ErrorCallback = std::function<void(const Status&)>;

// Reads every document of `path` ("-" is standard input) and hands each good one to
// `on_doc` in file order, each bad one to `on_error`; one bad document never stops the
// file. Plain text: the whole file is one document whose id is the file's base name; an
// optional first line "Publication: X Volume: N Issue: M" (or other "Key: value" pairs)
// becomes `meta`, not text, and the document's text is the original bytes after it
// (offsets are then into that text). JSON Lines: one object per line with "id" (string
// or number), "text", optional "date" (YYYY-MM-DD, or longer ISO forms cut to the date),
// other fields into `meta` as strings. Blank lines are skipped.
// Returns non-OK only when the file cannot be read at all (missing, a directory,
// unreadable); the message names the path.
Status ReadDocuments(const std::string& path, const ReadOptions& options,
                     const DocumentCallback& on_doc, const ErrorCallback& on_error);

}  // namespace dyad::io
