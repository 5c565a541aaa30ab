// syntax/model.cc: the tagger, the lemmatizer and the parser as one model, its training
// recipe and its file (the format is in docs/syntax-model.md).
//
// Training: (1) the lemmatizer from the gold (form, XPOS, lemma) triples; (2) the tagger,
// picking its best pass on dev; (3) the training set re-tagged by jackknifing (k taggers,
// each trained on the other k-1 folds, tag their fold; run on `threads` threads), dev
// tagged by the final tagger; (4) the parser on those predicted tags, best pass on dev.
// Everything depends only on the data, the options and the seed.
#include "syntax/model.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "syntax/binary_io.h"
#include "syntax/huge_page_allocator.h"
#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace dyad::syntax {
namespace {

constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'S', 'Y', 'N', '\0'};
constexpr uint32_t kVersion = 1;
constexpr uint64_t kEndMark = 0x21444e454e595344ULL;  // "DSYNEND!"

class TrainedModel final : public Model {
 public:
  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;

  Status Save(const std::string& path) const override;
  void Annotate(Tree& tree) const override {
    Tag(tree);
    Parse(tree);
  }
  void Tag(Tree& tree) const override {
    tagger.Tag(tree);
    for (Word& w : tree.words) w.lemma = lemmatizer.Lemma(w.form, w.xpos);
  }
  void Parse(Tree& tree) const override { parser.Parse(tree); }
};

Status TrainedModel::Save(const std::string& path) const {
  BinaryWriter out;
  for (char c : kMagic) out.Put<char>(c);
  out.Put<uint32_t>(kVersion);
  tagger.Save(out);
  lemmatizer.Save(out);
  parser.Save(out);
  out.Put<uint64_t>(kEndMark);
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) return Status::IoError(path + ": cannot write");
  f.write(out.data().data(), static_cast<std::streamsize>(out.data().size()));
  f.close();
  if (!f) return Status::IoError(path + ": write failed");
  return Status::Ok();
}

std::vector<const Tree*> Pointers(const std::vector<Tree>& trees) {
  std::vector<const Tree*> out;
  for (const Tree& t : trees) out.push_back(&t);
  return out;
}

// The training trees with tags predicted by taggers that did not see them.
std::vector<Tree> Jackknife(const std::vector<Tree>& train, const TaggerTrainOptions& topts,
                            int folds, int threads) {
  std::vector<Tree> out = train;
  auto run_fold = [&](int f) {
    std::vector<const Tree*> rest;
    for (size_t i = 0; i < train.size(); ++i)
      if (static_cast<int>(i % folds) != f) rest.push_back(&train[i]);
    TaggerTrainOptions o = topts;
    o.verbose = false;
    Tagger t = Tagger::Train(rest, {}, o);
    for (size_t i = f; i < train.size(); i += folds) t.Tag(out[i]);  // each fold its own trees
  };
  for (int first = 0; first < folds; first += threads) {
    std::vector<std::thread> pool;
    for (int f = first; f < std::min(folds, first + threads); ++f) pool.emplace_back(run_fold, f);
    for (auto& th : pool) th.join();
  }
  return out;
}

}  // namespace

Result<std::shared_ptr<const Model>> Model::Train(const Treebank& train, const Treebank& dev,
                                                  const TrainOptions& options) {
  if (train.sentences.empty()) return Status::InvalidArgument("train-parser: no training sentences");
  std::vector<Tree> train_trees, dev_trees;
  for (const auto& s : train.sentences) train_trees.push_back(s.tree);
  for (const auto& s : dev.sentences) dev_trees.push_back(s.tree);
  auto model = std::make_shared<TrainedModel>();
  model->lemmatizer = Lemmatizer::Train(Pointers(train_trees));

  TaggerTrainOptions topts;
  topts.iterations = options.tagger_iterations > 0 ? options.tagger_iterations : 8;
  topts.seed = options.seed;
  topts.verbose = options.verbose;
  model->tagger = Tagger::Train(Pointers(train_trees), Pointers(dev_trees), topts);

  std::vector<Tree> tagged_train;
  if (options.jackknife_folds > 1) {
    if (options.verbose) std::cerr << "jackknifing the training tags (" << options.jackknife_folds << " folds)\n";
    tagged_train = Jackknife(train_trees, topts, options.jackknife_folds, std::max(1, options.threads));
  } else {
    tagged_train = train_trees;
    for (Tree& t : tagged_train) model->tagger.Tag(t);
  }
  std::vector<Tree> tagged_dev = dev_trees;
  for (Tree& t : tagged_dev) model->tagger.Tag(t);

  ParserTrainOptions popts;
  popts.iterations = options.parser_iterations > 0 ? options.parser_iterations : 15;
  popts.seed = options.seed;
  popts.prune = options.prune;
  popts.verbose = options.verbose;
  model->parser = Parser::Train(Pointers(tagged_train), Pointers(tagged_dev), popts);
  return std::shared_ptr<const Model>(std::move(model));
}

Result<std::shared_ptr<const Model>> Model::Load(const std::string& path) {
  std::ifstream f(path, std::ios::binary | std::ios::ate);
  if (!f) return Status::IoError(path + ": cannot open the syntax model");
  std::vector<char, HugePageAllocator<char>> data(static_cast<size_t>(f.tellg()));
  f.seekg(0);
  if (!f.read(data.data(), static_cast<std::streamsize>(data.size())))
    return Status::IoError(path + ": cannot read the syntax model");
  BinaryReader in(std::string_view(data.data(), data.size()));
  char magic[8];
  for (char& c : magic)
    if (!in.Get(&c)) return Status::ParseError(path + ": not a dyad syntax model (too short)");
  if (!std::equal(magic, magic + 8, kMagic)) return Status::ParseError(path + ": not a dyad syntax model (bad magic)");
  uint32_t version;
  if (!in.Get(&version)) return Status::ParseError(path + ": truncated syntax model");
  if (version != kVersion)
    return Status::ParseError(path + ": syntax model version " + std::to_string(version) +
                              ", this dyad reads version " + std::to_string(kVersion));
  auto model = std::make_shared<TrainedModel>();
  uint64_t end = 0;
  if (!model->tagger.Load(in) || !model->lemmatizer.Load(in) || !model->parser.Load(in) ||
      !in.Get(&end) || end != kEndMark || in.remaining() != 0)
    return Status::ParseError(path + ": truncated or corrupt syntax model");
  return std::shared_ptr<const Model>(std::move(model));
}

}  // namespace dyad::syntax
