// dyad/dictionary.h: the compiled dictionary, built once, shared by every coding thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dyad/status.h"

namespace dyad {

namespace dict { class CompiledDictionary; }

// What one dictionary file given in DictionaryOptions::extra_paths gave.
struct DictionaryFileReport {
  std::string file;
  std::string format;       // "dyad", "tabari actors", "petrarch agents", ...
  size_t lines = 0;         // lines in the file
  size_t entries = 0;       // actor, agent and verb entries added
  size_t skipped = 0;       // unreadable lines, each one in Dictionary::warnings()
  size_t null_codes = 0;    // entries the format marks as not coded ("---", "###")
  size_t duplicates = 0;    // phrases defined again in the file (the first one is kept)
};

struct DictionaryOptions {
  // Load dyad's default dictionaries (the hand-written ones shipped in dictionaries/ and
  // the ones generated at set-up into the build tree). Default: true.
  bool load_defaults = true;
  // More files or directories (every *.dict file inside, sorted by name) of dyad's format.
  std::vector<std::string> extra_paths;
  // The format of extra files: "auto" (detected from each file's content, dict/format.h),
  // "dyad", "tabari" or "petrarch". Directories are read as dyad's format. Default: "auto".
  std::string extra_format = "auto";
  // With load_defaults, also load the places gazetteer generated at set-up
  // (gazetteer.tsv), which gives events their location. Default: true.
  bool load_gazetteer = true;
  // WordNet data for lemmas. Default: Debian's.
  std::string wordnet_dir = DYAD_WORDNET_DIR;
};

// The loaded, compiled dictionary. Immutable; share it between threads by
// shared_ptr<const Dictionary>.
class Dictionary {
 public:
  // Loads and compiles. Bad lines do not fail the load: each is reported in
  // `warnings()` with its file:line and skipped. Fails when a file cannot be read or the
  // default dictionaries are missing (naming the path and how to build them).
  static Result<std::shared_ptr<const Dictionary>> Load(const DictionaryOptions& options);

  // One message per skipped line ("file:line: what is wrong").
  const std::vector<std::string>& warnings() const { return warnings_; }
  // One report per extra file, in load order.
  const std::vector<DictionaryFileReport>& file_reports() const { return reports_; }
  const dict::CompiledDictionary& compiled() const { return *compiled_; }

  explicit Dictionary(std::unique_ptr<dict::CompiledDictionary> compiled,
                      std::vector<std::string> warnings,
                      std::vector<DictionaryFileReport> reports = {});
  ~Dictionary();

 private:
  std::unique_ptr<dict::CompiledDictionary> compiled_;
  std::vector<std::string> warnings_;
  std::vector<DictionaryFileReport> reports_;
};

}  // namespace dyad
