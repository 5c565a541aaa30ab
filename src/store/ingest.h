// store/ingest.h: coding many documents into the store, in parallel, idempotently.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/status.h"
#include "io/readers.h"

namespace dyad::store {

struct IngestOptions {
  // Coding threads. Default: 0, one per hardware thread.
  int threads = 0;
  // Documents per transaction: a crash loses at most this many coded-but-uncommitted
  // documents, which the next run codes again. Default: 1000.
  int batch_documents = 1000;
  // A batch is also committed when it is this old, so slow inputs (a pipe) still land.
  // Default: 2000 ms.
  int batch_millis = 2000;
  // Documents waiting to be coded; bounds memory whatever the input size. Default: 512.
  int queue_documents = 512;
  // Re-code and replace documents even when their id and content are already stored (after
  // a dictionary change). Default: false.
  bool force = false;
  // Count the input's documents first (in a background thread) so progress can show an
  // ETA. Default: true.
  bool count_total = true;
  // How long a write waits for another process's lock on the store before failing
  // ("database is locked"), in milliseconds. Default: 10000.
  int busy_timeout_ms = 10000;
  io::ReadOptions read;
};

// Counters of a run; a snapshot is handed to the progress callback.
struct IngestStats {
  int64_t documents_read = 0;      // good documents read from the inputs
  int64_t documents_total = -1;    // documents the inputs hold, -1 while unknown
  int64_t documents_inserted = 0;  // new ids
  int64_t documents_replaced = 0;  // stored ids whose text or date changed
  int64_t documents_unchanged = 0; // stored ids with the same content: skipped
  int64_t documents_bad = 0;       // rejected by the readers (each reported)
  int64_t inputs_unreadable = 0;   // inputs that could not be read at all (each reported)
  int64_t documents_undated = 0;   // good documents with no date (none given, null, no default)
  int64_t events = 0;              // events written
  double seconds = 0;              // since the start
  int64_t documents_done() const { return documents_inserted + documents_replaced + documents_unchanged; }
};

using ProgressCallback = std::function<void(const IngestStats&)>;

// Reads `inputs` (files, "-", already expanded: see ExpandInputs), codes the documents on
// `threads` threads with `coder` (shared; Code() is const), and writes them into the store
// at `db_path` (created when missing) in batched transactions from one writer thread.
// Documents whose id is already stored with the same content are skipped before coding.
// Events get ids in input order, whatever the thread count.
// `on_error` receives each bad document (reading continues), `on_progress` a snapshot
// at least every `batch_millis` and after every commit (both on internal threads, never
// concurrently with each other). An input that cannot be read at all (missing,
// unreadable, a directory) goes to `on_error` once and is counted in inputs_unreadable;
// the other inputs are still ingested. Returns non-OK only when the store cannot be
// opened or written (what was committed stays).
Status Ingest(const std::vector<std::string>& inputs, const std::string& db_path, const Coder& coder,
              const IngestOptions& options, const io::ErrorCallback& on_error,
              const ProgressCallback& on_progress, IngestStats* stats);

}  // namespace dyad::store
