// fuzz/jsonl_reader_fuzzer.cc: a JSON Lines file (io::ParseJsonLine on each line, and
// io::ReadDocuments on the whole input as a file).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_util.h"
#include "io/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // Lines are parsed directly with the default size limit (so that a long reproducer
  // reaches the parser) and read from a file with a small one (so that "too large" is
  // reached too).
  dyad::io::ReadOptions options;
  options.format = dyad::io::Format::kJsonl;
  options.default_date = "2006-06-09";

  int direct_docs = 0;
  for (const auto& line : dyad::fuzz::Lines(bytes)) {
    auto doc = dyad::io::ParseJsonLine(line, "news.jsonl:1", options);
    if (doc.ok()) {
      ++direct_docs;
      DYAD_FUZZ_CHECK(!doc->id.empty());
      DYAD_FUZZ_CHECK(doc->date.empty() || doc->date.size() == 10);
    } else {
      DYAD_FUZZ_CHECK(doc.status().message().starts_with("news.jsonl:1"));
    }
  }

  options.max_document_bytes = 2048;
  dyad::fuzz::MemFile file(bytes);
  int docs = 0;
  auto status = dyad::io::ReadDocuments(
      file.path(), options, [&](dyad::Document&& d) {
        ++docs;
        DYAD_FUZZ_CHECK(!d.id.empty());
      },
      [&](const dyad::Status& s) { DYAD_FUZZ_CHECK(!s.ok()); });
  DYAD_FUZZ_CHECK(status.ok());
  (void)direct_docs;
  return 0;
}
