// text/sentences.cc: sentence boundaries = ICU's rules + an abbreviation pass.
//
// Idea. ICU's rule-based sentence iterator (UAX #29) does most of the work: it keeps
// closing quotes and brackets with the sentence they close (`he said." Next`), does not
// break before a lower-case continuation ("the U.S. officials"), and always breaks after
// a line or paragraph separator. What it gets wrong in news text is the period of an
// abbreviation before a capitalised word ("Gen. | Smith", "U.S. | President", "No. |
// 10"), a "?"/"!" inside a quote followed by "she asked", and a single line break inside
// a wrapped sentence. So we take ICU's segments, trim the whitespace off each, and walk
// them once, joining a segment to the one before it when
//   - the gap between them holds fewer than two line breaks (a blank line always ends a
//     sentence), and
//   - the next segment starts with a lower-case letter (an English sentence does not), or
//     the previous one ends in an abbreviation that binds to what follows:
//     "Gen.", "U.S.", "J.", "a.m." (AbbrevKind::kBeforeName) before a digit or a
//     capitalised word that is not a typical sentence starter ("The", "He", ...);
//     "Jan.", "No.", "etc." (AbbrevKind::kBeforeNumber) before a digit.
//
// Offsets. The text goes to ICU as a UTF-8 UText (utext_openUTF8), whose native indices
// are byte offsets into our string, so boundaries need no UTF-16 mapping. ICU reads an
// invalid byte as U+FFFD and reports boundaries only between its code points; bytes are
// never dropped because every output span is a trimmed union of consecutive ICU segments
// and only whitespace is trimmed.
//
// Invariants of the output: spans are non-empty, in order, non-overlapping, lie in
// [0, text.size()), neither start nor end with whitespace, and together with the
// whitespace between them cover every byte of the text.
//
// Cost. One ICU pass (linear) plus one linear pass over the segments; the merge looks
// only at the last word of one segment and the first word of the next. The iterator is
// built once per process (rule compilation is slow) and cloned once per thread.
#include "text/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>
#include <utf8proc.h>

#include <cstdint>
#include <limits>
#include <memory>
#include <string_view>
#include <vector>

#include "text/abbreviations.h"

namespace dyad::text {
namespace {

// The process-wide prototype; nullptr if ICU could not build one (missing data).
const icu::BreakIterator* Prototype() {
  static const icu::BreakIterator* const prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::BreakIterator* it =
        icu::BreakIterator::createSentenceInstance(icu::Locale("en_US"), status);
    if (U_FAILURE(status)) {
      delete it;
      return static_cast<icu::BreakIterator*>(nullptr);
    }
    return it;  // intentionally leaked: lives for the whole process
  }();
  return prototype;
}

// This thread's iterator, cloned from the prototype on first use.
icu::BreakIterator* ThreadIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it(
      Prototype() != nullptr ? Prototype()->clone() : nullptr);
  return it.get();
}

// Length in bytes of the whitespace character starting at s[i], or 0. Covers ASCII
// white space, NEL, NBSP, the U+2000 block spaces, LS, PS, NNBSP, MMSP, U+3000, BOM.
size_t SpaceAt(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  if (c < 0xC2) return 0;
  const size_t n = s.size() - i;
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (c == 0xC2 && n >= 2 && (b(1) == 0xA0 || b(1) == 0x85)) return 2;
  if (c == 0xE2 && n >= 3 && b(1) == 0x80 &&
      (b(2) <= 0x8B || b(2) == 0xA8 || b(2) == 0xA9 || b(2) == 0xAF) && b(2) >= 0x80)
    return 3;
  if (c == 0xE2 && n >= 3 && b(1) == 0x81 && b(2) == 0x9F) return 3;
  if (c == 0xE3 && n >= 3 && b(1) == 0x80 && b(2) == 0x80) return 3;
  if (c == 0xEF && n >= 3 && b(1) == 0xBB && b(2) == 0xBF) return 3;
  return 0;
}

