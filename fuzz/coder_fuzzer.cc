// fuzz/coder_fuzzer.cc: the whole coder on raw bytes with the small fixed dictionary
// tests/data/mini.dict. Every event's offsets must lie inside the document's text.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::unique_ptr<dyad::Coder> coder = [] {
    dyad::DictionaryOptions dopts;
    dopts.load_defaults = false;
    dopts.extra_paths = {DYAD_FUZZ_DICT};
    auto dict = dyad::Dictionary::Load(dopts);
    DYAD_FUZZ_CHECK(dict.ok());
    dyad::CoderOptions copts;
    copts.default_date = "2006-06-09";
    auto c = dyad::Coder::Create(dict.value(), copts);
    DYAD_FUZZ_CHECK(c.ok());
    return std::move(c).value();
  }();

  dyad::Document doc;
  doc.id = "fuzz";
  doc.origin = "fuzz";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  size_t sentences = 0;
  for (const auto& e : coder->Code(doc, &sentences)) {
    DYAD_FUZZ_CHECK(static_cast<size_t>(e.sentence) < sentences);
    DYAD_FUZZ_CHECK(e.sentence_start <= e.sentence_end && e.sentence_end <= size);
    DYAD_FUZZ_CHECK(e.evidence.start <= e.evidence.end && e.evidence.end <= size);
    for (const auto* a : {&e.source, &e.target}) {
      if (!a->has_value()) continue;
      DYAD_FUZZ_CHECK((*a)->start <= (*a)->end && (*a)->end <= size);
      DYAD_FUZZ_CHECK(!(*a)->code.empty());
    }
    DYAD_FUZZ_CHECK(!e.code.empty());
    DYAD_FUZZ_CHECK(e.date.size() == 10);
  }
  return 0;
}
