// fuzz/ud_words_fuzzer.cc: UD words (syntax/ud_tokens.h) and their CoNLL-U and JSON output
// from raw bytes. Every word must be non-empty, in order, non-overlapping, inside its
// sentence and start inside its source token; its form must be valid UTF-8 without tabs or
// line breaks; the CoNLL-U has ten columns per word line.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_util.h"
#include "syntax/conllu_write.h"
#include "syntax/ud_tokens.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace {

bool ValidUtf8NoControls(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\t' || c == '\n' || c == '\r') return false;
    const int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (int k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const auto& s : dyad::text::SplitSentences(text)) {
    const auto tokens = dyad::text::Tokenize(text, s);
    dyad::syntax::Tree tree;
    tree.words = dyad::syntax::UdWords(text, tokens);
    uint32_t prev = s.begin;
    for (const auto& w : tree.words) {
      DYAD_FUZZ_CHECK(w.begin < w.end);
      DYAD_FUZZ_CHECK(w.begin >= prev);
      DYAD_FUZZ_CHECK(w.end <= s.end);
      DYAD_FUZZ_CHECK(w.source_token >= 0 && static_cast<size_t>(w.source_token) < tokens.size());
      DYAD_FUZZ_CHECK(w.begin >= tokens[w.source_token].begin && w.begin < tokens[w.source_token].end);
      DYAD_FUZZ_CHECK(ValidUtf8NoControls(w.form));
      prev = w.end;
    }
    std::string out;
    dyad::syntax::AppendConlluSentence(out, "fuzz-1", text, tree);
    size_t lines = 0;
    for (size_t at = 0, nl; (nl = out.find('\n', at)) != std::string::npos; at = nl + 1) {
      const std::string_view line(out.data() + at, nl - at);
      if (line.empty() || line[0] == '#') continue;
      size_t tabs = 0;
      for (char c : line) tabs += c == '\t';
      DYAD_FUZZ_CHECK(tabs == 9);
      ++lines;
    }
    DYAD_FUZZ_CHECK(lines == tree.size());
    out.clear();
    dyad::syntax::AppendTreeJson(out, "fuzz", "fuzz-1", text, tree);
    DYAD_FUZZ_CHECK(tree.words.empty() || out.find('\n') == out.size() - 1);
  }
  return 0;
}
