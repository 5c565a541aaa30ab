// fuzz/dyad_dict_fuzzer.cc: dyad's dictionary format (dict::ParseDyadDictionary), and
// the compilation of whatever entries it accepts.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dict/compiled.h"
#include "dict/dyad_loader.h"
#include "fuzz_util.h"
#include "lex/lemmatizer.h"

namespace {

// Opening WordNet takes a while; every compilation shares one lemmatizer through this.
class SharedLemmatizer : public dyad::lex::Lemmatizer {
 public:
  std::string Lemma(std::string_view w) const override { return Get().Lemma(w); }
  std::string LemmaAs(std::string_view w, Pos pos) const override { return Get().LemmaAs(w, pos); }

 private:
  static const dyad::lex::Lemmatizer& Get() {
    static const std::unique_ptr<dyad::lex::Lemmatizer> lemmatizer = [] {
      auto l = dyad::lex::Lemmatizer::Open(DYAD_WORDNET_DIR);
      DYAD_FUZZ_CHECK(l.ok());
      return std::move(l).value();
    }();
    return *lemmatizer;
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view content(reinterpret_cast<const char*>(data), size);
  dyad::dict::Entries entries;
  std::vector<std::string> warnings;
  dyad::dict::ParseDyadDictionary("fuzz.dict", content, &entries, &warnings);
  for (const auto& w : warnings) DYAD_FUZZ_CHECK(w.starts_with("fuzz.dict:"));

  dyad::dict::CompiledDictionary compiled(std::move(entries),
                                          std::make_unique<SharedLemmatizer>());
  return 0;
}
