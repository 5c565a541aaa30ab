// tools/dyad/parse_cmd.cc: `dyad parse [FILE...|-]` and `dyad parse --eval GOLD.conllu`.
//
// Parse: reads documents as `dyad code` does, splits sentences, tags and parses them with
// the model on `--threads` threads (the model is loaded once and shared; the unit of work
// is a sentence), and writes CoNLL-U or JSON Lines to stdout in input order. Eval: tags and parses the words of a
// gold CoNLL-U file (gold tokenization, predicted tags) and prints the CoNLL 2018 scores.
// Exit codes: 0 done, 2 any input or set-up error (the other documents or sentences are
// still parsed). A closed stdout ends the run quietly. See docs/syntax.md.
#include "parse_cmd.h"

#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "io/readers.h"
#include "syntax/conllu_write.h"
#include "syntax/model.h"
#include "syntax/model_path.h"
#include "syntax/pipeline.h"
#include "syntax/ud_eval.h"
#include "text/sentences.h"
#include "util/ordered_pool.h"

namespace dyad::cli {
namespace {

struct ParseArgs {
  std::vector<std::string> files;
  std::string model;
  std::string format = "conllu";
  int threads = 0;
  std::string eval;
  bool json = false;
};

// One sentence to parse: the unit of work of the thread pool, so that one long document
// is parsed on every thread too.
struct SentenceJob {
  std::shared_ptr<const Document> doc;
  text::Span span;
  size_t number = 0;  // 1-based within the document
};

// One sentence's output in the chosen format; the first sentence of a CoNLL-U document
// carries the "# newdoc id" line.
std::string ParseSentence(const syntax::Model& model, const SentenceJob& job, bool conllu) {
  const Document& doc = *job.doc;
  std::string out;
  if (conllu && job.number == 1) syntax::AppendConlluNewDoc(out, doc.id);
  const syntax::Tree tree = syntax::AnalyzeSentence(model, doc.text, job.span);
  if (tree.words.empty()) return out;
  const std::string sent_id = doc.id + "-" + std::to_string(job.number);
  if (conllu) syntax::AppendConlluSentence(out, sent_id, doc.text, tree);
  else syntax::AppendTreeJson(out, doc.id, sent_id, doc.text, tree);
  return out;
}

int RunEval(const ParseArgs& a, const syntax::Model& model) {
  auto gold = syntax::ReadConllu(a.eval);
  if (!gold.ok()) {
    std::cerr << "dyad parse: " << gold.status().message() << "\n";
    return 2;
  }
  for (const auto& e : gold.value().errors) std::cerr << "dyad parse: " << e << "\n";
  std::vector<syntax::Tree> gold_trees;
  for (const auto& s : gold.value().sentences) gold_trees.push_back(s.tree);
  auto scores = syntax::EvaluateTrees(
      gold_trees, syntax::ReparseGold(model, gold.value(), util::ThreadCount(a.threads)));
  if (!scores.ok()) {
    std::cerr << "dyad parse: " << a.eval << ": " << scores.status().message() << "\n";
    return 2;
  }
  if (a.json) syntax::WriteUdJson(scores.value(), std::cout);
  else syntax::WriteUdTable(scores.value(), std::cout);
  std::cout.flush();
  return gold.value().errors.empty() ? 0 : 2;
}

int RunParse(const ParseArgs& a) {
  std::signal(SIGPIPE, SIG_IGN);
  const std::string path = a.model.empty() ? syntax::DefaultModelPath() : a.model;
  auto model = syntax::Model::Load(path);
  if (!model.ok()) {
    std::cerr << "dyad parse: " << model.status().message() << "\n";
    return 2;
  }
  const syntax::Model& m = *model.value();
  if (!a.eval.empty()) return RunEval(a, m);

  bool had_error = false, pipe_closed = false;
  const bool conllu = a.format == "conllu";
  util::OrderedPool<SentenceJob, std::string> pool(
      util::ThreadCount(a.threads), [&](SentenceJob& job) { return ParseSentence(m, job, conllu); },
      [&](std::string&& out) {
        if (pipe_closed) return;
        if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size()) pipe_closed = true;
      });
  auto on_error = [&](const Status& st) {
    had_error = true;
    std::cerr << "dyad parse: " << st.message() << "\n";
  };
  auto on_doc = [&](Document&& doc) {
    auto shared = std::make_shared<const Document>(std::move(doc));
    size_t number = 0;
    for (const text::Span& span : text::SplitSentences(shared->text)) {
      if (pipe_closed) return;
      pool.Submit({shared, span, ++number});
    }
  };
  const std::vector<std::string> files = a.files.empty() ? std::vector<std::string>{"-"} : a.files;
  for (const auto& f : files) {
    if (pipe_closed) break;
    Status st = io::ReadDocuments(f, io::ReadOptions{}, on_doc, on_error);
    if (!st.ok()) on_error(st);
  }
  pool.Finish();
  std::fflush(stdout);
  return had_error ? 2 : 0;
}

}  // namespace

void AddParseCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ParseArgs>();
  CLI::App* cmd = app.add_subcommand(
      "parse", "Tag and parse sentences (UD English): CoNLL-U or JSON Lines to stdout");
  auto* files = cmd->add_option("files", args->files,
                                "Plain-text or JSON Lines files; '-' or none reads stdin");
  cmd->add_option("--model", args->model,
                  "Syntax model file (default: $DYAD_SYNTAX_MODEL, else models/en-ud.bin)");
  cmd->add_option("--format", args->format, "Output format")
      ->check(CLI::IsMember({"conllu", "jsonl"}))
      ->default_str("conllu");
  cmd->add_option("--threads", args->threads,
                  "Sentences parsed in parallel; 0 (default) uses all cores. Output stays in input order")
      ->check(CLI::NonNegativeNumber);
  auto* eval = cmd->add_option("--eval", args->eval,
                               "Score the model on the words of a gold CoNLL-U file (gold "
                               "tokenization, predicted tags) instead of parsing FILEs")
                   ->excludes(files);
  cmd->add_flag("--json", args->json, "With --eval: the scores as one JSON object")->needs(eval);
  cmd->footer("Exit codes: 0 done, 2 an error (other documents are still parsed). See docs/syntax.md.");
  cmd->callback([args, exit_code] { *exit_code = RunParse(*args); });
}

}  // namespace dyad::cli
