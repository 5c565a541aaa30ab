// eval/news_gold.cc: reading the newsgold format (see news_gold.h).
#include "eval/news_gold.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace dyad::eval {
namespace {

using nlohmann::json;

Result<std::string> ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  return ss.str();
}

// A string member, "" when absent or null; an error when it is another type.
Result<std::string> Str(const json& j, const char* key, const std::string& where) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::string();
  if (!it->is_string()) return Status::ParseError(where + ": '" + key + "' is not a string");
  return it->get<std::string>();
}

Result<bool> Flag(const json& j, const char* key, const std::string& where) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return false;
  if (!it->is_boolean()) return Status::ParseError(where + ": '" + key + "' is not a boolean");
  return it->get<bool>();
}

Result<std::vector<std::string>> Strings(const json& j, const char* key,
                                         const std::string& where) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return out;
  if (!it->is_array()) return Status::ParseError(where + ": '" + key + "' is not a list");
  for (const json& v : *it) {
    if (!v.is_string()) return Status::ParseError(where + ": '" + key + "' holds a non-string");
    out.push_back(v.get<std::string>());
  }
  return out;
}

Result<NewsActor> Actor(const json& ev, const char* key, const std::string& where) {
  NewsActor a;
  auto it = ev.find(key);
  if (it == ev.end() || it->is_null()) return a;  // no actor
  if (!it->is_object()) return Status::ParseError(where + ": '" + key + "' is not an object");
  std::string w = where + " " + key;
  DYAD_ASSIGN_OR_RETURN(a.text, Str(*it, "text", w));
  DYAD_ASSIGN_OR_RETURN(a.code, Str(*it, "code", w));
  DYAD_ASSIGN_OR_RETURN(a.alt, Strings(*it, "alt", w));
  DYAD_ASSIGN_OR_RETURN(a.implicit, Flag(*it, "implicit", w));
  return a;
}

Result<NewsEvent> ParseEvent(const json& ev, int sentence, const std::string& where) {
  if (!ev.is_object()) return Status::ParseError(where + ": event is not an object");
  NewsEvent e;
  e.sentence = sentence;
  e.where = where;
  DYAD_ASSIGN_OR_RETURN(e.source, Actor(ev, "source", where));
  DYAD_ASSIGN_OR_RETURN(e.target, Actor(ev, "target", where));
  if (e.source.code.empty()) return Status::ParseError(where + ": the source has no code");
  DYAD_ASSIGN_OR_RETURN(e.code, Str(ev, "code", where));
  if (e.code.empty()) return Status::ParseError(where + ": the event has no code");
  DYAD_ASSIGN_OR_RETURN(e.acceptable, Strings(ev, "acceptable", where));
  DYAD_ASSIGN_OR_RETURN(e.date, Str(ev, "date", where));
  DYAD_ASSIGN_OR_RETURN(e.location, Str(ev, "location", where));
  DYAD_ASSIGN_OR_RETURN(e.negated, Flag(ev, "negated", where));
  DYAD_ASSIGN_OR_RETURN(e.hypothetical, Flag(ev, "hypothetical", where));
  DYAD_ASSIGN_OR_RETURN(e.reported, Flag(ev, "reported", where));
  DYAD_ASSIGN_OR_RETURN(e.linked, Flag(ev, "linked", where));
  return e;
}

// Reads the sentences and their events into `doc`, locating each sentence in doc->text
// after the previous one.
Status Sentences(const json& list, NewsDoc* doc) {
  if (!list.is_array()) return Status::ParseError(doc->where + ": 'sentences' is not a list");
  size_t pos = 0;
  for (size_t i = 0; i < list.size(); ++i) {
    const json& s = list[i];
    std::string w = doc->where + " s" + std::to_string(i);
    if (!s.is_object()) return Status::ParseError(w + ": sentence is not an object");
    NewsSentence sent;
    DYAD_ASSIGN_OR_RETURN(sent.text, Str(s, "text", w));
    size_t at = sent.text.empty() ? std::string::npos : doc->text.find(sent.text, pos);
    if (at == std::string::npos)
      return Status::ParseError(w + ": sentence text not found (in order) in the text of " +
                                doc->id);
    sent.start = static_cast<uint32_t>(at);
    sent.end = static_cast<uint32_t>(at + sent.text.size());
    pos = sent.end;
    doc->sentences.push_back(std::move(sent));
    auto evs = s.find("events");
    if (evs == s.end() || evs->is_null()) continue;
    if (!evs->is_array()) return Status::ParseError(w + ": 'events' is not a list");
    for (size_t k = 0; k < evs->size(); ++k) {
      DYAD_ASSIGN_OR_RETURN(NewsEvent e,
                            ParseEvent((*evs)[k], static_cast<int>(i), w + " e" + std::to_string(k)));
      doc->events.push_back(std::move(e));
    }
  }
  return Status::Ok();
}

Result<NewsDoc> Doc(const json& rec, const std::string& where, const NewsTextFn& text_of) {
  if (!rec.is_object()) return Status::ParseError(where + ": record is not a JSON object");
  NewsDoc doc;
  doc.where = where;
  DYAD_ASSIGN_OR_RETURN(doc.id, Str(rec, "doc_id", where));
  DYAD_ASSIGN_OR_RETURN(doc.date, Str(rec, "doc_date", where));
  if (doc.id.empty()) return Status::ParseError(where + ": no doc_id");
  if (doc.date.empty()) return Status::ParseError(where + ": no doc_date");
  if (!rec.contains("sentences")) return Status::ParseError(where + ": no sentences");
  auto text = text_of(doc.id);
  if (!text.ok()) return Status::IoError(where + ": " + text.status().message());
  doc.text = std::move(text).value();
  DYAD_RETURN_IF_ERROR(Sentences(rec["sentences"], &doc));
  return doc;
}

}  // namespace

int NewsDoc::SentenceAt(uint32_t offset) const {
  int at = 0;
  for (size_t i = 0; i < sentences.size(); ++i)
    if (sentences[i].start <= offset) at = static_cast<int>(i);
  return at;
}

Result<NewsGold> ParseNewsGold(std::string_view file, std::string_view content,
                               const NewsTextFn& text_of) {
  NewsGold gold;
  gold.file = std::string(file);
  size_t line_no = 0, pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    std::string where = gold.file + ":" + std::to_string(line_no);
    json rec = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (rec.is_discarded()) return Status::ParseError(where + ": not valid JSON");
    DYAD_ASSIGN_OR_RETURN(NewsDoc doc, Doc(rec, where, text_of));
    gold.docs.push_back(std::move(doc));
  }
  if (gold.docs.empty()) return Status::ParseError(gold.file + ": no documents");
  return gold;
}

Result<NewsGold> ReadNewsGold(const std::string& path) {
  DYAD_ASSIGN_OR_RETURN(std::string content, ReadBytes(path));
  std::filesystem::path docs = std::filesystem::path(path).parent_path() / "docs";
  auto text_of = [&docs](const std::string& id) -> Result<std::string> {
    if (id.find('/') != std::string::npos || id.find("..") != std::string::npos)
      return Status::ParseError("doc_id '" + id + "' is not a file name");
    return ReadBytes((docs / (id + ".txt")).string());
  };
  return ParseNewsGold(path, content, text_of);
}

}  // namespace dyad::eval
