// store/sources.h: where `dyad ingest` finds documents: directories, files, gzip, stdin.
//
// On top of io::ReadDocuments (plain text, JSON Lines and gzip'd files, bad documents
// reported one by one) this adds directory recursion.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "io/readers.h"

namespace dyad::store {

// The files named by `paths`, in order: a directory becomes every regular file beneath it
// (recursively, following links to directories, sorted by path; hidden files and
// directories skipped), "-" stays "-" (standard input), any other path stays itself.
// Every path that is left out for another reason goes to `on_skip` with a Status naming
// it and saying why, and the rest is still expanded: a missing path ("no such file or
// directory"), a directory that cannot be listed ("cannot list directory: Permission
// denied"), a symbolic link loop or a link back into a directory being walked, a dangling
// link, a named pipe, socket or device inside a directory. Always ends (cycles are cut).
std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths,
                                      const std::function<void(const Status&)>& on_skip);

// io::ReadDocuments (plain text, JSON Lines, gzip'd files and gzip'd standard input,
// each gzip member verified before any of its documents is handed on).
Status ReadAnyDocuments(const std::string& path, const io::ReadOptions& options,
                        const io::DocumentCallback& on_doc, const io::ErrorCallback& on_error);

// How many documents `path` holds, cheaply (JSON Lines: non-blank lines; plain text: 1;
// decompressing gzip'd files), for progress estimates; -1 for standard input or an
// unreadable file.
int64_t CountDocuments(const std::string& path);

}  // namespace dyad::store
