// fuzz/dates_fuzzer.cc: the date-expression resolver (context::FindDates) over every
// analysed sentence of raw bytes. The first 4 bytes are the story's date (YYYYMMDD, any
// value, 0 = unknown) and the 5th picks past or future resolution. Covers absolute,
// relative ("yesterday", "last week", "three years ago") and period expressions.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

#include "code/analyze.h"
#include "context/dates.h"
#include "fuzz_util.h"
#include "lex/lemmatizer.h"
#include "text/sentences.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::unique_ptr<dyad::lex::Lemmatizer> lemmatizer = [] {
    auto l = dyad::lex::Lemmatizer::Open(DYAD_WORDNET_DIR);
    DYAD_FUZZ_CHECK(l.ok());
    return std::move(l).value();
  }();
  if (size < 5) return 0;
  int32_t doc_date;
  std::memcpy(&doc_date, data, 4);
  // Mostly plausible story dates, sometimes anything.
  // FindDates takes a YYYYMMDD date or 0, so values stay within 8 digits.
  if ((data[4] & 0x80) == 0) doc_date = 19000101 + static_cast<int32_t>(
      static_cast<uint32_t>(doc_date) % 2000000u);
  else doc_date %= 100000000;
  bool future = data[4] & 1;
  // Results are only checked against a real story date (or 0); for any other value the
  // resolver must merely not crash.
  const int32_t m0 = doc_date / 100 % 100, d0 = doc_date % 100;
  const bool checkable = doc_date == 0 || (doc_date >= 10000101 && doc_date <= 99991231 &&
                                           m0 >= 1 && m0 <= 12 && d0 >= 1 && d0 <= 31);
  std::string_view text(reinterpret_cast<const char*>(data + 5), size - 5);

  for (const auto& span : dyad::text::SplitSentences(text)) {
    auto sentence = dyad::code::Analyze(text, span, *lemmatizer);
    for (const auto& m : dyad::context::FindDates(sentence, doc_date, future)) {
      DYAD_FUZZ_CHECK(m.first <= m.last);
      DYAD_FUZZ_CHECK(m.last < sentence.size());
      if (!checkable) continue;
      int32_t month = m.date / 100 % 100, day = m.date % 100;
      DYAD_FUZZ_CHECK(month >= 1 && month <= 12 && day >= 1 && day <= 31);
      DYAD_FUZZ_CHECK(dyad::context::FormatDate(m.date).size() >= 10);
    }
  }
  return 0;
}
