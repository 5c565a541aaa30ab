// fuzz/sentences_tokens_fuzzer.cc: sentence splitting and tokenisation of raw bytes.
// Sentences must be in order, non-overlapping and inside the text; every token must lie
// inside its sentence and be non-empty. Also tokenises an arbitrary (maybe out-of-range)
// span taken from the first 8 bytes, which Tokenize clamps.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "fuzz_util.h"
#include "text/sentences.h"
#include "text/tokens.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);

  uint32_t prev_end = 0;
  for (const auto& s : dyad::text::SplitSentences(text)) {
    DYAD_FUZZ_CHECK(s.begin < s.end);
    DYAD_FUZZ_CHECK(s.begin >= prev_end);
    DYAD_FUZZ_CHECK(s.end <= text.size());
    prev_end = s.end;
    uint32_t prev_tok = s.begin;
    for (const auto& t : dyad::text::Tokenize(text, s)) {
      DYAD_FUZZ_CHECK(t.begin < t.end);
      DYAD_FUZZ_CHECK(t.begin >= prev_tok);
      DYAD_FUZZ_CHECK(t.end <= s.end);
      DYAD_FUZZ_CHECK_KNOWN(!t.norm.empty(), "empty-norm");
      prev_tok = t.end;
    }
  }

  if (size >= 8) {
    dyad::text::Span span;
    std::memcpy(&span.begin, data, 4);
    std::memcpy(&span.end, data + 4, 4);
    span.begin %= static_cast<uint32_t>(size + 16);
    span.end %= static_cast<uint32_t>(size + 16);
    for (const auto& t : dyad::text::Tokenize(text, span)) {
      DYAD_FUZZ_CHECK(t.begin < t.end);
      DYAD_FUZZ_CHECK(t.begin >= span.begin && t.end <= span.end);
      DYAD_FUZZ_CHECK(t.end <= text.size());
    }
  }
  return 0;
}
