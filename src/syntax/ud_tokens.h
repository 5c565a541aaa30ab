// syntax/ud_tokens.h: dyad's tokens of one sentence as the words UD English writes.
//
// The parser was trained on UD English (EWT, GUM), whose tokenization differs from
// text::Tokenize in a few places that matter to it; UdWords makes the difference up without
// losing a byte of offset. See ud_tokens.cc for the rules and the evidence behind them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "syntax/tree.h"
#include "text/tokens.h"

namespace dyad::syntax {

// The words of one sentence, from its tokens (text::Tokenize(text, span)), split and
// merged the way UD English (EWT) does:
//   - "n't" is a word: "don't" -> "do" "n't", "can't" -> "ca" "n't", "won't" -> "wo" "n't";
//   - clitics 'll 're 've 'd 'm are words: "they're" -> "they" "'re" ("'s" is split by the
//     tokenizer already: "it's" -> "it" "'s", "Iran's" -> "Iran" "'s");
//   - a number and its unit: "10bn" -> "10" "bn", "5pm" -> "5" "pm", "430km" -> "430" "km"
//     (not ordinals, decades or codes: "20th", "1960s", "5G" stay);
//   - "cannot" -> "can" "not", "gonna" -> "gon" "na", "wanna" -> "wan" "na", "gotta" -> "got" "ta";
//   - a hyphen inside a word is a word of its own ("Nur-Sultan" -> "Nur" "-" "Sultan",
//     "18-year-old" -> "18" "-" "year" "-" "old"), except after a bound prefix such as
//     "non", "anti", "co", "pre", "e" ("anti-war", "e-mail", "anti-U.S." stay whole);
//   - a URL ("http://...", "www..."), an e-mail address ("letters@example.org") or a slashed
//     date ("08/16/2000") written without spaces is one word (less closing punctuation);
//   - a run of one repeated ASCII punctuation character is one word ("--", "!!", "....",
//     "=====": - . ! ? * = _ # ~ +).
// Only form, begin, end and source_token are set; the other fields keep their defaults.
// Every word's [begin, end) lies inside its source token, or spans glued tokens ("--", a
// URL); words are in text order and do not overlap; text.substr(begin, end - begin) is the
// word's exact source. source_token is the index in `tokens` (of the first token, for a
// word made of several). form is UdForm of the source.
// REQUIRES: `tokens` came from text::Tokenize over `text` (offsets into `text`).
// Thread-safe; O(bytes of the tokens).
std::vector<Word> UdWords(std::string_view text, const std::vector<text::Token>& tokens);

// The form UD English would write for the source bytes `src` (a word): the same bytes,
// except that curly apostrophes (’ ‘ ʼ ‛ ′) are "'", curly and angle quotes (“ ” „ ‟ « » ″)
// are '"', the em dash and horizontal bar are "--", other dashes and Unicode hyphens (– ‐ ‑ ‒ −)
// are "-", "…" is "...", soft hyphens and zero-width characters are dropped and any byte
// that is not valid UTF-8 is U+FFFD. Never empty for a non-empty `src` that is not made only
// of dropped characters.
std::string UdForm(std::string_view src);

}  // namespace dyad::syntax