// Length in bytes of the whitespace character ending just before s[end], or 0.
size_t SpaceBefore(std::string_view s, size_t end) {
  // A whitespace character is 1 to 3 bytes and its lead byte is never a continuation
  // byte, so trying each length from the shortest is unambiguous.
  for (size_t len = 1; len <= 3 && len <= end; ++len) {
    if (SpaceAt(s, end - len) == len) return len;
  }
  return 0;
}

// Line breaks in a run of whitespace: LF, lone CR, NEL, LS count one each; CR LF counts
// one; PARAGRAPH SEPARATOR counts two (it is a paragraph break by definition).
int LineBreaks(std::string_view gap) {
  int n = 0;
  for (size_t i = 0; i < gap.size(); ++i) {
    const auto c = static_cast<unsigned char>(gap[i]);
    if (c == '\n' || c == '\f' || c == '\v') {
      ++n;
    } else if (c == '\r') {
      if (i + 1 >= gap.size() || gap[i + 1] != '\n') ++n;
    } else if (c == 0xC2 && i + 1 < gap.size() && static_cast<unsigned char>(gap[i + 1]) == 0x85) {
      ++n;
    } else if (c == 0xE2 && i + 2 < gap.size() && static_cast<unsigned char>(gap[i + 1]) == 0x80) {
      const auto d = static_cast<unsigned char>(gap[i + 2]);
      if (d == 0xA8) n += 1;
      if (d == 0xA9) n += 2;
    }
  }
  return n;
}

// How the segment after a candidate boundary begins.
struct NextStart {
  enum Kind { kLower, kDigit, kUpper, kOther } kind = kOther;
  std::string_view word;  // the leading ASCII letters when kind == kUpper
};

NextStart ClassifyStart(std::string_view s) {
  NextStart out;
  if (s.empty()) return out;
  const auto c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) {
    if (c >= '0' && c <= '9') {
      out.kind = NextStart::kDigit;
    } else if (c >= 'a' && c <= 'z') {
      out.kind = NextStart::kLower;
    } else if (c >= 'A' && c <= 'Z') {
      out.kind = NextStart::kUpper;
      size_t n = 1;
      while (n < s.size() && ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z'))) ++n;
      out.word = s.substr(0, n);
    }
    return out;
  }
  utf8proc_int32_t cp = -1;
  const auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &cp);
  if (len <= 0 || cp < 0) return out;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LL: out.kind = NextStart::kLower; break;
    case UTF8PROC_CATEGORY_ND: out.kind = NextStart::kDigit; break;
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: out.kind = NextStart::kUpper; break;
    default: break;
  }
  return out;
}

// The last word of a trimmed segment, without leading opening punctuation and without
// what precedes its last hyphen or slash: "(U.S." -> "U.S.", "anti-U.S." -> "U.S.".
std::string_view LastWord(std::string_view s) {
  size_t b = s.size();
  while (b > 0) {
    const auto c = static_cast<unsigned char>(s[b - 1]);
    if (c <= ' ' || c == '(' || c == '[' || c == '"' || c == '\'' || c == '-' || c == '/' ||
        c >= 0x80) {
      break;  // any non-ASCII byte ends the word too: abbreviations are ASCII
    }
    --b;
  }
  return s.substr(b);
}

// Whether the boundary between the trimmed segments `prev` and `next` of `text` is false.
bool ShouldJoin(std::string_view text, Span prev, Span next) {
  const std::string_view gap = text.substr(prev.end, next.begin - prev.end);
  if (LineBreaks(gap) >= 2) return false;
  const NextStart start = ClassifyStart(text.substr(next.begin, next.size()));
  if (start.kind == NextStart::kLower) return true;
  const std::string_view before = text.substr(prev.begin, prev.size());
  if (before.empty() || before.back() != '.') return false;
  switch (ClassifyAbbreviation(LastWord(before))) {
    case AbbrevKind::kBeforeName:
      return start.kind == NextStart::kDigit ||
             (start.kind == NextStart::kUpper && !IsSentenceStarter(start.word));
    case AbbrevKind::kBeforeNumber:
      return start.kind == NextStart::kDigit;
    case AbbrevKind::kNone:
      return false;
  }
  return false;
}

