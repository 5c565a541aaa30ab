// code/tabari/events.cc: TabariEvent -> dyad::Event.
#include "code/tabari/events.h"

#include <cctype>
#include <cstdio>

#include "ontology/cameo.h"

namespace dyad::tabari {
namespace {

std::string IsoDate(int32_t d) {
  if (d <= 0) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, (d / 100) % 100, d % 100);
  return buf;
}

ActorRef Ref(const std::string& code, int group, const Parse& p, const std::string& text) {
  ActorRef r;
  r.code = code;
  if (code.size() >= 3 && std::isalpha(static_cast<unsigned char>(code[0])) &&
      std::isalpha(static_cast<unsigned char>(code[1])) && std::isalpha(static_cast<unsigned char>(code[2])) &&
      group >= 0) {
    r.country = code.substr(0, 3);
  }
  if (group >= 0 && group < static_cast<int>(p.groups.size())) {
    const ActorGroup& g = p.groups[group];
    r.start = p.begin[g.start];
    r.end = p.finish[g.end - 1];
    if (r.end > text.size()) r.end = static_cast<uint32_t>(text.size());
    if (r.start < r.end) r.text = text.substr(r.start, r.end - r.start);
  }
  return r;
}

}  // namespace

std::vector<Event> ToEvents(const CodeResult& res, const Parse& parse, const Document& doc, int sentence) {
  std::vector<Event> out;
  out.reserve(res.events.size());
  for (const TabariEvent& te : res.events) {
    Event e;
    e.doc_id = doc.id;
    e.sentence = sentence;
    e.date = IsoDate(te.date);
    e.date_source = parse.shifted ? "text" : "document";
    e.source = Ref(te.source, te.source_group, parse, doc.text);
    e.target = Ref(te.target, te.target_group, parse, doc.text);
    e.code = te.code;
    if (const ontology::CameoCode* c = ontology::FindCameo(te.code)) {
      e.root = ontology::RootOf(te.code);
      e.goldstein = c->goldstein;
      e.quad = c->quad;
      e.plover = std::string(c->plover);
    }
    if (te.verb_token >= 0 && te.verb_token < static_cast<int>(parse.toks.size())) {
      uint32_t b = parse.begin[te.verb_token];
      uint32_t f = parse.finish[parse.end[te.verb_token] - 1];
      if (f > doc.text.size()) f = static_cast<uint32_t>(doc.text.size());
      e.evidence.start = b;
      e.evidence.end = f;
      if (b < f) e.evidence.verb = doc.text.substr(b, f - b);
    }
    if (te.pattern != nullptr) {
      e.evidence.pattern = "- " + te.pattern->text + " [" + te.pattern->code.raw + "]";
      e.evidence.where = te.pattern->where.Str();
    } else if (te.verb != nullptr) {
      std::string root;
      for (const PWord& w : te.verb->root) root += (root.empty() ? "" : " ") + w.text;
      e.evidence.pattern = root + " [" + te.verb->code.raw + "]";
      e.evidence.where = te.verb->where.Str();
    }
    e.sentence_text = doc.text;
    e.sentence_start = 0;
    e.sentence_end = static_cast<uint32_t>(doc.text.size());
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace dyad::tabari
