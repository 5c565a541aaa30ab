// bench/tabari_bench.cc: dyad's TABARI-faithful coder on TABARI's full dictionaries.
//
//   build/tabari_bench [--records N] [--seconds S]
//
// Loads CAMEO.091003.master.verbs, CountryInfo.120116.actors, Internatnl.120521.actors,
// PSU.120522.agents and CAMEO.09b5.options (the dictionaries TABARI's own figure of 8,975
// records/s per core was measured with), then codes two workloads on 1 and 2 threads:
//   guardian  the Guardian 2019 sample split into sentences (a record is a sentence);
//   validate  the records of Validate.text repeated to N records (default 200,000).
// Prints load time, records/s per workload and thread count, the ratio to TABARI's
// 8,975 records/s, events coded and peak RSS (VmHWM). Skips with a message when
// ../shared/data is absent.
#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "code/tabari/validate.h"
#include "dyad/document.h"
#include "io/readers.h"
#include "io/tabari_records.h"
#include "text/sentences.h"

namespace {

constexpr double kTabariRecordsPerSecond = 8975.0;

long PeakRssKb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
  }
  return -1;
}

struct Rec {
  std::string text;
  int32_t date;
};

double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

// Codes `recs` with `threads` threads; returns wall seconds, the CPU seconds all threads
// used and the number of events. The machine is shared, so records per CPU-second is the
// steadier per-core figure.
// Per-thread scratch (the token memo lives in Parse), kept across runs as a long-running
// coder keeps it.
std::vector<dyad::tabari::Parse> g_parses(2);

double Run(const dyad::tabari::TabariCoder& coder, const dyad::tabari::TabariOptions& opts,
           const std::vector<Rec>& recs, int threads, size_t* events, double* cpu = nullptr) {
  std::atomic<size_t> total{0};
  double c0 = CpuSeconds();
  auto t0 = std::chrono::steady_clock::now();
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      dyad::tabari::Parse& parse = g_parses[t];
      dyad::tabari::CodeResult res;
      size_t n = 0;
      for (size_t i = t; i < recs.size(); i += threads) {
        coder.Code(recs[i].text, recs[i].date, opts, nullptr, &parse, &res);
        n += res.events.size();
      }
      total += n;
    });
  }
  for (auto& th : pool) th.join();
  *events = total;
  if (cpu) *cpu = CpuSeconds() - c0;
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

void Report(const char* name, const dyad::tabari::TabariCoder& coder, const dyad::tabari::TabariOptions& opts,
            const std::vector<Rec>& recs) {
  for (int threads : {0, 1, 2}) {
    // threads == 0: one thread with empty token memos (the first pass over new text).
    const bool cold = threads == 0;
    if (cold) {
      threads = 1;
      g_parses.assign(2, dyad::tabari::Parse());
    }
    size_t events = 0;
    if (!cold) Run(coder, opts, recs, threads, &events);  // warm the memos
    double cpu = 0;
    double s = Run(coder, opts, recs, threads, &events, &cpu);
    double rps = recs.size() / s;
    double per_core = recs.size() / cpu;
    std::printf("%-9s %d thread%s%s: %8zu records in %6.3f s wall = %9.0f records/s; %6.3f CPU-s = %9.0f "
                "records/s per core (%.1fx TABARI's %.0f); %zu events\n",
                name, threads, threads == 1 ? " " : "s", cold ? " (cold)" : "       ", recs.size(), s, rps, cpu, per_core,
                per_core / kTabariRecordsPerSecond, kTabariRecordsPerSecond, events);
  }
}

}  // namespace

int main(int argc, char** argv) {
  size_t want = 200000;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--records" && i + 1 < argc) want = std::strtoul(argv[++i], nullptr, 10);
  }
  const std::string shared = DYAD_SHARED_DIR;
  const std::string tab = shared + "/data/tabari";
  const std::string guardian = shared + "/data/corpus/guardian-2019-sample.jsonl";
  if (!std::filesystem::exists(tab + "/CAMEO.091003.master.verbs") || !std::filesystem::exists(guardian)) {
    std::printf("tabari_bench: SKIPPED, %s not found (../shared is absent)\n", tab.c_str());
    return 0;
  }
  auto t0 = std::chrono::steady_clock::now();
  auto dicts = dyad::tabari::LoadDictionaries({tab + "/CountryInfo.120116.actors", tab + "/Internatnl.120521.actors"},
                                              {tab + "/PSU.120522.agents"}, {tab + "/CAMEO.091003.master.verbs"},
                                              tab + "/CAMEO.09b5.options");
  double load = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!dicts.ok()) {
    std::fprintf(stderr, "tabari_bench: %s\n", dicts.status().message().c_str());
    return 2;
  }
  size_t patterns = 0;
  for (const auto& v : dicts->lexicon->verbs().verbs) patterns += v.patterns.size();
  std::printf("dictionaries: %zu actors, %zu agents, %zu verbs, %zu patterns loaded in %.3f s "
              "(%zu bad lines skipped, %zu duplicates); RSS after load %ld kB\n",
              dicts->lexicon->actors().actors.size(), dicts->lexicon->agents().size(),
              dicts->lexicon->verbs().verbs.size(), patterns, load, dicts->report.errors.size(),
              dicts->report.duplicates.size(), PeakRssKb());
  dyad::tabari::TabariCoder coder(*dicts->lexicon);
  dyad::tabari::TabariOptions opts = dicts->options;

  // Guardian: one record per sentence.
  std::vector<Rec> g;
  dyad::Status st = dyad::io::ReadDocuments(
      guardian, {},
      [&](dyad::Document&& d) {
        int32_t date = dyad::tabari::RecordDate(d.date.size() == 10 ? d.date.substr(2, 2) + d.date.substr(5, 2) +
                                                                          d.date.substr(8, 2)
                                                                    : "190101",
                                                false);
        for (const auto& sp : dyad::text::SplitSentences(d.text)) g.push_back({d.text.substr(sp.begin, sp.size()), date});
      },
      [](const dyad::Status&) {});
  if (!st.ok()) {
    std::fprintf(stderr, "tabari_bench: %s\n", st.message().c_str());
    return 2;
  }
  // Validate.text, repeated.
  auto recs = dyad::io::ReadTabariRecords(tab + "/Validate.text");
  if (!recs.ok()) {
    std::fprintf(stderr, "tabari_bench: %s\n", recs.status().message().c_str());
    return 2;
  }
  std::vector<Rec> base;
  for (const auto& r : *recs) base.push_back({r.text, dyad::tabari::RecordDate(r.date, false)});
  std::vector<Rec> v;
  v.reserve(want);
  while (v.size() < want) v.push_back(base[v.size() % base.size()]);

  std::printf("guardian: %zu sentences; validate: %zu records (%zu distinct)\n", g.size(), v.size(), base.size());
  Report("guardian", coder, opts, g);
  Report("validate", coder, opts, v);
  std::printf("peak RSS (VmHWM): %ld kB\n", PeakRssKb());
  return 0;
}
