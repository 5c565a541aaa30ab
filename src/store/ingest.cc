// store/ingest.cc: the ingest pipeline.
//
//   reader (calling thread) ──► work queue ──► N coders ──► done queue ──► writer
//
// The reader expands nothing (the caller did), reads documents file by file, hashes each
// (date + text) and asks the store, through its own read connection, whether that id is
// already stored with that hash; such documents are counted and dropped before costing any
// coding. The others get a sequence number and wait in a bounded queue, so memory stays
// flat however large the archive. Coders share one const Coder. The writer puts coded
// documents back in sequence order (a small reorder map: at most queue + threads entries
// can be ahead), so event ids follow input order whatever the thread count, and writes
// them in transactions of `batch_documents` documents or `batch_millis` milliseconds.
//
// Idempotency and crash safety rest on one invariant: a document row and all of its rows
// are committed together (store.cc). A run killed at any point leaves whole documents;
// the next run skips those (same id, same hash) and codes the rest, so the final rows
// equal a clean run's. The writer re-checks the hash inside its transaction, so an id
// repeated within one run is written once (or replaced, when its text differs).
#include "store/ingest.h"

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "store/bounded_queue.h"
#include "store/sources.h"
#include "store/store.h"

namespace dyad::store {
namespace {

using Clock = std::chrono::steady_clock;

struct WorkItem {
  int64_t seq = 0;
  Document doc;
  int64_t hash = 0;
  bool skip_coding = false;  // stored unchanged under a version-1 hash: only rewrite the hash
};

struct DoneItem {
  int64_t seq = 0;
  CodedDocument coded;
};

struct Shared {
  std::atomic<int64_t> read{0}, total{-1}, inserted{0}, replaced{0}, unchanged{0}, bad{0}, events{0},
      unreadable{0}, undated{0};
  std::atomic<bool> failed{false};
  Clock::time_point start = Clock::now();
  std::mutex callback_mu;

