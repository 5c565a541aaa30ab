// syntax/conllu.cc: a strict, forgiving CoNLL-U reader.
//
// Sentences are blocks of lines separated by blank lines. Each block is checked on its own:
// ten tab-separated columns per token line, IDs 1..n in order, HEAD an integer in 0..n and
// not the word itself, exactly one root, no cycle, valid UTF-8. A block that fails any check
// is reported once ("file:line: reason", the line of the first offending line) and skipped;
// reading goes on with the next block. Multi-word token lines ("3-4") and empty nodes
// ("5.1") are skipped, as UD's basic trees are over syntactic words. O(n) per sentence.
#include "syntax/conllu.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "io/utf8.h"

namespace dyad::syntax {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      cols.push_back(line.substr(start));
      return cols;
    }
    cols.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

// A non-negative decimal integer, or -1.
long ParseIndex(std::string_view s) {
  if (s.empty() || s.size() > 9) return -1;
  long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

struct Block {
  std::vector<std::pair<size_t, std::string_view>> lines;  // (line number, text)
};

// Checks and converts one block; on failure returns the message (without the file name).
std::string ReadBlock(const Block& block, ConlluSentence* out) {
  std::vector<size_t> word_line;
  for (const auto& [no, line] : block.lines) {
    std::string where = std::to_string(no) + ": ";
    if (io::FindInvalidUtf8(line) != std::string_view::npos) return where + "invalid UTF-8";
    if (line[0] == '#') {
      if (line.rfind("# sent_id = ", 0) == 0) out->sent_id = std::string(line.substr(12));
      if (line.rfind("# text = ", 0) == 0) out->text = std::string(line.substr(9));
      continue;
    }
    auto cols = SplitTabs(line);
    if (cols.size() != 10)
      return where + "expected 10 tab-separated columns, found " + std::to_string(cols.size());
    std::string_view id = cols[0];
    if (id.find('-') != std::string_view::npos || id.find('.') != std::string_view::npos) continue;
    long n = ParseIndex(id);
    if (n != static_cast<long>(out->tree.words.size()) + 1)
      return where + "bad ID '" + std::string(id) + "' (expected " +
             std::to_string(out->tree.words.size() + 1) + ")";
    long head = ParseIndex(cols[6]);
    if (head < 0) return where + "bad HEAD '" + std::string(cols[6]) + "'";
    if (head == n) return where + "HEAD of word " + std::to_string(n) + " is itself";
    Word w;
    w.form = std::string(cols[1]);
    w.lemma = std::string(cols[2]);
    w.upos = std::string(cols[3]);
    w.xpos = std::string(cols[4]);
    w.head = static_cast<int>(head) - 1;
    w.deprel = std::string(cols[7]);
    out->tree.words.push_back(std::move(w));
    word_line.push_back(no);
  }
  auto& words = out->tree.words;
  const long n = static_cast<long>(words.size());
  if (n == 0) {
    bool comments_only = std::all_of(block.lines.begin(), block.lines.end(),
                                     [](const auto& l) { return l.second[0] == '#'; });
    if (comments_only) return "";  // a block of comments (a file header) is no sentence
    return std::to_string(block.lines.front().first) + ": sentence has no words";
  }
  int roots = 0;
  for (long i = 0; i < n; ++i) {
    if (words[i].head >= n)
      return std::to_string(word_line[i]) + ": HEAD " + std::to_string(words[i].head + 1) +
             " out of range (sentence has " + std::to_string(n) + " words)";
    roots += words[i].head < 0;
  }
  if (roots != 1)
    return std::to_string(word_line[0]) + ": expected exactly one root, found " + std::to_string(roots);
  for (long i = 0; i < n; ++i) {  // following heads from any word must reach the root
    long k = i, steps = 0;
    while (k >= 0 && steps <= n) k = words[k].head, ++steps;
    if (k >= 0) return std::to_string(word_line[i]) + ": cycle through word " + std::to_string(i + 1);
  }
  return "";
}

}  // namespace

Treebank ParseConllu(std::string_view text, std::string_view name) {
  Treebank bank;
  Block block;
  auto flush = [&] {
    if (block.lines.empty()) return;
    ConlluSentence s;
    std::string err = ReadBlock(block, &s);
    if (!err.empty()) bank.errors.push_back(std::string(name) + ":" + err);
    else if (!s.tree.words.empty()) bank.sentences.push_back(std::move(s));
    block.lines.clear();
  };
  size_t pos = 0, line_no = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_no;
    pos = nl + 1;
    if (line.find_first_not_of(" \t") == std::string_view::npos) flush();
    else block.lines.emplace_back(line_no, line);
  }
  flush();
  return bank;
}

Result<Treebank> ReadConllu(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ParseConllu(ss.str(), path);
}

}  // namespace dyad::syntax
