// dict/tabari/phrase.cc: decoding TABARI's phrase and code notation.
//
// The notation (TABARI manual, sections 5.2-5.7):
//   - blanks separate words that may have other words between them in the text;
//   - '_' joins words that must be consecutive, and makes the word before it exact (a bare
//     word is a stem that matches any text word it begins);
//   - "~_" (or a trailing '~') joins a stem to the next element;
//   - a trailing '=' makes a word exact with no regular endings;
//   - in patterns, '*' is the verb, '$' the source, '+' the target, '%' a compound actor
//     for both, '^' skips an actor, '&NAME' a synonym set, and "{ a | b }" alternatives.
#include "dict/tabari/phrase.h"

#include <cctype>
#include <fstream>
#include <sstream>

namespace dyad::tabari {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// A raw piece of a phrase: a word or a symbol, with the connector that followed it.
struct Piece {
  std::string text;
  bool joined = false;     // followed by '_' or '~' joining it to the next piece
  bool underscore = false; // followed by '_' (the word is exact)
  bool tilde = false;      // ended with '~' (a stem joined to the next piece)
};

void SplitPieces(std::string_view phrase, std::vector<Piece>* out) {
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && IsBlank(phrase[i])) ++i;
    if (i >= phrase.size()) break;
    size_t end = i;
    while (end < phrase.size() && !IsBlank(phrase[end])) ++end;
    std::string_view chunk = phrase.substr(i, end - i);
    i = end;
    // Split the chunk on '_'.
    size_t p = 0;
    while (p <= chunk.size()) {
      size_t u = chunk.find('_', p);
      std::string_view piece = chunk.substr(p, u == std::string_view::npos ? chunk.size() - p : u - p);
      bool has_us = u != std::string_view::npos;
      if (!piece.empty()) {
        Piece pc;
        pc.text = std::string(piece);
        if (!pc.text.empty() && pc.text.back() == '~') {
          pc.text.pop_back();
          pc.tilde = true;
          pc.joined = true;
        }
        if (has_us) {
          pc.underscore = !pc.tilde;
          // Joined to the next piece only when something follows in the same chunk.
          if (u + 1 < chunk.size()) pc.joined = true;
        }
        out->push_back(std::move(pc));
      } else if (has_us && !out->empty() && p > 0) {
        // "__": treat as a single connector.
      }
      if (!has_us) break;
      p = u + 1;
    }
  }
}

bool IsSymbol(const std::string& t) {
  return t == "*" || t == "$" || t == "+" || t == "%" || t == "^" || t == "{" || t == "|" ||
         t == "}" || t == "@";
}

bool MakeWord(const Piece& pc, PWord* w, std::string* err) {
  w->text = pc.text;
  w->exact = pc.underscore;
  w->no_endings = false;
  if (!w->text.empty() && w->text.back() == '=') {
    w->text.pop_back();
    w->exact = true;
    w->no_endings = true;
  }
  w->adjacent = pc.joined;
  if (w->text.empty()) {
    *err = "empty word";
    return false;
  }
  for (unsigned char c : w->text) {
    if (c < 0x20 || c == '[' || c == ']' || c == '{' || c == '}' || c == '|') {
      *err = "bad character in word '" + w->text + "'";
      return false;
    }
  }
  return true;
}

int WordLength(const PWord& w) { return static_cast<int>(w.text.size()) + (w.exact || w.adjacent ? 1 : 0); }

}  // namespace

Result<std::vector<std::string>> ReadLines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string data = ss.str();
  std::vector<std::string> lines;
  size_t i = 0;
  while (i < data.size()) {
    size_t nl = data.find('\n', i);
    size_t end = nl == std::string::npos ? data.size() : nl;
    size_t e2 = end;
    if (e2 > i && data[e2 - 1] == '\r') --e2;
    lines.emplace_back(data, i, e2 - i);
    if (nl == std::string::npos) break;
    i = nl + 1;
  }
  return lines;
}

