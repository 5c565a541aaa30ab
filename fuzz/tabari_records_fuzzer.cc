// fuzz/tabari_records_fuzzer.cc: TABARI text records (io::ParseTabariRecords) and their
// conversion to Documents.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_util.h"
#include "io/tabari_records.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  int prev_line = 0;
  for (const auto& r : dyad::io::ParseTabariRecords(bytes)) {
    DYAD_FUZZ_CHECK(r.line > prev_line);
    prev_line = r.line;
    auto doc = dyad::io::ToDocument(r, "fuzz.txt");
    DYAD_FUZZ_CHECK(doc.date.empty() || doc.date.size() == 10);
  }
  return 0;
}
