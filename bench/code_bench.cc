// bench/code_bench.cc: single-threaded throughput of the whole `dyad code` pipeline
// (read, split, tokenise, lemmatise, match, context, JSON Lines) over the Guardian sample.
//
//   build/code_bench [FILE.jsonl] [--repeat N] [--no-places]
//
// --no-places leaves the gazetteer out, to measure what the places stage costs.
//
// Prints documents/s, sentences/s, MB/s of input text and events/s. Skips with a message
// when the sample (../shared/data/corpus/guardian-2019-sample.jsonl) is absent.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "io/readers.h"
#include "out/sink.h"

int main(int argc, char** argv) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/data/corpus/guardian-2019-sample.jsonl";
  int repeat = 5;
  dyad::DictionaryOptions dopt;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) repeat = std::atoi(argv[++i]);
    else if (a == "--no-places") dopt.load_gazetteer = false;
    else path = a;
  }
  if (!std::filesystem::exists(path)) {
    std::printf("code_bench: SKIPPED, %s not found (../shared is absent)\n", path.c_str());
    return 0;
  }
  std::vector<dyad::Document> docs;
  dyad::Status st = dyad::io::ReadDocuments(
      path, {}, [&](dyad::Document&& d) { docs.push_back(std::move(d)); },
      [](const dyad::Status& e) { std::fprintf(stderr, "%s\n", e.message().c_str()); });
  if (!st.ok()) { std::fprintf(stderr, "%s\n", st.message().c_str()); return 2; }

  auto t0 = std::chrono::steady_clock::now();
  auto dict = dyad::Dictionary::Load(dopt);
  if (!dict.ok()) { std::fprintf(stderr, "%s\n", dict.status().message().c_str()); return 2; }
  auto coder = dyad::Coder::Create(dict.value());
  if (!coder.ok()) return 2;
  double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  size_t bytes = 0;
  for (const auto& d : docs) bytes += d.text.size();
  std::ostringstream sink_out;
  auto sink = dyad::out::MakeJsonlSink(sink_out);
  size_t sentences = 0, events = 0;
  auto t1 = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& d : docs) {
      size_t n = 0;
      for (const auto& e : coder.value()->Code(d, &n)) {
        (void)sink->Write(e);
        ++events;
      }
      sentences += n;
    }
    sink_out.str("");
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
  double ndocs = double(docs.size()) * repeat;
  std::printf("code_bench: %s x%d, 1 thread\n", path.c_str(), repeat);
  std::printf("  dictionary load   %.3f s\n", load_s);
  std::printf("  documents/s       %.1f\n", ndocs / secs);
  std::printf("  sentences/s       %.1f\n", sentences / secs);
  std::printf("  MB/s              %.2f\n", bytes * double(repeat) / 1e6 / secs);
  std::printf("  events/s          %.1f  (%.2f events/document)\n", events / secs, events / ndocs);
  return 0;
}
