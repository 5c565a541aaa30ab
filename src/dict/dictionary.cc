// dict/dictionary.cc: Dictionary::Load, the public entry to loading and compiling.
#include "dyad/dictionary.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "context/gazetteer.h"
#include "dict/compiled.h"
#include "dict/dyad_loader.h"
#include "dict/foreign_loader.h"
#include "dict/format.h"
#include "util/data_dir.h"

namespace dyad {

Dictionary::Dictionary(std::unique_ptr<dict::CompiledDictionary> compiled,
                       std::vector<std::string> warnings,
                       std::vector<DictionaryFileReport> reports)
    : compiled_(std::move(compiled)), warnings_(std::move(warnings)), reports_(std::move(reports)) {}

namespace {

// One --dict path: a directory of dyad files, or a file of any format (format.h).
Status LoadExtra(const std::string& path, const std::string& hint, dict::Entries* entries,
                 std::vector<std::string>* warnings, std::vector<DictionaryFileReport>* reports) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return dict::LoadDyadDictionary(path, entries, warnings);
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": no such dictionary file or cannot read it");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string content = ss.str();
  dict::DictFormat f = dict::DetectDictFormat(content, hint, path);
  if (f.family != dict::DictFamily::kDyad) {
    reports->push_back(dict::ParseForeignDictionary(path, content, f, entries, warnings));
    return Status::Ok();
  }
  DictionaryFileReport r;
  r.file = path;
  r.format = dict::FormatName(f);
  r.lines = static_cast<size_t>(std::count(content.begin(), content.end(), '\n'));
  size_t before = entries->actors.size() + entries->agents.size() + entries->verbs.size();
  size_t warned = warnings->size();
  dict::ParseDyadDictionary(path, content, entries, warnings);
  r.entries = entries->actors.size() + entries->agents.size() + entries->verbs.size() - before;
  r.skipped = warnings->size() - warned;
  reports->push_back(std::move(r));
  return Status::Ok();
}

// The default dictionaries' entries name their files relative to the data directory
// ("dictionaries/people.dict", "generated/countries.dict"), so events' evidence does not
// carry the paths of the machine dyad was built or installed on.
void NameRelative(const std::string& dir, const std::string& label, dict::Entries* e,
                  size_t actors_from, size_t agents_from, size_t verbs_from) {
  const std::string prefix = dir + "/";
  auto relabel = [&](dict::SourceRef& src) {
    if (src.file.compare(0, prefix.size(), prefix) == 0) src.file = label + src.file.substr(prefix.size());
  };
  for (size_t i = actors_from; i < e->actors.size(); ++i) relabel(e->actors[i].src);
  for (size_t i = agents_from; i < e->agents.size(); ++i) relabel(e->agents[i].src);
  for (size_t i = verbs_from; i < e->verbs.size(); ++i) relabel(e->verbs[i].src);
}

}  // namespace

Dictionary::~Dictionary() = default;

Result<std::shared_ptr<const Dictionary>> Dictionary::Load(const DictionaryOptions& options) {
  dict::Entries entries;
  std::vector<std::string> warnings;
  if (options.load_defaults) {
    const std::string& generated = util::Data().dict_generated;
    if (!std::filesystem::is_directory(generated))
      return Status::NotFound(generated +
                              ": generated default dictionaries are missing; run scripts/setup.sh");
    DYAD_RETURN_IF_ERROR(dict::LoadDyadDictionary(generated, &entries, &warnings));
    NameRelative(generated, "generated/", &entries, 0, 0, 0);
    const size_t actors = entries.actors.size(), agents = entries.agents.size(),
                 verbs = entries.verbs.size();
    DYAD_RETURN_IF_ERROR(dict::LoadDyadDictionary(util::Data().dict_source, &entries, &warnings));
    NameRelative(util::Data().dict_source, "dictionaries/", &entries, actors, agents, verbs);
  }
  if (!dict::IsDictFamilyName(options.extra_format))
    return Status::InvalidArgument("unknown dictionary format '" + options.extra_format +
                                   "' (want auto, dyad, tabari or petrarch)");
  std::vector<DictionaryFileReport> reports;
  for (const auto& path : options.extra_paths)
    DYAD_RETURN_IF_ERROR(LoadExtra(path, options.extra_format, &entries, &warnings, &reports));
  std::shared_ptr<const context::Gazetteer> gazetteer;
  if (options.load_defaults && options.load_gazetteer) {
    const std::string path = util::Data().dict_generated + "/gazetteer.tsv";
    if (std::filesystem::exists(path)) {
      DYAD_ASSIGN_OR_RETURN(auto g, context::Gazetteer::Load(path));
      gazetteer = std::move(g);
    } else {
      warnings.push_back(path + ": no gazetteer; events get no location (run scripts/setup.sh)");
    }
  }
  DYAD_ASSIGN_OR_RETURN(auto lemmatizer, lex::Lemmatizer::Open(options.wordnet_dir));
  auto compiled = std::make_unique<dict::CompiledDictionary>(std::move(entries), std::move(lemmatizer),
                                                             std::move(gazetteer));
  return std::shared_ptr<const Dictionary>(
      std::make_shared<Dictionary>(std::move(compiled), std::move(warnings), std::move(reports)));
}

}  // namespace dyad