std::string BaseName(const std::string& path) {
  size_t s = path.find_last_of('/');
  return s == std::string::npos ? path : path.substr(s + 1);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

bool IsUtf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if ((c & 0xF0) == 0xE0) len = 3;
    else if (c >= 0xF0 && c <= 0xF4) len = 4;
    else return false;
    if (i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

std::string NormalisePhrase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '-') c = '_';
    else c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

bool SplitLine(std::string_view line, LineParts* out, std::string* err) {
  out->phrase.clear();
  out->blocks.clear();
  // The comment starts at the first ';' outside brackets.
  size_t end = line.size();
  int depth = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '[') ++depth;
    else if (line[i] == ']') --depth;
    else if (line[i] == ';' && depth == 0) { end = i; break; }
  }
  std::string_view body = line.substr(0, end);
  size_t lb = body.find('[');
  std::string_view phrase = lb == std::string_view::npos ? body : body.substr(0, lb);
  if (phrase.find(']') != std::string_view::npos) {
    *err = "missing left-bracket [";
    return false;
  }
  out->phrase = std::string(Trim(phrase));
  size_t i = lb;
  while (i != std::string_view::npos && i < body.size()) {
    size_t rb = body.find(']', i + 1);
    size_t next_lb = body.find('[', i + 1);
    if (rb == std::string_view::npos || (next_lb != std::string_view::npos && next_lb < rb)) {
      *err = "missing right-bracket ]";
      return false;
    }
    out->blocks.emplace_back(Trim(body.substr(i + 1, rb - i - 1)));
    std::string_view rest = Trim(body.substr(rb + 1));
    if (rest.empty()) break;
    if (rest.front() != '[') {
      // TABARI ignores trailing junk after the code; so do we, but not a stray ']'.
      if (rest.find(']') != std::string_view::npos) {
        *err = "missing left-bracket [";
        return false;
      }
      break;
    }
    i = body.find('[', rb + 1);
  }
  return true;
}

bool ParseWords(std::string_view phrase, std::vector<PWord>* out, std::string* err) {
  out->clear();
  std::vector<Piece> pieces;
  SplitPieces(NormalisePhrase(phrase), &pieces);
  for (const Piece& pc : pieces) {
    if (IsSymbol(pc.text)) {  // '&' is a literal here ("RESEARCH_&_DEVELOPMENT")
      *err = "unexpected symbol '" + pc.text + "' in phrase";
      return false;
    }
    PWord w;
    if (!MakeWord(pc, &w, err)) return false;
    out->push_back(std::move(w));
  }
  if (out->empty()) {
    *err = "phrase missing";
    return false;
  }
  out->back().adjacent = false;
  return true;
}

