// code/sentence_coder.h: codes one sentence of a document, given what the story has said
// before it.
//
// The Coder (dyad/coder.h) walks a document sentence by sentence; CodeSentence does the
// work for one: analyse the words, find actor mentions and verb patterns, read the
// dependency tree for roles, then settle each match's source, target, date, modality and
// place and emit its events; the sentence rules (sentence_rules.h) finish them. What the
// next sentences need (antecedents for pronouns and bare roles, the last dyad for "the
// two sides", people and countries named so far) is kept in a DocumentMemory, which is
// the only state that crosses sentences: documents stay independent of each other.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "context/coref.h"
#include "context/dates.h"
#include "context/places.h"
#include "dict/compiled.h"
#include "dyad/coder.h"
#include "dyad/event.h"
#include "syntax/model.h"
#include "text/sentences.h"

namespace dyad::code {

// What a story has established before the sentence being coded.
struct DocumentMemory {
  std::optional<ActorRef> antecedent;      // the last sentence's subject, for pronouns
  bool unknown_speaker = false;            // that subject is a person dyad does not know
  bool antecedent_person = false;          // that subject names a person ("he" may take it)
  std::vector<std::pair<std::string, ActorRef>> by_agent;  // agent code -> last actor with it
  context::PersonMemory people;            // people named so far ("the foreign minister")
  context::DocumentCountries countries;    // countries named so far, for places
  std::optional<ActorRef> last_thing;      // last country or organisation, for "it"
  std::optional<std::pair<ActorRef, ActorRef>> last_pair;  // last dyad, for "the two sides"
  int32_t text_date = 0;  // the date a date expression gave the last dated event, or 0
  context::DatePrecision text_date_precision = context::DatePrecision::kDay;
  size_t text_date_sentence = 0;  // the sentence of that event
};

// One document as CodeSentence sees it.
struct DocumentView {
  std::string_view text;
  std::string_view id;
  int32_t date = 0;  // the story's date (dict::ParseIsoDate), 0 when unknown
};

// Codes sentence number `index` (`span` of doc.text) and appends its events to `events`
// (the document's events so far, which rules such as DiscoursePartner read); updates
// `memory` for the next sentence. `model` may be null (word order alone). Statements
// (010) without a target are kept: they carry the speaker to the next sentences'
// pronouns, and the caller drops them at the end of the document.
void CodeSentence(const dict::CompiledDictionary& dict, const syntax::Model* model,
                  const CoderOptions& options, const DocumentView& doc, size_t index,
                  text::Span span, DocumentMemory* memory, std::vector<Event>* events);

}  // namespace dyad::code
