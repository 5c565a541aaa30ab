// code/sentence_coder.cc: see sentence_coder.h.
//
// For one sentence: analyse (tokens, lemmas), take out cited sources and a dateline, find
// actor mentions, match verb patterns and compose frames, parse the sentence when it has a
// match and take roles from the tree. Then, for each match (CodeMatch): settle its source
// (the clause's subject, shared across "and" and participles), its modality and whether a
// targetless statement is one at all (Admitted), its date (the date expression nearest the
// verb, else that of the previous sentence's event when this one continues it, else the
// story's date: DateOf), its targets (the object and its coordination, or
// the last dyad for "the two countries": TargetsOf) and sources (SourcesOf, with pronouns
// and bare roles resolved against the document's memory: Resolve), the implicit target of
// conflict and of acts with none (ImplicitTargets), and emit one event per source and target
// with roles' countries filled (Emit). Finish applies the sentence rules and updates the
// document's memory.
#include "code/sentence_coder.h"

#include <algorithm>
#include <functional>

#include "code/actor_refs.h"
#include "code/analyze.h"
#include "code/clause_words.h"
#include "code/frames.h"
#include "code/matcher.h"
#include "code/mentions.h"
#include "code/sentence_rules.h"
#include "code/tree_roles.h"
#include "context/citations.h"
#include "context/dateline.h"
#include "context/dates.h"
#include "context/modality.h"
#include "syntax/pipeline.h"

namespace dyad::code {
namespace {

// When a match happened, as CodeMatch settles it.
struct EventDate {
  int32_t date = 0;  // 0: none
  bool from_text = false;
  context::DatePrecision precision = context::DatePrecision::kDay;
  bool carried = false;  // from_text, but from the previous sentence's date expression
  // The text dates the act over a year before the story ("in 2016" in a 2019 story): a
  // historical reference, not the date of a new event. `date` keeps the text's date, by
  // which actors are resolved; the event is written with the story's date.
  bool historical = false;
};

using Actors = std::vector<std::optional<ActorRef>>;

class SentenceCoder {
 public:
  SentenceCoder(const dict::CompiledDictionary& dict, const syntax::Model* model,
                const CoderOptions& options, const DocumentView& doc, size_t index,
                text::Span span, DocumentMemory* memory, std::vector<Event>* events);
  void CodeMatches();
  void Finish();

 private:
  void FindSentenceCountry();
  void FindUnknownSubject();
  void CountCloseRoles();
  bool CloseSource(const PatternMatch& mt) const;
  bool CloseTarget(const PatternMatch& mt) const;
  bool Taken(const PatternMatch& mt, size_t k) const;
  void CodeMatch(const PatternMatch& mt_in, size_t* prev_source);
  bool Admitted(const PatternMatch& mt) const;
  bool SpeakerNear(const PatternMatch& mt) const;
  EventDate DateOf(const PatternMatch& mt, const Modality& mod);
  bool TargetsOf(const PatternMatch& mt, int32_t date, Actors* targets);
  bool SourcesOf(const PatternMatch& mt, int32_t date, Actors* sources);
  void ImplicitTargets(const PatternMatch& mt, int32_t date, const Actors& sources, Actors* targets);
  void Emit(const PatternMatch& mt, const Modality& mod, const EventDate& when,
            const Actors& sources, const Actors& targets, bool mutual);
  std::optional<Location> FillPlace(const PatternMatch& mt, const std::optional<Location>& location,
                                    int32_t date) const;
  std::string CountryAfter(const ActorRef& r, int32_t date) const;
  std::string CountryBefore(const ActorRef& source, int32_t date) const;
  size_t PhraseAt(size_t u) const;
  bool NamesPlace(const Mention& m) const;
  std::optional<ActorRef> Resolve(size_t mi, int32_t date, size_t pattern_end, size_t other) const;
  std::optional<ActorRef> ResolveName(const Mention& m, int32_t date) const;
  std::optional<ActorRef> ResolvePronoun(size_t mi, int32_t date, size_t pattern_end, size_t other) const;
  std::vector<size_t> ConjunctsOf(size_t mi, const std::function<bool(size_t)>& taken) const;
  std::vector<ActorRef> LastPairAt(const Mention& m) const;
  std::vector<bool> SpeakerPhrases() const;
  void NoteCoordinatedPair();
  void Remember();

  const dict::CompiledDictionary& dict_;
  const CoderOptions& options_;
  const DocumentView& doc_;
  const size_t index_;
  DocumentMemory& mem_;
  std::vector<Event>& events_;
  const size_t first_event_;  // the sentence's first event in events_

