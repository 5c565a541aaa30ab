// bench/parse_bench.cc: the syntax stage's speed on news, its load time and its memory.
//
//   build/parse_bench [--model PATH] [google benchmark flags]
//
// Workload: the sentences of the Guardian 2019 sample (../shared/data/corpus/
// guardian-2019-sample.jsonl, split with text::SplitSentences), cycled through in order.
//   BM_TagParse        Model::Annotate on the sentence's UD words (tagging + parsing only),
//                      on 1 and 2 threads: items_per_second is sentences/s, all threads
//   BM_AnalyzeSentence the whole AnalyzeSentence: tokenize, UD words, tag, parse
//   BM_LoadModel       Model::Load of the model file (ms per load)
// Counters: rss_mib is the resident memory (VmRSS) with the model and the sentences loaded.
// Skips with a message when the sample or the model is absent.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "io/readers.h"
#include "syntax/model.h"
#include "syntax/model_path.h"
#include "syntax/pipeline.h"
#include "syntax/ud_tokens.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace {

struct Sentence {
  size_t doc = 0;
  dyad::text::Span span;
};

std::string g_model_path;
std::shared_ptr<const dyad::syntax::Model> g_model;
std::vector<std::string> g_docs;
std::vector<Sentence> g_sentences;
std::vector<dyad::syntax::Tree> g_words;  // UD words of each sentence, no annotation

double VmRssMib() {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::atof(line.c_str() + 6) / 1024.0;
  return -1;
}

void BM_TagParse(benchmark::State& state) {
  size_t i = static_cast<size_t>(state.thread_index()) * 7919 % g_words.size();
  size_t words = 0;
  for (auto _ : state) {
    dyad::syntax::Tree t = g_words[i];
    g_model->Annotate(t);
    words += t.size();
    benchmark::DoNotOptimize(t.words.data());
    if (++i == g_words.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["words_per_second"] =
      benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
  if (state.thread_index() == 0) state.counters["rss_mib"] = VmRssMib();
}
BENCHMARK(BM_TagParse)->Threads(1)->Threads(2)->UseRealTime()->MinTime(3.0);

void BM_AnalyzeSentence(benchmark::State& state) {
  size_t i = static_cast<size_t>(state.thread_index()) * 7919 % g_sentences.size();
  for (auto _ : state) {
    const Sentence& s = g_sentences[i];
    auto t = dyad::syntax::AnalyzeSentence(*g_model, g_docs[s.doc], s.span);
    benchmark::DoNotOptimize(t.words.data());
    if (++i == g_sentences.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AnalyzeSentence)->Threads(1)->Threads(2)->UseRealTime()->MinTime(3.0);

void BM_LoadModel(benchmark::State& state) {
  for (auto _ : state) {
    auto m = dyad::syntax::Model::Load(g_model_path);
    if (!m.ok()) state.SkipWithError(m.status().message().c_str());
    benchmark::DoNotOptimize(m.ok());
  }
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond)->Iterations(5);

bool LoadSentences(const std::string& path) {
  auto st = dyad::io::ReadDocuments(
      path, {}, [](dyad::Document&& d) { g_docs.push_back(std::move(d.text)); },
      [](const dyad::Status& e) { std::fprintf(stderr, "parse_bench: %s\n", e.message().c_str()); });
  if (!st.ok()) return false;
  for (size_t d = 0; d < g_docs.size(); ++d) {
    for (const auto& span : dyad::text::SplitSentences(g_docs[d])) {
      dyad::syntax::Tree t;
      t.words = dyad::syntax::UdWords(g_docs[d], dyad::text::Tokenize(g_docs[d], span));
      if (t.words.empty()) continue;
      g_sentences.push_back({d, span});
      g_words.push_back(std::move(t));
    }
  }
  return !g_words.empty();
}

}  // namespace

int main(int argc, char** argv) {
  g_model_path = dyad::syntax::DefaultModelPath();
  std::vector<char*> rest = {argv[0]};
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--model" && i + 1 < argc) g_model_path = argv[++i];
    else rest.push_back(argv[i]);
  }
  const std::string sample = std::string(DYAD_SHARED_DIR) + "/data/corpus/guardian-2019-sample.jsonl";
  if (!std::filesystem::exists(sample)) {
    std::printf("parse_bench: SKIPPED, %s not found (../shared is absent)\n", sample.c_str());
    return 0;
  }
  if (!std::filesystem::exists(g_model_path)) {
    std::printf("parse_bench: SKIPPED, no model at %s\n", g_model_path.c_str());
    return 0;
  }
  const double rss_before = VmRssMib();
  auto model = dyad::syntax::Model::Load(g_model_path);
  if (!model.ok()) {
    std::fprintf(stderr, "parse_bench: %s\n", model.status().message().c_str());
    return 2;
  }
  g_model = model.value();
  const double rss_model = VmRssMib();
  if (!LoadSentences(sample)) return 2;
  size_t words = 0;
  for (const auto& t : g_words) words += t.size();
  std::printf("parse_bench: %zu sentences (%zu words) from %zu documents; model %s (%.1f MiB on disk, "
              "+%.1f MiB resident)\n",
              g_sentences.size(), words, g_docs.size(), g_model_path.c_str(),
              std::filesystem::file_size(g_model_path) / 1048576.0, rss_model - rss_before);
  int n = static_cast<int>(rest.size());
  benchmark::Initialize(&n, rest.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  std::printf("parse_bench: VmRSS %.1f MiB at the end\n", VmRssMib());
  return 0;
}