namespace {

bool BuildElems(const std::vector<Piece>& pieces, size_t* pos, bool in_alt,
                const std::vector<Synset>& synsets, std::vector<PElem>* out, std::string* err) {
  while (*pos < pieces.size()) {
    const Piece& pc = pieces[*pos];
    if (pc.text == "|" || pc.text == "}") {
      if (!in_alt) {
        *err = "'" + pc.text + "' outside { }";
        return false;
      }
      return true;
    }
    ++*pos;
    PElem e;
    e.adjacent = pc.joined;
    if (pc.text == "{") {
      e.kind = PElem::Kind::kAlt;
      while (true) {
        std::vector<PElem> alt;
        if (!BuildElems(pieces, pos, true, synsets, &alt, err)) return false;
        if (*pos >= pieces.size()) {
          *err = "unbalanced { in pattern";
          return false;
        }
        if (alt.empty()) {
          *err = "empty alternative in pattern";
          return false;
        }
        e.alts.push_back(std::move(alt));
        const Piece& sep = pieces[(*pos)++];
        if (sep.text == "}") {
          e.adjacent = sep.joined;
          break;
        }
      }
    } else if (pc.text == "*") {
      e.kind = PElem::Kind::kVerb;
    } else if (pc.text == "$") {
      e.kind = PElem::Kind::kSource;
    } else if (pc.text == "+") {
      e.kind = PElem::Kind::kTarget;
    } else if (pc.text == "%") {
      e.kind = PElem::Kind::kCompound;
    } else if (pc.text == "^" || pc.text == "@") {
      e.kind = PElem::Kind::kSkip;
    } else if (pc.text[0] == '&') {
      e.kind = PElem::Kind::kSynset;
      std::string name = pc.text.substr(1);
      for (size_t k = 0; k < synsets.size(); ++k) {
        if (synsets[k].name == name) e.synset = static_cast<int>(k);
      }
      if (e.synset < 0) {
        *err = "undeclared synset &" + name;
        return false;
      }
    } else {
      e.kind = PElem::Kind::kWord;
      if (!MakeWord(pc, &e.word, err)) return false;
    }
    out->push_back(std::move(e));
  }
  if (in_alt) {
    *err = "unbalanced { in pattern";
    return false;
  }
  return true;
}

}  // namespace

bool ParsePattern(std::string_view phrase, const std::vector<Synset>& synsets,
                  std::vector<PElem>* out, std::string* err) {
  out->clear();
  std::vector<Piece> pieces;
  SplitPieces(NormalisePhrase(phrase), &pieces);
  // '-' became '_' above; a pattern never legitimately contains "$" joined oddly, so
  // nothing else to undo. "ANTI- + *" became "ANTI_ + *": ANTI exact, fine.
  size_t pos = 0;
  if (!BuildElems(pieces, &pos, false, synsets, out, err)) return false;
  if (out->empty()) {
    *err = "empty pattern";
    return false;
  }
  out->back().adjacent = false;
  return true;
}

bool ParseDate(std::string_view s, int32_t* out, std::string* err) {
  if (s.size() != 6 && s.size() != 8) {
    *err = "invalid date '" + std::string(s) + "'";
    return false;
  }
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) {
      *err = "invalid date '" + std::string(s) + "'";
      return false;
    }
  }
  int v = std::stoi(std::string(s));
  int year, month, day;
  if (s.size() == 6) {
    year = v / 10000;
    year += year <= 30 ? 2000 : 1900;
  } else {
    year = v / 10000;
  }
  month = (v / 100) % 100;
  day = v % 100;
  if (month < 1 || month > 12) {
    *err = "month out of range in date '" + std::string(s) + "'";
    return false;
  }
  // Day 31 is accepted in every month, as TABARI does: CountryInfo writes "040631" for
  // "end of June" thousands of times.
  if (day < 1 || day > 31) {
    *err = "day out of range in date '" + std::string(s) + "'";
    return false;
  }
  *out = year * 10000 + month * 100 + day;
  return true;
}

namespace {

bool ValidCodeChars(std::string_view code, bool allow_slash) {
  if (code.empty()) return false;
  for (char c : code) {
    if (std::isalnum(static_cast<unsigned char>(c))) continue;
    if (allow_slash && c == '/') continue;
    return false;
  }
  return true;
}

std::string CollapseNull(std::string_view s) {
  // "- - -" -> "---"
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' && i > 0 && s[i - 1] == '-' && i + 1 < s.size() && s[i + 1] == '-') continue;
    out.push_back(s[i]);
  }
  return out;
}

bool IsSpecial(std::string_view c) { return c == "---" || c == "###" || c == "+++"; }

}  // namespace

