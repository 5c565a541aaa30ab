// store/sources.h: where `dyad ingest` finds documents: directories, files, gzip, stdin.
//
// On top of io::ReadDocuments (plain text and JSON Lines, bad documents reported one by
// one) this adds directory recursion and gzip'd files.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "io/readers.h"

namespace dyad::store {

// The files named by `paths`, in order: a directory becomes every regular file beneath it
// (recursively, sorted by path, hidden files and directories skipped), "-" stays "-"
// (standard input), a file stays itself. Fails, naming the path, when one does not exist
// or a directory cannot be listed.
Result<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& paths);

// Reads every document of one file as io::ReadDocuments does, and also gzip'd files
// (recognised by their magic bytes, not their name): "news.jsonl.gz" is JSON Lines (the
// name without ".gz" decides, as for plain files), "story.txt.gz" one plain-text
// document whose id is "story.txt". A corrupt or truncated gzip stream is reported
// through `on_error` ("news.jsonl.gz: corrupt gzip data: ...") after the documents before
// the damage. "-" reads standard input (plain text or JSON Lines; for gzip'd input use
// `zcat FILE |` or name the file).
Status ReadAnyDocuments(const std::string& path, const io::ReadOptions& options,
                        const io::DocumentCallback& on_doc, const io::ErrorCallback& on_error);

// How many documents `path` holds, cheaply (JSON Lines: non-blank lines; plain text: 1;
// decompressing gzip'd files), for progress estimates; -1 for standard input or an
// unreadable file.
int64_t CountDocuments(const std::string& path);

}  // namespace dyad::store