  Sentence s_;
  std::vector<context::Citation> citations_;
  std::vector<Mention> mentions_;
  std::vector<PatternMatch> matches_;
  syntax::Tree tree_;  // empty unless the sentence has a match and there is a model
  std::string sentence_country_;  // the one country the sentence names, if exactly one
  std::vector<context::PlaceMention> places_;
  std::vector<size_t> mention_at_;  // token -> its mention, or kNoMention
  std::vector<context::DateMention> past_dates_, future_dates_;
  bool past_done_ = false, future_done_ = false;
  bool unknown_subject_ = false;  // the sentence opens with a name dyad does not know
  std::vector<int> roles_;        // per mention: matches using it right beside their verb
  std::optional<ActorRef> first_source_;  // the source of the sentence's first event
  bool first_source_person_ = false;      // ... named by a person, a role or he/she
  size_t current_source_ = kNoMention;    // the source mention of the match being coded
};

SentenceCoder::SentenceCoder(const dict::CompiledDictionary& dict, const syntax::Model* model,
                             const CoderOptions& options, const DocumentView& doc, size_t index,
                             text::Span span, DocumentMemory* memory, std::vector<Event>* events)
    : dict_(dict), options_(options), doc_(doc), index_(index), mem_(*memory), events_(*events),
      first_event_(events->size()), s_(Analyze(doc.text, span, dict.lemmatizer())) {
  citations_ = context::MarkCitations(doc.text, &s_);
  if (index == 0) context::MarkDateline(&s_);
  mentions_ = FindMentions(s_, dict);
  matches_ = MatchPatterns(s_, mentions_, dict);
  ComposeFrames(s_, mentions_, &matches_);
  if (model && !matches_.empty()) {
    tree_ = syntax::AnalyzeTokens(*model, doc.text, s_.tokens);
    RolesFromTree(tree_, mentions_, &matches_);
  }
  FindSentenceCountry();
  if (dict.gazetteer() && !matches_.empty())
    places_ = context::FindPlaces(s_, mentions_, *dict.gazetteer(), mem_.countries);
  mention_at_.assign(s_.size(), kNoMention);
  for (size_t k = 0; k < mentions_.size(); ++k)
    for (size_t t = mentions_[k].first; t <= mentions_[k].last; ++t) mention_at_[t] = k;
  FindUnknownSubject();
  CountCloseRoles();
}

// The countries the sentence names: for places, and its one country (when it names
// exactly one) for roles with nothing better.
void SentenceCoder::FindSentenceCountry() {
  bool several = false;
  for (const auto& m : mentions_) {
    if (m.pronoun) continue;
    std::string c = ResolveMention(m, doc_.date).country;
    mem_.countries.Add(c);
    if (c.empty() || c == sentence_country_) continue;
    several = several || !sentence_country_.empty();
    sentence_country_ = c;
  }
  if (several) sentence_country_.clear();
}

// A sentence whose subject is a name dyad does not know: two or more capitalised words
// at its start that are no actor ("Hassan Shibly, an attorney ..., says").
void SentenceCoder::FindUnknownSubject() {
  size_t caps = 0;
  while (caps < s_.size() && s_.tokens[caps].capitalized && mention_at_[caps] == kNoMention &&
         !s_.boundary[caps])
    ++caps;
  static constexpr std::string_view kOpeners[] = {"the", "a", "an", "in", "on", "at", "but",
                                                   "and", "after", "when", "as", "while", "if",
                                                   "last", "this", "since", "for", "from", "with"};
  bool opener = s_.size() > 0 && std::find(std::begin(kOpeners), std::end(kOpeners), s_.words[0]) !=
                                     std::end(kOpeners);
  unknown_subject_ = caps >= 2 && !opener && caps < s_.size() &&
                     (s_.words[caps] == "," || s_.lemmas[caps] == "say" || s_.lemmas[caps] == "tell");
}

// How many matches use each mention right beside their verb (a subject just before it,
// an object just after): such a mention belongs to that clause, not to another clause's
// coordination. Far-away roles (the guess for a gerund's subject) don't count.
void SentenceCoder::CountCloseRoles() {
  roles_.assign(mentions_.size(), 0);
  for (const auto& mt : matches_) {
    // A statement's speaker is shared with what was said ("A and B announced an
    // agreement to resume ties"), so it does not keep a coordination apart.
    if (mt.code.compare(0, 2, "01") == 0) continue;
    if (CloseSource(mt)) ++roles_[mt.source];
    if (CloseTarget(mt)) ++roles_[mt.target];
  }
}

bool SentenceCoder::CloseSource(const PatternMatch& mt) const {
  return mt.source != kNoMention && mentions_[mt.source].last + 3 >= mt.first_word &&
         mentions_[mt.source].last < mt.first_word;
}

bool SentenceCoder::CloseTarget(const PatternMatch& mt) const {
  return mt.target != kNoMention && mentions_[mt.target].first <= mt.last_word + 3 &&
         mentions_[mt.target].first > mt.last_word;
}

// Does mention k play a close role in a match other than mt?
bool SentenceCoder::Taken(const PatternMatch& mt, size_t k) const {
  return roles_[k] - int(k == mt.source && CloseSource(mt)) - int(k == mt.target && CloseTarget(mt)) > 0;
}

void SentenceCoder::CodeMatches() {
  size_t prev_source = kNoMention;  // the previous clause's subject, for "... and held talks"
  for (const auto& mt : matches_) CodeMatch(mt, &prev_source);
}

void SentenceCoder::CodeMatch(const PatternMatch& mt_in, size_t* prev_source) {
  PatternMatch mt = mt_in;
  // "He met X in Tehran and held talks with Y": a verb right after "and" shares the
  // subject of the verb before it.
  if (mt.first_word > 0 && s_.words[mt.first_word - 1] == "and" && *prev_source != kNoMention &&
      mt.source != kNoMention && mentions_[mt.source].last + 1 < mt.first_word - 1)
    mt.source = *prev_source;
  // "X wrote to Y, urging him to ...": a participle right after another verb's object
  // shares that verb's subject.
  std::string_view head = s_.words[mt.first_word];
  if (head.size() > 4 && head.substr(head.size() - 3) == "ing" && mt.source != kNoMention &&
      mentions_[mt.source].last + 2 >= mt.first_word) {
    for (const auto& o : matches_)
      if (o.target == mt.source && o.source != kNoMention && o.last_word < mt.first_word &&
          mentions_[o.source].last < o.first_word)
        mt.source = o.source;
  }
  if (mt.source != kNoMention) *prev_source = mt.source;
  current_source_ = mt.source;
  size_t src_first = mt.source != kNoMention ? mentions_[mt.source].first : mt.first_word;
  Modality mod = context::FindModality(s_, mt.first_word, std::min(src_first, mt.first_word));
  if (options_.facts_only && (mod.negated || mod.hypothetical || mod.reported)) return;
  if (!Admitted(mt)) return;
  // "the opposing accounts", "a proscribed group": an adjective, no act.
  if (tree_.size() && Attributive(tree_, WordOfToken(tree_, mt.first_word))) return;
  EventDate when = DateOf(mt, mod);
  Actors targets, sources;
  if (!TargetsOf(mt, when.date, &targets) || !SourcesOf(mt, when.date, &sources)) return;
  DistinctCodes(&sources);
  DistinctCodes(&targets);
  ImplicitTargets(mt, when.date, sources, &targets);
  // "Kazakhstan and Iran reached a consensus": each with the other.
  bool mutual = targets.empty() && sources.size() > 1 && Reciprocal(mt.code);
  if (targets.empty()) targets.push_back(std::nullopt);
  Emit(mt, mod, when, sources, targets, mutual);
}

// A statement verb without a target needs its speaker right before it, and must not read
// as a noun: this keeps "littoral states" from being "states".
bool SentenceCoder::Admitted(const PatternMatch& mt) const {
  bool has_target_slot = false;
  for (const auto& el : mt.pattern->elems)
    has_target_slot = has_target_slot || el.kind == dict::PatternElem::Kind::kTarget;
  return has_target_slot || mt.passive || mt.source_from_tree ||
         (SpeakerNear(mt) && !NounContext(s_, mention_at_, mt.first_word));
}

// Is the speaker right before the verb ("X said"), or just after it ("..., said X")?
// An apposition between them does not count ("Pakistan, a key U.S. ally, refused").
bool SentenceCoder::SpeakerNear(const PatternMatch& mt) const {
  if (mt.source == kNoMention) return false;
  const Mention& sm = mentions_[mt.source];
  if (sm.first > mt.last_word) return sm.first <= mt.last_word + 4;  // "..., said X"
  if (sm.last + 6 >= mt.first_word) return true;
  return sm.last + 1 < s_.size() && s_.words[sm.last + 1] == "," && mt.first_word > 0 &&
         (s_.words[mt.first_word - 1] == "," ||
          (mt.first_word > 1 && s_.words[mt.first_word - 2] == "," &&
           (s_.lemmas[mt.first_word - 1] == "have" || s_.lemmas[mt.first_word - 1] == "be")));
}

// The date expression nearest the verb, else the previous sentence's (see below), else
// the story's date.
EventDate SentenceCoder::DateOf(const PatternMatch& mt, const Modality& mod) {
  auto& dates = mod.hypothetical ? future_dates_ : past_dates_;
  bool& done = mod.hypothetical ? future_done_ : past_done_;
  if (!done) { dates = context::FindDates(s_, doc_.date, mod.hypothetical); done = true; }
  EventDate when;
  when.date = doc_.date;
  size_t best = SIZE_MAX;
  const bool intent = mt.code.compare(0, 2, "03") == 0;
  for (const auto& d : dates) {
    if (d.first > mt.last_word && ThatBetween(s_, mt.last_word, d.first)) continue;
    // "is expected to visit Moscow in April": April is the visit's, not the intent's.
    if (intent && d.first > mt.first_word) continue;
    // "met X on March 11 and held talks with Y on March 12": a date with another verb
    // between it and this one is that verb's.
    bool other_verb_between = false;
    for (const auto& o : matches_) {
      size_t lo = std::min(d.last, mt.last_word), hi = std::max(d.first, mt.first_word);
      if (o.first_word != mt.first_word && o.first_word > lo && o.first_word < hi)
        other_verb_between = true;
    }
    if (other_verb_between) continue;
    // "has been wanted since August 2015": a state that began long ago and still holds;
    // the date starts the period, it is not the day of this act.
    if (d.since && context::Historical(d.date, d.precision, doc_.date)) continue;
    size_t dist = d.last < mt.first_word ? mt.first_word - d.last : d.first - mt.last_word;
    // A date before an "and" that starts this verb's clause is weaker than one after it.
    if (d.last < mt.first_word && mt.first_word > 0 && s_.words[mt.first_word - 1] == "and") dist += 100;
    if (dist < best) {
      best = dist;
      when = {d.date, true, d.precision};
    }
  }
  when.historical = when.from_text && context::Historical(when.date, when.precision, doc_.date);
  // "The missile was intercepted by a US jet" after "... fired a missile on Sunday": an
  // event told in the past with no date of its own continues the previous sentence's dated
  // event, when that date is recent (at most two weeks before the story).
  const bool recent = mem_.text_date && mem_.text_date <= doc_.date &&
                      context::AddDays(mem_.text_date, 14) >= doc_.date;
  if (!when.from_text && !mod.hypothetical && recent && mem_.text_date_sentence + 1 == index_ &&
      tree_.size() && PastTense(tree_, WordOfToken(tree_, mt.first_word))) {
    when = {mem_.text_date, true, mem_.text_date_precision};
    when.carried = true;
  }
  return when;
}

// The match's targets into `targets` (left empty when it names none); false when the
// match is no event.
bool SentenceCoder::TargetsOf(const PatternMatch& mt, int32_t date, Actors* targets) {
  if (mt.target == kNoMention) return true;
  const Mention& tm = mentions_[mt.target];
  // "A and B began their meeting": "their" is the sources themselves, each with the
  // other (the mutual case); with one source it is that source's own side ("the rebels
  // withdrew their fighters"), no target. Either way it resolves to no target.
  if (tm.possessive && s_.words[tm.first] == "their") return true;
  if (tm.pair) {
    // "China hosted talks between the two countries": each of the last dyad. With no dyad
    // named before, the event stands without a target. The source must be named: "many
    // arrived in the two countries" is no act of either country.
    if (mt.source == kNoMention) return false;
    for (ActorRef& r : LastPairAt(tm)) targets->push_back(std::move(r));
    return true;
  }
  auto taken = [&](size_t k) { return Taken(mt, k); };
  if (auto t = Resolve(mt.target, date, mt.last_word, kNoMention)) targets->push_back(t);
  for (size_t k : ConjunctsOf(mt.target, taken))
    if (auto t = Resolve(k, date, mt.last_word, kNoMention)) targets->push_back(t);
  return !targets->empty();
}

// The match's sources into `sources`; false when it has none, and is no event.
bool SentenceCoder::SourcesOf(const PatternMatch& mt, int32_t date, Actors* sources) {
  auto taken = [&](size_t k) { return Taken(mt, k); };
  if (mt.source != kNoMention && mentions_[mt.source].pair && mem_.last_pair) {
    // "the two sides agreed": the last dyad, each with the other.
    for (ActorRef& r : LastPairAt(mentions_[mt.source])) sources->push_back(std::move(r));
  } else if (mt.source != kNoMention) {
    if (auto r = Resolve(mt.source, date, mt.last_word, mt.target)) sources->push_back(r);
    for (size_t k : ConjunctsOf(mt.source, taken))
      if (auto r = Resolve(k, date, mt.last_word, mt.target)) sources->push_back(r);
    // "A and B said they had agreed": "they" is the coordinated subject that opens the
    // sentence, all of it (only when the sentence's first mention is that subject, not a
    // pronoun).
    const Mention& sm = mentions_[mt.source];
    if (sm.pronoun && s_.words[sm.first] == "they" && OpeningMention(s_, mentions_, mt.source) == 0) {
      auto group = ConjunctsOf(0, [](size_t) { return false; });
      if (!group.empty()) {
        group.insert(group.begin(), 0);
        sources->clear();
        for (size_t g : group)
          if (auto r = Resolve(g, date, mt.last_word, mt.target))
            sources->push_back(Reanchor(*r, doc_.text, s_, sm));
      }
    }
  }
  // A pronoun subject that refers to no one known leaves the event without a source.
  if (sources->empty() && mt.source != kNoMention && mentions_[mt.source].pronoun) return false;
  // A statement is its speaker's: with no speaker in its clause ("NBC reported ...,
  // indicating that"), it borrows none from elsewhere.
  if (sources->empty() && mt.code.compare(0, 2, "01") == 0) return false;
  // "Yakovenko accuses the UK and France of following America's lead": the subject is
  // someone dyad does not know, and America does not stand in for him.
  if (sources->empty() && mt.doer_unknown) return false;
  if (sources->empty()) {
    // No usable source before the verb: the first other actor after the pattern that is
    // no place ("were killed in Russian air strikes", "in an Isis ambush"; not "were
    // killed in Syria"). Not
    // the last sentence's subject: an event with no subject of its own in its sentence
    // ("The attack was confirmed by ...", "fighting pushed it across the border") is
    // seldom that actor's act, so it is left uncoded.
    std::vector<size_t> target_group;
    if (mt.target != kNoMention) target_group = ConjunctsOf(mt.target, taken);
    target_group.push_back(mt.target);
    for (size_t k = 0; k < mentions_.size() && sources->empty(); ++k) {
      if (mentions_[k].pronoun || mentions_[k].first <= mt.last_word) continue;
      if (std::find(target_group.begin(), target_group.end(), k) != target_group.end()) continue;
      if (NamesPlace(mentions_[k])) continue;
      // A passive without "by" takes only an actor that describes the means ("were
      // killed in a Russian airstrike", "in an Isis ambush"), not one it went to or from
      // ("was flown to Switzerland", "was withdrawn from Syria").
      if (mt.passive && !(tree_.size() && ModifiesNoun(tree_, mentions_[k]))) continue;
      auto r = Resolve(k, date, mt.last_word, mt.target);
      if (r && r->code.rfind("---", 0) != 0) sources->push_back(r);
    }
  }
  return !sources->empty();
}

// Targets for a match that names none.
void SentenceCoder::ImplicitTargets(const PatternMatch& mt, int32_t date, const Actors& sources,
                                    Actors* targets) {
  // "Israeli jets carried out strikes overnight, killing a Hezbollah commander": a
  // conflict with no target of its own is against the one other actor the sentence names.
  if (targets->empty() && ConflictRoot(mt.code))
    if (auto t = OnlyOtherActor(mentions_, mt.source, sources, [&](size_t k) {
          return Resolve(k, date, mt.last_word, kNoMention);
        }))
      targets->push_back(t);
  // "Armenia denies such claims": an act with no target in its sentence is aimed at the
  // party the source last dealt with in the story; a denial (016) or a refusal to comment
  // (011) answers the last one who acted on the source; other statements borrow no target.
  const bool answer = mt.code.compare(0, 3, "016") == 0 || mt.code.compare(0, 3, "011") == 0;
  if (targets->empty() && sources.size() == 1 && answer)
    if (auto t = Accuser(events_, *sources[0])) targets->push_back(t);
  if (targets->empty() && sources.size() == 1 && mt.code.compare(0, 2, "01") != 0)
    if (auto t = DiscoursePartner(events_, *sources[0])) targets->push_back(t);
}

// One event per source and target (each source with the others when `mutual`), roles'
// countries filled; pairs where a side stays unknown, or a source would act on itself,
// are left out.
void SentenceCoder::Emit(const PatternMatch& mt, const Modality& mod, const EventDate& when,
                         const Actors& sources, const Actors& targets, bool mutual) {
  const auto location = context::PlaceForEvent(s_, places_, mt.first_word, mt.last_word);
  const auto fill_place = FillPlace(mt, location, when.date);
  for (auto source : sources) {
    Actors these = targets;
    if (mutual) {
      these.clear();
      for (const auto& other : sources)
        if (other->code != source->code) these.push_back(other);
    }
    std::string before = CountryBefore(*source, when.date);
    for (auto target : these) {
      if (!FillUnknownCountry(&*source, target ? &*target : nullptr, fill_place, before, sentence_country_) ||
          (target && !FillUnknownCountry(&*target, &*source, fill_place, CountryAfter(*target, when.date),
                                         sentence_country_)))
        continue;
      if (target && target->code == source->code) {
        // "Israel withdrew its troops": the possessive is the source's own, not a target;
        // the event stands without one.
        if (mt.target == kNoMention || !mentions_[mt.target].pronoun || !mentions_[mt.target].possessive)
          continue;
        target.reset();
      }
      Event e;
      e.doc_id = std::string(doc_.id);
      e.sentence = static_cast<int>(index_);
      // History (docs/event-schema.md, "Dates"): the story's date, and date_source says why.
      const int32_t written = when.historical ? doc_.date : when.date;
      e.date = written ? context::FormatDate(written) : std::string();
      e.date_source = !written ? "" : when.historical ? "history" : when.from_text ? "text" : "document";
      e.date_precision = !written ? ""
                         : when.historical ? std::string(context::PrecisionName(context::DatePrecision::kDay))
                                           : std::string(context::PrecisionName(when.precision));
      e.source = source;
      e.target = target;
      SetCode(&e, mt.code);
      e.modality = mod;
      e.location = location;
      uint32_t vb = s_.tokens[mt.word_tokens.front()].begin;
      uint32_t ve = s_.tokens[mt.word_tokens.back()].end;
      e.evidence.verb = doc_.text.substr(vb, ve - vb);
      e.evidence.start = vb;
      e.evidence.end = ve;
      e.evidence.pattern = mt.pattern->text;
      e.evidence.where = mt.pattern->src.Where();
      e.sentence_start = s_.span.begin;
      e.sentence_end = s_.span.end;
      e.sentence_text = doc_.text.substr(s_.span.begin, s_.span.size());
      for (const auto& c : citations_) e.citation += (e.citation.empty() ? "" : "; ") + c.text;
      if (!first_source_) {
        first_source_ = source;
        first_source_person_ = current_source_ != kNoMention && NamesPerson(mentions_[current_source_], s_);
      }
      if (when.from_text && !when.carried && !when.historical && !mod.hypothetical) {  // carried dates do not chain
        mem_.text_date = when.date;
        mem_.text_date_precision = when.precision;
        mem_.text_date_sentence = index_;
      }
      if (target && !source->country.empty() && !target->country.empty() &&
          source->country != target->country)
        mem_.last_pair = std::make_pair(*source, *target);
      events_.push_back(std::move(e));
    }
  }
}

// For filling roles' countries only: "shelling a Kurdish enclave inside Syria" - a country
// after a place preposition in the verb's clause is where it happened, when the gazetteer
// found no town. (Not the event's location: it has no coordinates.)
std::optional<Location> SentenceCoder::FillPlace(const PatternMatch& mt,
                                                 const std::optional<Location>& location,
                                                 int32_t date) const {
  if (location) return location;
  for (size_t t = mt.last_word + 1; t + 1 < s_.size() && t <= mt.last_word + 8; ++t) {
    if (s_.boundary[t] || s_.words[t] == ",") break;
    std::string_view w = s_.words[t];
    if (w != "in" && w != "inside" && w != "within" && w != "across") continue;
    size_t pi = PhraseAt(t + 1);
    if (pi == kNoMention || mentions_[pi].agent || mentions_[pi].person) continue;
    const Mention& pm = mentions_[pi];
    auto rc = ResolveMention(pm, date);
    if (rc.country.empty()) continue;
    Location l;
    l.name = std::string(doc_.text.substr(s_.tokens[pm.first].begin,
                                          s_.tokens[pm.last].end - s_.tokens[pm.first].begin));
    l.country = rc.country;
    return l;
  }
  return std::nullopt;
}

// "the rebels in Nepal", "protesters from Egypt": the country right after a role.
std::string SentenceCoder::CountryAfter(const ActorRef& r, int32_t date) const {
  if (r.code.rfind("---", 0) != 0) return {};
  for (size_t t = 0; t + 2 < s_.size(); ++t) {
    if (s_.tokens[t].end != r.end) continue;
    std::string_view p = s_.words[t + 1];
    if (p != "in" && p != "of" && p != "from") return {};
    size_t pi = PhraseAt(t + 2);
    return pi == kNoMention ? std::string() : ResolveMention(mentions_[pi], date).country;
  }
  return {};
}

// For a source role without a country: the country right after it (CountryAfter), else
// the country named last before it in the same clause (no comma, clause boundary, "while",
// "but" or "whereas" between them).
std::string SentenceCoder::CountryBefore(const ActorRef& source, int32_t date) const {
  std::string before = CountryAfter(source, date);
  if (!before.empty() || source.code.rfind("---", 0) != 0) return before;
  for (const auto& k : mentions_) {
    if (k.pronoun || s_.tokens[k.last].end > source.start) continue;
    bool same_clause = true;
    for (size_t t = k.last + 1; t < s_.size() && s_.tokens[t].begin < source.start; ++t)
      if (s_.boundary[t] || s_.words[t] == "," || s_.words[t] == "while" || s_.words[t] == "but" ||
          s_.words[t] == "whereas")
        same_clause = false;
    if (!same_clause) continue;
    auto rc = ResolveMention(k, date);
    if (!rc.country.empty()) before = rc.country;
  }
  return before;
}

// The actor phrase at token u, an article before it allowed; kNoMention if none.
size_t SentenceCoder::PhraseAt(size_t u) const {
  if (u < s_.size() && s_.words[u] == "the") ++u;
  return u < s_.size() && mention_at_[u] != kNoMention && !mentions_[mention_at_[u]].pronoun
             ? mention_at_[u]
             : kNoMention;
}

// Does mention m name where something happens ("in Syria") rather than who acts ("in
// Russian air strikes", which needs the tree to tell apart)?
bool SentenceCoder::NamesPlace(const Mention& m) const {
  return AfterPlacePreposition(s_, m) && !(tree_.size() && ModifiesNoun(tree_, m));
}

// Mention mi as an actor on `date`; pronouns and bare agents go to antecedents.
// `pattern_end` is the match's last word, `other` the match's other role (kNoMention: none).
std::optional<ActorRef> SentenceCoder::Resolve(size_t mi, int32_t date, size_t pattern_end,
                                               size_t other) const {
  const Mention& m = mentions_[mi];
  if (!m.pronoun) return ResolveName(m, date);
  if (m.pair) return std::nullopt;  // handled by the caller: two actors
  return ResolvePronoun(mi, date, pattern_end, other);
}

// A mention that is no pronoun: a name, a title held by one person named before ("the
// Kazakh leader"), a role ("the ministry", "protesters").
std::optional<ActorRef> SentenceCoder::ResolveName(const Mention& m, int32_t date) const {
  auto rc = ResolveMention(m, date);
  bool definite = m.first > 0 && s_.words[m.first - 1] == "the";
  // Only titles that one person holds: "the rebels", "the Kurds", "the army" are groups.
  auto cls = context::ClassOf(m.agent);
  bool title = cls == context::RoleClass::kHead || cls == context::RoleClass::kForeignMinister ||
               cls == context::RoleClass::kMinister || cls == context::RoleClass::kDiplomat;
  if (definite && m.agent && !m.person && title) {
    // "the Kazakh leader", "the foreign minister": a person named before.
    std::string prefix = rc.code.empty() ? "" : rc.country.empty() ? rc.code : rc.country;
    if (auto p = mem_.people.Find(prefix, context::ClassOf(m.agent))) {
      ActorRef r = MakeRef(doc_.text, s_, m, rc);
      r.name = p->name;
      if (r.code.empty()) {
        r.code = p->code;
        r.country = p->country;
      }
      return r;
    }
  }
  if (!rc.code.empty()) return MakeRef(doc_.text, s_, m, rc);
  if (m.agent && definite) {  // "the ministry": the last actor with that role
    for (auto it = mem_.by_agent.rbegin(); it != mem_.by_agent.rend(); ++it)
      if (it->first == m.agent->code) return Reanchor(it->second, doc_.text, s_, m);
  }
  // A role with no country ("protesters", "police"): the country is filled from the other
  // side of the event when it has one, else the event is dropped.
  if (m.agent) {
    ActorRef r = MakeRef(doc_.text, s_, m, rc);
    r.code = "---" + m.agent->code;
    if (m.identity && m.identity != m.agent) r.code += m.identity->code;  // "Kurdish rebels"
    return r;
  }
  return std::nullopt;
}

// A pronoun (not "the two sides"): "it", "him"/"them", "he"/"she"/"they", possessives.
std::optional<ActorRef> SentenceCoder::ResolvePronoun(size_t mi, int32_t date, size_t pattern_end,
                                                      size_t other) const {
  const Mention& m = mentions_[mi];
  if (m.neuter) {
    // "Kazakhstan, a country that eliminated its arsenal": the nearest country or
    // organisation before it in the sentence, else the last one of the document.
    for (size_t k = mi; k-- > 0;) {
      if (mentions_[k].pronoun || mentions_[k].person) continue;
      auto rc = ResolveMention(mentions_[k], date);
      if (rc.code.empty()) continue;
      return Reanchor(MakeRef(doc_.text, s_, mentions_[k], rc), doc_.text, s_, m);
    }
    if (!mem_.last_thing) return std::nullopt;
    return Reanchor(*mem_.last_thing, doc_.text, s_, m);
  }
  std::string_view pw = s_.words[m.first];
  if (pw == "him" || pw == "them") {
    // The nearest actor before it in its sentence, other than the event's own source
    // ("wrote to President X urging him to"; "strikes against them" after "an attack by
    // the Houthis"); "them" takes a plural phrase first ("rebels"), "him" a singular one.
    // Across sentences they are mostly people dyad does not code, so they stay unresolved.
    auto plural = [&](size_t k) {
      std::string_view w = s_.words[mentions_[k].last];
      return w.size() > 2 && w.back() == 's' && w[w.size() - 2] != '\'';
    };
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t k = mi; k-- > 0;) {
        if (mentions_[k].pronoun || k == current_source_) continue;
        if (pass == 0 && plural(k) != (pw == "them")) continue;
        // A place is no one to act on ("fighters captured in Syria ... put them on trial").
        if (AfterPlacePreposition(s_, mentions_[k])) continue;
        if (auto r = Resolve(k, date, pattern_end, other)) return Reanchor(*r, doc_.text, s_, m);
      }
    }
    return std::nullopt;
  }
  if (pw == "he" || pw == "she" || pw == "they") {
    // "X said he would ...": the subject of an earlier event of the sentence, else its
    // first actor when that opens the sentence, not the last sentence's subject.
    if (first_source_ && first_source_->end <= s_.tokens[m.first].begin)
      return Reanchor(*first_source_, doc_.text, s_, m);
    size_t k = OpeningMention(s_, mentions_, mi);
    if (k != kNoMention)
      if (auto r = Resolve(k, date, pattern_end, other)) return Reanchor(*r, doc_.text, s_, m);
  }
  // After a sentence whose subject is a person dyad does not know ("Hassan Shibly, an
  // attorney, says ..."), "he" is that person: no actor, not an older one.
  if (mem_.unknown_speaker && !m.possessive) return std::nullopt;
  // A possessive pronoun in a fronted phrase refers forward ("During his visit ..., the
  // minister ..."); otherwise back to the last subject.
  bool cataphora = !mem_.antecedent || (m.possessive && FrontedPhrase(s_, mentions_, mi));
  if (cataphora) {
    for (size_t k = 0; k < mentions_.size(); ++k) {
      if (k == other || mentions_[k].pronoun || mentions_[k].first <= pattern_end) continue;
      if (auto r = Resolve(k, date, pattern_end, other)) return Reanchor(*r, doc_.text, s_, m);
    }
  }
  if (!mem_.antecedent) return std::nullopt;
  // "Syria ... He said": a personal pronoun does not stand for a country or a group.
  if (!mem_.antecedent_person && PersonalPronoun(pw)) return std::nullopt;
  return Reanchor(*mem_.antecedent, doc_.text, s_, m);
}

