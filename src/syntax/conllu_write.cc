// syntax/conllu_write.cc: CoNLL-U and JSON Lines writers for parsed sentences.
#include "syntax/conllu_write.h"

#include <nlohmann/json.hpp>

namespace dyad::syntax {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
bool IsBreak(char c) { return c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// A field: "_" when empty; tabs and line breaks made spaces.
void AppendField(std::string& out, std::string_view v) {
  if (v.empty()) {
    out += '_';
    return;
  }
  for (char c : v) out += (c == '\t' || IsBreak(c)) ? ' ' : c;
}

// An ID for a comment: white space made "_".
void AppendId(std::string& out, std::string_view id) {
  if (id.empty()) out += '_';
  for (char c : id) out += IsSpace(c) ? '_' : c;
}

// One line of text: tabs made spaces, a run of white space holding a line break one space.
void AppendOneLine(std::string& out, std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (!IsSpace(s[i])) {
      out += s[i++];
      continue;
    }
    size_t j = i;
    bool has_break = false;
    while (j < s.size() && IsSpace(s[j])) has_break |= IsBreak(s[j++]);
    if (has_break) out += ' ';
    else for (size_t k = i; k < j; ++k) out += s[k] == '\t' ? ' ' : s[k];
    i = j;
  }
}

void AppendText(std::string& out, std::string_view doc_text, const Tree& tree) {
  if (doc_text.empty()) {
    for (size_t i = 0; i < tree.size(); ++i) {
      if (i > 0) out += ' ';
      AppendOneLine(out, tree.words[i].form);
    }
    return;
  }
  const uint32_t b = tree.words.front().begin;
  const uint32_t e = tree.words.back().end;
  if (b < e && e <= doc_text.size()) AppendOneLine(out, doc_text.substr(b, e - b));
}

void AppendMisc(std::string& out, std::string_view doc_text, const Tree& tree, size_t i) {
  if (doc_text.empty()) {
    out += '_';
    return;
  }
  const Word& w = tree.words[i];
  const bool glued = i + 1 < tree.size() ? tree.words[i + 1].begin == w.end
                                         : w.end < doc_text.size() && !IsSpace(doc_text[w.end]);
  if (glued) out += "SpaceAfter=No|";
  out += "TokenRange=" + std::to_string(w.begin) + ":" + std::to_string(w.end);
}

}  // namespace

void AppendConlluNewDoc(std::string& out, std::string_view doc_id) {
  out += "# newdoc id = ";
  AppendId(out, doc_id);
  out += '\n';
}

void AppendConlluSentence(std::string& out, std::string_view sent_id, std::string_view doc_text,
                          const Tree& tree) {
  if (tree.words.empty()) return;
  out += "# sent_id = ";
  AppendId(out, sent_id);
  out += "\n# text = ";
  AppendText(out, doc_text, tree);
  out += '\n';
  for (size_t i = 0; i < tree.size(); ++i) {
    const Word& w = tree.words[i];
    out += std::to_string(i + 1);
    for (std::string_view f : {std::string_view(w.form), std::string_view(w.lemma),
                               std::string_view(w.upos), std::string_view(w.xpos)}) {
      out += '\t';
      AppendField(out, f);
    }
    const bool root = w.head < 0 || w.head >= static_cast<int>(tree.size());
    out += "\t_\t" + std::to_string(root ? 0 : w.head + 1) + '\t';
    AppendField(out, root && w.deprel.empty() ? "root" : std::string_view(w.deprel));
    out += "\t_\t";
    AppendMisc(out, doc_text, tree, i);
    out += '\n';
  }
  out += '\n';
}

void AppendTreeJson(std::string& out, std::string_view doc_id, std::string_view sent_id,
                    std::string_view doc_text, const Tree& tree) {
  nlohmann::ordered_json j;
  j["doc_id"] = doc_id;
  j["sent_id"] = sent_id;
  const uint32_t b = tree.words.empty() ? 0 : tree.words.front().begin;
  const uint32_t e = tree.words.empty() ? 0 : tree.words.back().end;
  j["begin"] = b;
  j["end"] = e;
  j["text"] = b < e && e <= doc_text.size() ? doc_text.substr(b, e - b) : std::string_view();
  nlohmann::ordered_json words = nlohmann::ordered_json::array();
  for (size_t i = 0; i < tree.size(); ++i) {
    const Word& w = tree.words[i];
    const bool root = w.head < 0 || w.head >= static_cast<int>(tree.size());
    words.push_back({{"id", i + 1},         {"form", w.form},   {"lemma", w.lemma},
                     {"upos", w.upos},      {"xpos", w.xpos},   {"head", root ? 0 : w.head + 1},
                     {"deprel", w.deprel},  {"begin", w.begin}, {"end", w.end}});
  }
  j["words"] = std::move(words);
  out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out += '\n';
}

}  // namespace dyad::syntax
