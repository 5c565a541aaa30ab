// io/utf8.h: checking and repairing UTF-8 byte strings.
//
// Well-formed means Unicode's Table 3-7: no overlong forms, no surrogates (U+D800..DFFF),
// nothing above U+10FFFF. All functions are pure and thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dyad::io {

// The length (1-4) of the well-formed UTF-8 sequence that starts `s`, or 0 when `s` is
// empty or does not start with one (a stray continuation byte, a truncated or overlong
// sequence, a surrogate, a code point above U+10FFFF).
size_t Utf8SequenceLength(std::string_view s);

// The byte offset of the first byte that does not begin a well-formed sequence, or
// std::string_view::npos when all of `s` is well-formed UTF-8.
size_t FindInvalidUtf8(std::string_view s);

// Appends `s` to `out`, each ill-formed byte replaced by U+FFFD (one replacement per
// byte that cannot start a well-formed sequence). Well-formed input is copied as is.
void AppendUtf8Repaired(std::string_view s, std::string* out);

// The 1-based line number of byte `offset` in `s` (counting '\n' before it).
size_t LineOfOffset(std::string_view s, size_t offset);

}  // namespace dyad::io
