// tools/dyad/train_parser_cmd.cc: `dyad train-parser --train FILE... --dev FILE --out PATH`.
//
// Reads the CoNLL-U treebanks (bad sentences are reported and skipped), trains the tagger,
// lemmatizer and parser (syntax/model.h), prints per-pass dev scores and the final ones to
// stderr, and writes the model. With --model M --score FILE...: only scores M on the files
// (gold tokenization, predicted tags; internal scorer, syntax/model_score.h) and prints the
// speed. Exit codes: 0 done, 2 an error.
#include "train_parser_cmd.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/model.h"
#include "syntax/model_score.h"

namespace dyad::cli {
namespace {

struct TrainArgs {
  std::vector<std::string> train, score;
  std::string dev, out, model;
  unsigned seed = 1;
  int threads = 1, tagger_iterations = 0, parser_iterations = 0, folds = 4;
  float prune = 0.0f;
};

bool ReadAll(const std::vector<std::string>& paths, syntax::Treebank* bank) {
  for (const std::string& p : paths) {
    auto r = syntax::ReadConllu(p);
    if (!r.ok()) {
      std::cerr << "dyad train-parser: " << r.status().message() << "\n";
      return false;
    }
    for (const std::string& e : r->errors) std::cerr << "dyad train-parser: skipped " << e << "\n";
    for (auto& s : r->sentences) bank->sentences.push_back(std::move(s));
  }
  return true;
}

void PrintScores(const char* what, const syntax::SyntaxScores& s) {
  std::fprintf(stderr, "%s: words %zu UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f (full labels %.2f)\n",
               what, s.words, s.upos, s.xpos, s.lemma, s.uas, s.las, s.las_full);
}

// Tags and parses each file's sentences from their forms and prints the figures and speed.
int ScoreFiles(const syntax::Model& model, const std::vector<std::string>& paths) {
  for (const std::string& p : paths) {
    syntax::Treebank bank;
    if (!ReadAll({p}, &bank)) return 2;
    auto start = std::chrono::steady_clock::now();
    syntax::SyntaxScores scores = syntax::ScoreModel(model, bank);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    PrintScores(p.c_str(), scores);
    std::fprintf(stderr, "  tagged and parsed %zu sentences in %.2f s: %.0f sentences/s, %.0f words/s, one thread\n",
                 bank.sentences.size(), secs, static_cast<double>(bank.sentences.size()) / secs,
                 static_cast<double>(scores.words) / secs);
  }
  return 0;
}

int ScoreOnly(const TrainArgs& a) {
  auto start = std::chrono::steady_clock::now();
  auto model = syntax::Model::Load(a.model);
  if (!model.ok()) {
    std::cerr << "dyad train-parser: " << model.status().message() << "\n";
    return 2;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "dyad train-parser: loaded %s in %.3f s\n", a.model.c_str(), secs);
  return ScoreFiles(*model.value(), a.score);
}

int Run(const TrainArgs& a) {
  if (!a.model.empty()) return ScoreOnly(a);
  if (a.train.empty() || a.out.empty()) {
    std::cerr << "dyad train-parser: --train and --out are required (or --model with --score)\n";
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  syntax::Treebank train, dev;
  if (!ReadAll(a.train, &train) || (!a.dev.empty() && !ReadAll({a.dev}, &dev))) return 2;
  std::cerr << "dyad train-parser: " << train.sentences.size() << " training sentences, "
            << dev.sentences.size() << " dev sentences\n";
  syntax::TrainOptions o;
  o.seed = a.seed;
  o.threads = a.threads;
  o.tagger_iterations = a.tagger_iterations;
  o.parser_iterations = a.parser_iterations;
  o.jackknife_folds = a.folds;
  o.prune = a.prune;
  o.verbose = true;
  auto model = syntax::Model::Train(train, dev, o);
  if (!model.ok()) {
    std::cerr << "dyad train-parser: " << model.status().message() << "\n";
    return 2;
  }
  if (Status st = model.value()->Save(a.out); !st.ok()) {
    std::cerr << "dyad train-parser: " << st.message() << "\n";
    return 2;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "dyad train-parser: wrote %s in %.0f s\n", a.out.c_str(), secs);
  std::vector<std::string> score = a.score;
  if (!a.dev.empty()) score.insert(score.begin(), a.dev);
  return ScoreFiles(*model.value(), score);
}

}  // namespace

void AddTrainParserCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<TrainArgs>();
  CLI::App* cmd = app.add_subcommand("train-parser", "Train the tagger, lemmatizer and dependency parser on UD CoNLL-U");
  cmd->add_option("--train", args->train, "Training treebank(s), CoNLL-U")->expected(1, -1);
  cmd->add_option("--dev", args->dev, "Development treebank for picking the best pass, CoNLL-U");
  cmd->add_option("--out", args->out, "Where to write the model");
  cmd->add_option("--score", args->score, "After training (or with --model): score these CoNLL-U files")
      ->expected(1, -1);
  cmd->add_option("--model", args->model, "Score this model (with --score) instead of training");
  cmd->add_option("--seed", args->seed, "Random seed (training is deterministic given data and seed)");
  cmd->add_option("--threads", args->threads, "Threads for the jackknife taggers");
  cmd->add_option("--tagger-iterations", args->tagger_iterations, "Tagger passes (default 8)");
  cmd->add_option("--parser-iterations", args->parser_iterations, "Parser passes (default 15)");
  cmd->add_option("--jackknife", args->folds, "Folds for tagging the training set (default 4; 0: none)");
  cmd->add_option("--prune", args->prune, "Drop averaged parser weights below this magnitude");
  cmd->footer("Exit codes: 0 model written, 2 an error.");
  cmd->callback([args, exit_code] { *exit_code = Run(*args); });
}

}  // namespace dyad::cli
