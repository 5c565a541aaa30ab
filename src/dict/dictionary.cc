// dict/dictionary.cc: Dictionary::Load, the public entry to loading and compiling.
#include "dyad/dictionary.h"

#include <filesystem>

#include "context/gazetteer.h"
#include "dict/compiled.h"
#include "dict/dyad_loader.h"

namespace dyad {

Dictionary::Dictionary(std::unique_ptr<dict::CompiledDictionary> compiled,
                       std::vector<std::string> warnings)
    : compiled_(std::move(compiled)), warnings_(std::move(warnings)) {}

Dictionary::~Dictionary() = default;

Result<std::shared_ptr<const Dictionary>> Dictionary::Load(const DictionaryOptions& options) {
  dict::Entries entries;
  std::vector<std::string> warnings;
  if (options.load_defaults) {
    const std::string generated = DYAD_DICT_GENERATED_DIR;
    if (!std::filesystem::is_directory(generated))
      return Status::NotFound(generated +
                              ": generated default dictionaries are missing; run scripts/setup.sh");
    DYAD_RETURN_IF_ERROR(dict::LoadDyadDictionary(generated, &entries, &warnings));
    DYAD_RETURN_IF_ERROR(dict::LoadDyadDictionary(DYAD_DICT_SOURCE_DIR, &entries, &warnings));
  }
  for (const auto& path : options.extra_paths)
    DYAD_RETURN_IF_ERROR(dict::LoadDyadDictionary(path, &entries, &warnings));
  std::shared_ptr<const context::Gazetteer> gazetteer;
  if (options.load_defaults && options.load_gazetteer) {
    const std::string path = std::string(DYAD_DICT_GENERATED_DIR) + "/gazetteer.tsv";
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
      std::make_shared<Dictionary>(std::move(compiled), std::move(warnings)));
}

}  // namespace dyad