// The mentions coordinated with mention mi, by the words between them (Conjuncts) or by
// the tree ("A of X Y and the B of Z W"), without those `taken` by another clause.
std::vector<size_t> SentenceCoder::ConjunctsOf(size_t mi, const std::function<bool(size_t)>& taken) const {
  std::vector<size_t> out = Conjuncts(s_, mentions_, mi, taken);
  if (tree_.size() && !mentions_[mi].pronoun)
    for (size_t k : TreeConjuncts(tree_, mentions_, mi))
      if (!taken(k) && std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
  return out;
}

// The last dyad, named by pair phrase m ("the two sides"): none when there is none.
std::vector<ActorRef> SentenceCoder::LastPairAt(const Mention& m) const {
  std::vector<ActorRef> out;
  if (mem_.last_pair)
    for (const ActorRef& r : {mem_.last_pair->first, mem_.last_pair->second})
      out.push_back(Reanchor(r, doc_.text, s_, m));
  return out;
}

void SentenceCoder::Finish() {
  ImpliedNegotiations(&events_, first_event_);
  ProtestPurpose(&events_, first_event_);
  DropRedundantStatements(&events_, first_event_);
  // "X said the dialogue between A and B will be hard": a statement whose content has no
  // code of its own is addressed to the actors the content names.
  const std::vector<bool> speaker_phrase = SpeakerPhrases();
  AddressStatements(&events_, first_event_, mentions_, [&](size_t k) {
    std::vector<ActorRef> out;
    const Mention& m = mentions_[k];
    if ((m.pronoun && !m.pair) || (tree_.size() && !TalkedAbout(tree_, m))) return out;
    if (speaker_phrase[k]) return out;
    // A place the content names is where something happens, not whom the statement
    // addresses ("fighters crossing into Iraq and Syria", "momentum in Europe").
    if (AfterPlacePreposition(s_, m)) return out;
    if (m.pair) {  // "the relationship between both countries": each of the last dyad
      out = LastPairAt(m);
    } else if (auto r = Resolve(k, doc_.date, 0, kNoMention)) {
      out.push_back(*r);
    }
    return out;
  });
  SameEventOnce(&events_, first_event_);
  NoteCoordinatedPair();
  Remember();
}

// Per mention: is it part of a statement's speaker phrase, and so no one the statement
// addresses? "Ann Roe, the Australian director of Human Rights Watch, said": the mentions
// between the speaker and the verb; "Rex Doe, then US secretary of state, said": the
// person named before the comma that opens the speaker's apposition; the mentions inside
// the speaker's own noun phrase ("an SDF spokesman"). Needs the tree.
std::vector<bool> SentenceCoder::SpeakerPhrases() const {
  std::vector<bool> out(mentions_.size(), false);
  for (const auto& mt : matches_) {
    if (mt.code.compare(0, 2, "01") != 0 || mt.source == kNoMention) continue;
    const Mention& sp = mentions_[mt.source];
    // "a Syrian Democratic Forces (SDF) spokesman said": the speaker's own organisation.
    if (tree_.size())
      for (size_t k = 0; k < mentions_.size(); ++k)
        if (InPhraseOf(tree_, mentions_[k], sp)) out[k] = true;
    // The speaker sits in a phrase enclosed by commas right before the verb: an opening
    // comma at most two words ("then", "the", "a former") before it, a closing one right
    // before the verb, none between.
    if (sp.last >= mt.first_word || mt.first_word == 0 || s_.words[mt.first_word - 1] != ",") continue;
    // Or the speaker is the name the phrase describes: "Ann Roe, the head of X, said".
    size_t open = 0;
    const bool named_speaker = sp.last + 2 < mt.first_word && s_.words[sp.last + 1] == ",";
    for (size_t t = sp.first, steps = 0; t > 0 && steps < 3 && !open && !named_speaker; --t, ++steps)
      if (s_.words[t - 1] == ",") open = t - 1;
    // ... and what follows the speaker in it is no clause ("Trump dismissed the value of
    // Syria, saying" is not a phrase about Trump): no comma, no verb by the tree.
    bool one_phrase = (open > 0 || named_speaker) && tree_.size();
    for (size_t t = sp.last + 1 + named_speaker; one_phrase && t + 1 < mt.first_word; ++t) {
      int w = WordOfToken(tree_, t);
      one_phrase = s_.words[t] != "," && (w < 0 || tree_.words[w].upos != "VERB");
    }
    if (!one_phrase) continue;
    for (size_t k = 0; k < mentions_.size(); ++k)
      if (mentions_[k].first > sp.last && mentions_[k].last < mt.first_word) out[k] = true;
    // The person the apposition describes ("Rex Doe, then US secretary of state, said").
    size_t named = open > 0 ? mention_at_[open - 1] : kNoMention;
    if (named != kNoMention && mentions_[named].person) out[named] = true;
  }
  return out;
}

// "Iran and Saudi Arabia ...", "talks between Kosovo and Serbia": a coordination of two
// actors of different countries is the dyad that "the two sides" will name next.
void SentenceCoder::NoteCoordinatedPair() {
  for (size_t k = 0; k + 1 < mentions_.size(); ++k) {
    if (mentions_[k].pronoun) continue;
    auto conj = Conjuncts(s_, mentions_, k, [](size_t) { return false; });
    if (conj.size() != 1 || conj[0] != k + 1) continue;
    auto a = ResolveMention(mentions_[k], doc_.date);
    auto b = ResolveMention(mentions_[k + 1], doc_.date);
    if (a.country.empty() || b.country.empty() || a.country == b.country) continue;
    mem_.last_pair = std::make_pair(MakeRef(doc_.text, s_, mentions_[k], a),
                                    MakeRef(doc_.text, s_, mentions_[k + 1], b));
    return;
  }
}

// Carries antecedents to the next sentences: people, roles, the last country or
// organisation, and the sentence's subject (unless an actor dyad does not know stood for
// it: "Mustafa Bali, an SDF spokesman, said").
void SentenceCoder::Remember() {
  for (const auto& m : mentions_) {
    if (m.person) {
      auto rc = ResolveMention(m, doc_.date);
      if (!rc.code.empty()) mem_.people.Remember(MakeRef(doc_.text, s_, m, rc), context::ClassOf(m.agent));
    }
    if (m.pronoun || !m.agent) continue;
    auto rc = ResolveMention(m, doc_.date);
    if (!rc.code.empty()) mem_.by_agent.emplace_back(m.agent->code, MakeRef(doc_.text, s_, m, rc));
  }
  for (const auto& m : mentions_) {
    if (m.pronoun || m.person) continue;
    auto rc = ResolveMention(m, doc_.date);
    if (!rc.code.empty()) mem_.last_thing = MakeRef(doc_.text, s_, m, rc);
  }
  mem_.unknown_speaker = unknown_subject_ && !first_source_;
  if (mem_.unknown_speaker) {
    mem_.antecedent.reset();
  } else if (first_source_) {
    mem_.antecedent = first_source_;
    mem_.antecedent_person = first_source_person_;
  } else {
    for (const auto& m : mentions_) {
      if (m.pronoun) continue;
      auto rc = ResolveMention(m, doc_.date);
      if (!rc.code.empty()) {
        mem_.antecedent = MakeRef(doc_.text, s_, m, rc);
        mem_.antecedent_person = NamesPerson(m, s_);
        return;
      }
    }
  }
}

}  // namespace

void CodeSentence(const dict::CompiledDictionary& dict, const syntax::Model* model,
                  const CoderOptions& options, const DocumentView& doc, size_t index,
                  text::Span span, DocumentMemory* memory, std::vector<Event>* events) {
  SentenceCoder coder(dict, model, options, doc, index, span, memory, events);
  coder.CodeMatches();
  coder.Finish();
}

}  // namespace dyad::code
