// fuzz/query_filter_fuzzer.cc: the store's query filters (store::ValidateFilter,
// ForEachEvent, Aggregate) on raw bytes, against a small store written once per process.
// The input is split at newlines; each line fills one filter field in turn (actors,
// sources, targets, dyads, codes, roots, places, text, from, to, quads, group-by keys).
// Invariants: nothing crashes, a filter that validates also runs (or fails with a
// Status), and no filter ever changes the store (its row counts stay the same).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_util.h"
#include "store/query.h"
#include "store/store_test_util.h"

namespace {

using dyad::store::testing::MakeDoc;
using dyad::store::testing::MakeEvent;

dyad::store::Store& TheStore() {
  static std::unique_ptr<dyad::store::Store> store = [] {
    auto s = dyad::store::Store::Open(dyad::store::testing::TempDb("fuzz-query"));
    DYAD_FUZZ_CHECK(s.ok());
    auto st = std::move(s).value();
    DYAD_FUZZ_CHECK(st->Begin().ok());
    DYAD_FUZZ_CHECK(st->Write(MakeDoc("a", "ta", "2019-04-10",
        {MakeEvent("a", 0, "USAGOV", "IRN", "042", "2019-04-10", "US officials visited Tehran."),
         MakeEvent("a", 1, "IRN", "USA", "111", "2019-04-11", "Iran criticised Washington.")})).ok());
    DYAD_FUZZ_CHECK(st->Write(MakeDoc("b", "tb", "2019-05-02",
        {MakeEvent("b", 0, "IRNMIL", "ISR", "190", "2019-05-02", "Iranian forces attacked Israel.")})).ok());
    DYAD_FUZZ_CHECK(st->Commit().ok());
    return st;
  }();
  return *store;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto& store = TheStore();
  static const int64_t events_before = store.Counts().value().events;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  dyad::store::EventFilter f;
  dyad::store::Aggregation agg;
  size_t field = 0;
  while (!in.empty() && field < 24) {
    size_t nl = in.find('\n');
    std::string line(in.substr(0, nl));
    in = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
    switch (field++ % 12) {
      case 0: f.actors.push_back(line); break;
      case 1: f.sources.push_back(line); break;
      case 2: f.targets.push_back(line); break;
      case 3: f.dyads.push_back(line); break;
      case 4: f.codes.push_back(line); break;
      case 5: f.roots.push_back(line); break;
      case 6: f.places.push_back(line); break;
      case 7: f.text = line; break;
      case 8: f.from = line; break;
      case 9: f.to = line; break;
      case 10: f.quads.push_back(line.empty() ? 0 : static_cast<unsigned char>(line[0]) % 7 - 1); break;
      case 11: agg.by.push_back(line); break;
    }
  }
  if (size > 0) {
    f.facts_only = data[0] & 1;
    f.dedup = data[0] & 2;
  }
  if (dyad::store::ValidateFilter(f).ok()) {
    int64_t n = 0;
    (void)dyad::store::ForEachEvent(store, f, 100, [&](const dyad::out::ExportRecord&) { return ++n < 100; });
    (void)dyad::store::Aggregate(store, f, agg);
  }
  DYAD_FUZZ_CHECK(store.Counts().value().events == events_before);
  return 0;
}
