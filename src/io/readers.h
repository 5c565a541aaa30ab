// io/readers.h: documents from plain text and JSON Lines files, gzip'd or not.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

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
// Gzip'd input (a file or standard input whose first bytes are 1f 8b) is read the same
// way: the name without ".gz" chooses the format ("news.jsonl.gz" is JSON Lines, standard
// input is sniffed after decompression) and a plain-text document's id ("story.txt" for
// "story.txt.gz"). Every gzip member is verified (CRC-32 and length) before any document
// is handed on: a line touching a damaged member is never passed to `on_doc`, and one
// `on_error` per damaged member names the file, the member's byte offset, zlib's reason
// and the lines not read (io/gzip.h). Gzip'd standard input is copied to an unnamed
// temporary file first, so it is read once it has ended.
// Returns non-OK only when the file cannot be read at all (missing, a directory,
// unreadable, a symbolic link loop); the message names the path.
//
// Details (see ParseTextDocument and ParseJsonLine for the rest):
// - Memory stays within one document of max_document_bytes plus a fixed buffer, however
//   long a line is; an over-long JSON line is measured and skipped, not held.
// - Standard input is named "<stdin>" in messages and "stdin" as a plain document's id.
// - The callbacks run on the calling thread, in file order.
Status ReadDocuments(const std::string& path, const ReadOptions& options,
                     const DocumentCallback& on_doc, const ErrorCallback& on_error);

// One plain-text document from the whole of a file's bytes. `name` is the path for
// messages and `origin`; the id is its base name ("stdin" for "<stdin>").
// - Rejected (message "NAME: ..."): no bytes or only white space ("empty document"), a
//   NUL byte ("binary"), a UTF-16 byte-order mark, ill-formed UTF-8 ("invalid UTF-8 at
//   byte N (line L)", N a byte offset into the file, L 1-based), more than
//   max_document_bytes ("too large"), or nothing but a header.
// - A UTF-8 byte-order mark is skipped: Document::text starts after it.
// - Header: leading lines made only of "Key: value" pairs whose keys are known
//   (Publication, Volume, Issue, Date, Source, Title, Author, URL, Headline, Section,
//   Language, Edition, Page; any case), e.g. "Publication: Eurasia Daily Monitor Volume: 3
//   Issue: 117". Each pair goes into meta under the lower-case key ("publication" ->
//   "Eurasia Daily Monitor"); a line with any other text before the first key, or an
//   unknown key ("However: ..."), is not a header. Text then starts after the header lines
//   and the blank lines that follow them. A "Date:" value that ParseDocumentDate reads
//   becomes Document::date (else the default date; the raw value stays in meta["date"]).
// - CRLF line ends are allowed; Document::text keeps the original bytes, CRs included.
Result<Document> ParseTextDocument(std::string_view bytes, const std::string& name,
                                   const ReadOptions& options);

// One JSON Lines document from one line (without its '\n'). `origin` is "path:line"; it
// starts every message, and is the id when the line has none.
// - "id": a non-empty string, or a number (written as JSON writes it: 12, 1.5); missing,
//   null or "" -> the origin. Any other type is an error.
// - "text": required, a string; empty or white space only -> "empty document"; one with
//   a NUL character -> "binary".
// - "date": missing or null -> options.default_date; a string ParseDocumentDate reads
//   (ISO 8601 with or without a time, "June 9, 2006", ...); else "bad \"date\"".
// - Every other field -> meta: strings as they are, other values as compact JSON; nulls
//   are dropped.
// - A leading UTF-8 BOM and a trailing '\r' are ignored. Ill-formed UTF-8 anywhere in the
//   line is rejected with its byte offset in the line.
// Messages: "news.jsonl:12: doc guardian-004: missing \"text\"" ("doc ID: " only when the
// id is known).
Result<Document> ParseJsonLine(std::string_view line, const std::string& origin,
                               const ReadOptions& options);

}  // namespace dyad::io
