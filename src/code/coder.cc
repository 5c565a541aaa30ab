// code/coder.cc: the per-document pipeline that turns a Document into Events.
//
// For each sentence: analyse (tokens, lemmas), take out cited sources, find actor
// mentions and date expressions, match verb patterns; then, for each match, settle who
// the source and target are (pronouns and bare roles go back to earlier actors of the
// document), when it happened (the date expression nearest the verb, else the story's
// date), its modality, and the actor codes as they held on that date. Document-level
// state is only the running antecedents, so documents are independent and Code() is a
// const, thread-safe function of (Dictionary, Document).
#include "dyad/coder.h"

#include <cstdlib>
#include <optional>

#include "code/analyze.h"
#include "code/matcher.h"
#include "code/mentions.h"
#include "context/citations.h"
#include "context/dates.h"
#include "context/modality.h"
#include "dict/compiled.h"
#include "dict/dyad_loader.h"
#include "ontology/cameo.h"
#include "text/sentences.h"

namespace dyad {

struct Coder::Impl {
  std::shared_ptr<const Dictionary> dictionary;
  CoderOptions options;
};

Coder::Coder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Coder::~Coder() = default;

Result<std::unique_ptr<Coder>> Coder::Create(std::shared_ptr<const Dictionary> dictionary,
                                             const CoderOptions& options) {
  if (!dictionary) return Status::InvalidArgument("Coder::Create: no dictionary");
  if (!options.default_date.empty() && dict::ParseIsoDate(options.default_date) < 0)
    return Status::InvalidArgument("bad default date '" + options.default_date + "' (want YYYY-MM-DD)");
  auto impl = std::make_unique<Impl>();
  impl->dictionary = std::move(dictionary);
  impl->options = options;
  return std::unique_ptr<Coder>(new Coder(std::move(impl)));
}

namespace {

using code::kNoMention;
using code::Mention;

// An actor already settled in the document, for pronouns and bare roles to refer to.
struct Antecedent {
  const Mention* mention = nullptr;  // valid only while its sentence is being coded
  Mention copy;
  ActorRef ref;
};

ActorRef MakeRef(std::string_view text, const code::Sentence& s, const Mention& m,
                 const code::ResolvedCode& rc) {
  ActorRef r;
  r.code = rc.code;
  r.country = rc.country;
  r.name = rc.name;
  r.start = s.tokens[m.first].begin;
  r.end = s.tokens[m.last].end;
  r.text = std::string(text.substr(r.start, r.end - r.start));
  return r;
}

bool StartsWithPreposition(const code::Sentence& s) {
  if (s.size() == 0) return false;
  std::string_view w = s.words[0];
  return w == "during" || w == "after" || w == "before" || w == "on" || w == "in" ||
         w == "at" || w == "following" || w == "while";
}

}  // namespace

std::vector<Event> Coder::Code(const Document& doc, size_t* sentences_out) const {
  const auto& dict = impl_->dictionary->compiled();
  const std::string& date_str = doc.date.empty() ? impl_->options.default_date : doc.date;
  int32_t doc_date = date_str.empty() ? 0 : dict::ParseIsoDate(date_str.substr(0, 10));
  if (doc_date < 0) doc_date = 0;

  std::vector<Event> events;
  std::optional<ActorRef> antecedent;                  // last sentence subject
  std::vector<std::pair<std::string, ActorRef>> by_agent;  // agent code -> last actor with it

  auto spans = text::SplitSentences(doc.text);
  if (sentences_out) *sentences_out = spans.size();
  for (size_t si = 0; si < spans.size(); ++si) {
    code::Sentence s = code::Analyze(doc.text, spans[si], dict.lemmatizer());
    auto citations = context::MarkCitations(doc.text, &s);
    auto mentions = code::FindMentions(s, dict);
    auto matches = code::MatchPatterns(s, mentions, dict);
    std::vector<context::DateMention> past_dates, future_dates;
    bool dates_done = false, future_done = false;

    // Resolve a mention to an actor on `date`; pronouns and bare agents go to antecedents.
    auto resolve = [&](size_t mi, int32_t date, size_t pattern_end,
                       size_t other) -> std::optional<ActorRef> {
      const Mention& m = mentions[mi];
      if (!m.pronoun) {
        auto rc = code::ResolveMention(m, date);
        if (!rc.code.empty()) return MakeRef(doc.text, s, m, rc);
        if (m.agent) {  // "the foreign minister": the last actor with that role
          for (auto it = by_agent.rbegin(); it != by_agent.rend(); ++it)
            if (it->first == m.agent->code) {
              ActorRef r = it->second;
              r.start = s.tokens[m.first].begin;
              r.end = s.tokens[m.last].end;
              r.text = std::string(doc.text.substr(r.start, r.end - r.start));
              return r;
            }
        }
        return std::nullopt;
      }
      // A possessive pronoun in a fronted phrase refers forward ("During his visit ...,
      // the minister ..."); otherwise back to the last subject.
      bool cataphora = !antecedent || (m.possessive && StartsWithPreposition(s));
      if (cataphora) {
        for (size_t k = 0; k < mentions.size(); ++k) {
          if (k == other || mentions[k].pronoun || mentions[k].first <= pattern_end) continue;
          auto rc = code::ResolveMention(mentions[k], date);
          if (!rc.code.empty()) return MakeRef(doc.text, s, mentions[k], rc);
        }
      }
      if (!antecedent) return std::nullopt;
      ActorRef r = *antecedent;
      r.start = s.tokens[m.first].begin;
      r.end = s.tokens[m.last].end;
      r.text = std::string(doc.text.substr(r.start, r.end - r.start));
      return r;
    };

    std::optional<ActorRef> first_source;
    for (const auto& mt : matches) {
      size_t src_first = mt.source != kNoMention ? mentions[mt.source].first : mt.first_word;
      Modality mod = context::FindModality(s, mt.first_word, std::min(src_first, mt.first_word));
      if (impl_->options.facts_only && (mod.negated || mod.hypothetical || mod.reported)) continue;

      // Date: the date expression nearest the verb.
      auto& dates = mod.hypothetical ? future_dates : past_dates;
      bool& done = mod.hypothetical ? future_done : dates_done;
      if (!done) { dates = context::FindDates(s, doc_date, mod.hypothetical); done = true; }
      int32_t date = doc_date;
      bool from_text = false;
      size_t best = SIZE_MAX;
      for (const auto& d : dates) {
        size_t dist = d.last < mt.first_word ? mt.first_word - d.last : d.first - mt.last_word;
        if (dist < best) { best = dist; date = d.date; from_text = true; }
      }

      std::optional<ActorRef> target;
      if (mt.target != kNoMention) {
        target = resolve(mt.target, date, mt.last_word, kNoMention);
        if (!target) continue;
      }
      std::optional<ActorRef> source;
      if (mt.source != kNoMention) source = resolve(mt.source, date, mt.last_word, mt.target);
      if (!source) {
        // No usable source before the verb: the first other actor after the pattern,
        // then the last subject.
        for (size_t k = 0; k < mentions.size() && !source; ++k) {
          if (k == mt.target || mentions[k].pronoun || mentions[k].first <= mt.last_word) continue;
          auto rc = code::ResolveMention(mentions[k], date);
          if (!rc.code.empty()) source = MakeRef(doc.text, s, mentions[k], rc);
        }
        if (!source && antecedent) source = antecedent;
      }
      if (!source) continue;
      if (target && target->code == source->code) continue;

      Event e;
      e.doc_id = doc.id;
      e.sentence = static_cast<int>(si);
      e.date = date ? context::FormatDate(date) : std::string();
      e.date_source = from_text ? "text" : "document";
      e.source = source;
      e.target = target;
      e.code = mt.pattern->code;
      e.root = ontology::RootOf(e.code);
      if (const auto* c = ontology::FindCameo(e.code)) {
        e.goldstein = c->goldstein;
        e.quad = c->quad;
        e.plover = std::string(c->plover);
      }
      e.modality = mod;
      uint32_t vb = s.tokens[mt.word_tokens.front()].begin, ve = s.tokens[mt.word_tokens.back()].end;
      e.evidence.verb = doc.text.substr(vb, ve - vb);
      e.evidence.start = vb;
      e.evidence.end = ve;
      e.evidence.pattern = mt.pattern->text;
      e.evidence.where = mt.pattern->src.Where();
      e.sentence_start = s.span.begin;
      e.sentence_end = s.span.end;
      e.sentence_text = doc.text.substr(s.span.begin, s.span.size());
      for (const auto& c : citations) e.citation += (e.citation.empty() ? "" : "; ") + c.text;
      if (!first_source) first_source = source;
      events.push_back(std::move(e));
    }

    // Carry antecedents to the next sentences.
    for (const auto& m : mentions) {
      if (m.pronoun || !m.agent) continue;
      auto rc = code::ResolveMention(m, doc_date);
      if (!rc.code.empty()) by_agent.emplace_back(m.agent->code, MakeRef(doc.text, s, m, rc));
    }
    if (first_source) {
      antecedent = first_source;
    } else {
      for (const auto& m : mentions) {
        if (m.pronoun) continue;
        auto rc = code::ResolveMention(m, doc_date);
        if (!rc.code.empty()) { antecedent = MakeRef(doc.text, s, m, rc); break; }
      }
    }
  }
  return events;
}

}  // namespace dyad