  IngestStats Snapshot() const {
    IngestStats s;
    s.documents_read = read;
    s.documents_total = total;
    s.documents_inserted = inserted;
    s.documents_replaced = replaced;
    s.documents_unchanged = unchanged;
    s.documents_bad = bad;
    s.inputs_unreadable = unreadable;
    s.documents_undated = undated;
    s.events = events;
    s.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return s;
  }
};

}  // namespace

Status Ingest(const std::vector<std::string>& inputs, const std::string& db_path, const Coder& coder,
              const IngestOptions& options, const io::ErrorCallback& on_error,
              const ProgressCallback& on_progress, IngestStats* stats) {
  Shared sh;
  StoreOptions wo;
  wo.busy_timeout_ms = options.busy_timeout_ms;
  DYAD_ASSIGN_OR_RETURN(std::unique_ptr<Store> writer_store, Store::Open(db_path, wo));
  StoreOptions ro;
  ro.create = false;
  ro.cache_mib = 16;
  ro.busy_timeout_ms = options.busy_timeout_ms;
  DYAD_ASSIGN_OR_RETURN(std::unique_ptr<Store> check_store, Store::Open(db_path, ro));

  const int threads = options.threads > 0 ? options.threads
                                          : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  BoundedQueue<WorkItem> work(static_cast<size_t>(std::max(1, options.queue_documents)));
  BoundedQueue<DoneItem> done(static_cast<size_t>(std::max(1, options.queue_documents)));

  auto report_error = [&](const Status& s) {
    std::lock_guard<std::mutex> lock(sh.callback_mu);
    if (on_error) on_error(s);
  };
  auto report_progress = [&] {
    std::lock_guard<std::mutex> lock(sh.callback_mu);
    if (on_progress) on_progress(sh.Snapshot());
  };

  // Counting, for the ETA: a background pass over the inputs (cheap next to coding).
  std::atomic<bool> stop_counting{false};
  std::thread counter;
  if (options.count_total) {
    counter = std::thread([&] {
      int64_t total = 0;
      for (const auto& in : inputs) {
        if (stop_counting) return;
        const int64_t n = CountDocuments(in);
        if (n < 0) return;
        total += n;
      }
      sh.total = total;
    });
  }

  std::vector<std::thread> coders;
  for (int t = 0; t < threads; ++t) {
    coders.emplace_back([&] {
      while (auto item = work.Pop()) {
        DoneItem d;
        d.seq = item->seq;
        d.coded.hash = item->hash;
        if (!item->skip_coding) d.coded.events = coder.Code(item->doc, &d.coded.sentences);
        d.coded.doc = std::move(item->doc);
        if (!done.Push(std::move(d))) return;
      }
    });
  }

  Status writer_status;
  std::thread writer([&] {
    std::map<int64_t, CodedDocument> pending;
    int64_t next = 0;
    bool in_txn = false;
    int in_batch = 0;
    Clock::time_point batch_start = Clock::now(), last_progress = Clock::now();
    const auto batch_age = std::chrono::milliseconds(std::max(1, options.batch_millis));
    auto fail = [&](Status s) {
      writer_status = std::move(s);
      sh.failed = true;
      if (in_txn) (void)writer_store->Rollback();
      in_txn = false;
      work.Close();
      done.Close();
    };
    auto commit = [&]() -> bool {
      if (!in_txn) return true;
      Status s = writer_store->Commit();
      if (!s.ok()) { fail(s); return false; }
      in_txn = false;
      in_batch = 0;
      report_progress();
      last_progress = Clock::now();
      return true;
    };
    const auto tick = std::chrono::milliseconds(std::min(250, options.batch_millis));
    while (true) {
      bool timed_out = false;
      std::optional<DoneItem> item = done.PopFor(tick, &timed_out);
      if (!item && !timed_out) break;  // closed and drained
      if (item) pending.emplace(item->seq, std::move(item->coded));
      for (auto it = pending.find(next); it != pending.end(); it = pending.find(next)) {
        if (!in_txn) {
          Status s = writer_store->Begin();
          if (!s.ok()) { fail(s); return; }
          in_txn = true;
          batch_start = Clock::now();
        }
        Result<WriteOutcome> r = writer_store->Write(it->second, options.force);
        if (!r.ok()) { fail(r.status()); return; }
        switch (r.value()) {
          case WriteOutcome::kInserted: ++sh.inserted; sh.events += static_cast<int64_t>(it->second.events.size()); break;
          case WriteOutcome::kReplaced: ++sh.replaced; sh.events += static_cast<int64_t>(it->second.events.size()); break;
          case WriteOutcome::kUnchanged: ++sh.unchanged; break;
        }
        pending.erase(it);
        ++next;
        if (++in_batch >= options.batch_documents && !commit()) return;
      }
      if (in_txn && Clock::now() - batch_start >= batch_age && !commit()) return;
      if (Clock::now() - last_progress >= tick) {
        report_progress();
        last_progress = Clock::now();
      }
    }
    if (!commit()) return;
    if (sh.replaced > 0) {
      Status s = writer_store->PruneClusters();
      if (!s.ok()) fail(s);
    }
  });

  // The reader: this thread.
  int64_t seq = 0;
  for (const std::string& in : inputs) {
    if (sh.failed) break;
    auto on_doc = [&](Document&& doc) {
      if (sh.failed) return;
      ++sh.read;
      if (doc.date.empty()) ++sh.undated;
      WorkItem w;
      w.hash = ContentHash(doc);
      if (!options.force) {
        Result<StoredState> state = check_store->Lookup(doc, w.hash);
        if (state.ok() && state.value() == StoredState::kUnchanged) {
          ++sh.unchanged;
          return;
        }
        // The writer sees the old hash match and rewrites it (Store::Write).
        w.skip_coding = state.ok() && state.value() == StoredState::kUnchangedLegacy;
      }
      w.seq = seq++;
      w.doc = std::move(doc);
      (void)work.Push(std::move(w));
    };
    auto on_bad = [&](const Status& s) {
      ++sh.bad;
      report_error(s);
    };
    Status s = ReadAnyDocuments(in, options.read, on_doc, on_bad);
    if (!s.ok()) {
      ++sh.unreadable;
      report_error(s);
    }
  }
  work.Close();
  for (auto& t : coders) t.join();
  done.Close();
  writer.join();
  stop_counting = true;
  if (counter.joinable()) counter.join();
  report_progress();
  if (stats) *stats = sh.Snapshot();
  return writer_status;
}

}  // namespace dyad::store