bool ParseDatedCode(std::string_view block, DatedCode* out, std::string* err) {
  std::string b = CollapseNull(Trim(block));
  std::string_view s = Trim(b);
  if (s.empty()) {
    *err = "no code in [...]";
    return false;
  }
  if (std::isdigit(static_cast<unsigned char>(s[0])) || s[0] == '<' || s[0] == '>') {
    *err = "no code before the date restriction in [" + std::string(s) + "]";
    return false;
  }
  size_t sp = s.find_first_of(" \t<>");
  std::string code(s.substr(0, sp));
  std::string rest;
  if (sp != std::string_view::npos) {
    for (char c : s.substr(sp)) {
      if (!IsBlank(c)) rest.push_back(c);
    }
  }
  for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (!IsSpecial(code) && !ValidCodeChars(code, true)) {
    *err = "invalid code '" + code + "'";
    return false;
  }
  out->code = code;
  out->from = 0;
  out->to = 99999999;
  out->restricted = false;
  if (rest.empty()) return true;
  out->restricted = true;
  if (rest[0] == '<') {
    return ParseDate(rest.substr(1), &out->to, err);
  }
  if (rest[0] == '>') {
    return ParseDate(rest.substr(1), &out->from, err);
  }
  size_t dash = rest.find('_');  // '-' is not converted in code blocks, but be safe
  if (dash == std::string::npos) dash = rest.find('-');
  if (dash == std::string::npos) {
    *err = "invalid date restriction '" + rest + "'";
    return false;
  }
  if (!ParseDate(rest.substr(0, dash), &out->from, err)) return false;
  if (!ParseDate(rest.substr(dash + 1), &out->to, err)) return false;
  return true;
}

bool ParseVerbCode(std::string_view block, bool time, VerbCode* out, std::string* err) {
  std::string b = CollapseNull(Trim(block));
  std::string s;
  for (char c : b) {
    if (!IsBlank(c)) s.push_back(c);
  }
  *out = VerbCode();
  out->raw = s;
  if (s.empty()) {
    *err = "no code in [...]";
    return false;
  }
  if (s == "---") { out->kind = VerbCode::Kind::kNull; return true; }
  if (s == "###") { out->kind = VerbCode::Kind::kDiscard; return true; }
  if (s == "+++") { out->kind = VerbCode::Kind::kComplex; return true; }
  if (time) {
    std::string_view d = s;
    if (!d.empty() && (d[0] == '+' || d[0] == '-')) d.remove_prefix(1);
    if (!ValidCodeChars(d, false)) {
      *err = "invalid time shift '" + s + "'";
      return false;
    }
    out->kind = VerbCode::Kind::kEvent;
    out->code = s;
    return true;
  }
  std::string c = s;
  if (c.back() == '?') { out->subordinate = true; c.pop_back(); }
  else if (c.back() == '!') { out->dominant = true; c.pop_back(); }
  size_t colon = c.find(':');
  if (colon != std::string::npos) {
    out->paired = c.substr(colon + 1);
    c = c.substr(0, colon);
    if (!ValidCodeChars(out->paired, false)) {
      *err = "invalid paired code '" + s + "'";
      return false;
    }
  }
  if (!ValidCodeChars(c, false)) {
    *err = "invalid event code '" + s + "'";
    return false;
  }
  out->kind = VerbCode::Kind::kEvent;
  out->code = c;
  return true;
}

int PatternLength(const std::vector<PElem>& elems, const std::vector<Synset>& synsets) {
  int n = 0;
  for (const PElem& e : elems) {
    switch (e.kind) {
      case PElem::Kind::kWord:
        n += WordLength(e.word);
        break;
      case PElem::Kind::kAlt: {
        int best = 0;
        for (const auto& a : e.alts) best = std::max(best, PatternLength(a, synsets));
        n += best + (e.adjacent ? 1 : 0);
        break;
      }
      case PElem::Kind::kSynset:
        // A synset designator adds no length: "- * DOLLAR" is tried before "- * &CURRENCY".
        n += e.adjacent ? 1 : 0;
        break;
      default:
        n += e.adjacent ? 1 : 0;
        break;
    }
  }
  return n;
}

}  // namespace dyad::tabari