// Appends the trimmed [begin, end) to `out`, joining it to the last span when the
// boundary between them is false. Whitespace-only ranges add nothing.
void Emit(std::string_view text, uint32_t begin, uint32_t end, std::vector<Span>& out) {
  while (begin < end) {
    const size_t n = SpaceAt(text, begin);
    if (n == 0) break;
    begin += static_cast<uint32_t>(n);
  }
  while (end > begin) {
    const size_t n = SpaceBefore(text.substr(0, end), end);
    if (n == 0) break;
    end -= static_cast<uint32_t>(n);
  }
  if (begin >= end) return;
  const Span span{begin, end};
  if (!out.empty() && ShouldJoin(text, out.back(), span)) {
    out.back().end = end;
  } else {
    out.push_back(span);
  }
}

// Splits a text of fewer than 2^31 bytes; `base` is added to every offset.
void SplitChunk(std::string_view text, uint32_t base, std::string_view whole,
                std::vector<Span>& out) {
  icu::BreakIterator* it = ThreadIterator();
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  if (it != nullptr && U_SUCCESS(status)) it->setText(&ut, status);
  if (it == nullptr || U_FAILURE(status)) {
    // Without ICU, fall back to blank lines and the abbreviation pass alone: still no
    // bytes are lost.
    Emit(whole, base, base + static_cast<uint32_t>(text.size()), out);
    utext_close(&ut);
    return;
  }
  int32_t from = it->first();
  for (int32_t to = it->next(); to != icu::BreakIterator::DONE; to = it->next()) {
    Emit(whole, base + static_cast<uint32_t>(from), base + static_cast<uint32_t>(to), out);
    from = to;
  }
  // Detach the iterator from the text before the UText goes away.
  UText empty = UTEXT_INITIALIZER;
  utext_openUTF8(&empty, "", 0, &status);
  it->setText(&empty, status);
  utext_close(&empty);
  utext_close(&ut);
}

// Real sentences are a few hundred bytes; a "sentence" of megabytes (a table, a list
// without stops, hostile input) would be copied into every event it yields. Spans over
// kMaxSentenceBytes are cut at the last space before the limit (or at the limit itself,
// moved back to a UTF-8 character boundary).
std::vector<Span> CapLength(std::string_view text, std::vector<Span> in) {
  bool any = false;
  for (const auto& sp : in) any = any || sp.size() > kMaxSentenceBytes;
  if (!any) return in;
  std::vector<Span> out;
  for (Span sp : in) {
    while (sp.size() > kMaxSentenceBytes) {
      uint32_t cut = sp.begin + kMaxSentenceBytes;
      uint32_t space = cut;
      while (space > sp.begin + kMaxSentenceBytes / 2 && text[space] != ' ' && text[space] != '\n') --space;
      if (text[space] == ' ' || text[space] == '\n') cut = space;
      else
        while (cut > sp.begin + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      uint32_t end = cut;
      while (end > sp.begin && (text[end - 1] == ' ' || text[end - 1] == '\n')) --end;
      out.push_back({sp.begin, end});
      uint32_t next = cut;
      while (next < sp.end && (text[next] == ' ' || text[next] == '\n')) ++next;
      sp.begin = next;
    }
    if (sp.size() > 0) out.push_back(sp);
  }
  return out;
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text) {
  std::vector<Span> out;
  // Offsets are uint32_t and ICU's are int32_t: texts of 2 GiB or more are split into
  // 1 GiB chunks (a boundary may then fall inside a sentence); beyond 4 GiB is ignored.
  constexpr size_t kChunk = size_t{1} << 30;
  if (text.size() > std::numeric_limits<uint32_t>::max()) {
    text = text.substr(0, std::numeric_limits<uint32_t>::max());
  }
  if (text.size() < (size_t{1} << 31)) {
    SplitChunk(text, 0, text, out);
  } else {
    for (size_t at = 0; at < text.size(); at += kChunk) {
      SplitChunk(text.substr(at, kChunk), static_cast<uint32_t>(at), text, out);
    }
  }
  return CapLength(text, std::move(out));
}

}  // namespace dyad::text
