// fuzz/text_reader_fuzzer.cc: a plain-text story file (io::ParseTextDocument, and
// io::ReadDocuments on the same bytes as a file).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_util.h"
#include "io/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dyad::io::ReadOptions options;
  options.format = dyad::io::Format::kText;
  options.max_document_bytes = 4096;

  auto doc = dyad::io::ParseTextDocument(bytes, "story.txt", options);
  if (doc.ok()) {
    // The text is the original bytes after the header: a suffix of the input.
    DYAD_FUZZ_CHECK(!doc->text.empty());
    DYAD_FUZZ_CHECK(bytes.ends_with(doc->text));
  } else {
    DYAD_FUZZ_CHECK(doc.status().message().starts_with("story.txt"));
  }

  dyad::fuzz::MemFile file(bytes);
  int docs = 0, errors = 0;
  auto status = dyad::io::ReadDocuments(
      file.path(), options, [&](dyad::Document&&) { ++docs; },
      [&](const dyad::Status&) { ++errors; });
  DYAD_FUZZ_CHECK(status.ok());
  DYAD_FUZZ_CHECK(docs + errors == 1);
  DYAD_FUZZ_CHECK(docs == (doc.ok() ? 1 : 0));
  return 0;
}
