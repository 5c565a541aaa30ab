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

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <optional>
#include <unordered_set>

#include "code/analyze.h"
#include "code/frames.h"
#include "code/matcher.h"
#include "code/mentions.h"
#include "code/tree_roles.h"
#include "context/citations.h"
#include "context/coref.h"
#include "context/dateline.h"
#include "context/dates.h"
#include "context/modality.h"
#include "context/places.h"
#include "dict/compiled.h"
#include "dict/dyad_loader.h"
#include "ontology/cameo.h"
#include "syntax/model_cache.h"
#include "syntax/model_path.h"
#include "syntax/pipeline.h"
#include "text/sentences.h"

namespace dyad {

struct Coder::Impl {
  std::shared_ptr<const Dictionary> dictionary;
  CoderOptions options;
  std::shared_ptr<const syntax::Model> model;  // null when options.use_syntax is false
};

Coder::Coder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Coder::~Coder() = default;

Result<std::unique_ptr<Coder>> Coder::Create(std::shared_ptr<const Dictionary> dictionary,
                                             const CoderOptions& options) {
  if (!dictionary) return Status::InvalidArgument("Coder::Create: no dictionary");
  if (!options.default_date.empty() && dict::ParseIsoDate(options.default_date) < 0)
    return Status::InvalidArgument("bad default date '" + options.default_date + "' (want YYYY-MM-DD)");
  auto impl = std::make_unique<Impl>();
  if (options.use_syntax) {
    auto model = syntax::SharedModel(options.model_path.empty() ? syntax::DefaultModelPath()
                                                                : options.model_path);
    if (!model.ok()) return model.status();
    impl->model = model.value();
  }
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

// `r` as named by the words of mention `m` ("He" for an antecedent resolved from it).
ActorRef Reanchor(ActorRef r, std::string_view text, const code::Sentence& s, const Mention& m) {
  r.start = s.tokens[m.first].begin;
  r.end = s.tokens[m.last].end;
  r.text = std::string(text.substr(r.start, r.end - r.start));
  return r;
}

ActorRef MakeRef(std::string_view text, const code::Sentence& s, const Mention& m,
                 const code::ResolvedCode& rc) {
  ActorRef r;
  r.code = rc.code;
  r.country = rc.country;
  r.name = rc.name;
  return Reanchor(std::move(r), text, s, m);
}

// The other members of a coordination the mention `mi` belongs to: "Kazakhstan and
// Iran", "Russia, China and Iran". Pronouns do not coordinate here.
// `taken(k)` is true for mentions that play a role in another verb's event: in
// "Germany criticized Iran and Germany criticized Iran" the second "Germany" is the next
// clause's subject, not a second target.
std::vector<size_t> Conjuncts(const code::Sentence& s, const std::vector<Mention>& ms, size_t mi,
                              const std::function<bool(size_t)>& taken) {
  // "A and B", "A, and B"; "A, B" only inside a list that ends in "and".
  std::function<bool(size_t, size_t)> joins = [&](size_t a, size_t b) {
    if (ms[a].pronoun || ms[b].pronoun || ms[b].first <= ms[a].last + 1) return false;
    if ((a != mi && taken(a)) || (b != mi && taken(b))) return false;
    std::string between;
    for (size_t t = ms[a].last + 1; t < ms[b].first; ++t) between += std::string(s.words[t]) + " ";
    if (between == "and " || between == ", and " || between == "and the ") return true;
    return between == ", " && b + 1 < ms.size() && joins(b, b + 1);
  };
  std::vector<size_t> out;
  for (size_t k = mi; k > 0 && joins(k - 1, k); --k) out.push_back(k - 1);
  for (size_t k = mi; k + 1 < ms.size() && joins(k, k + 1); ++k) out.push_back(k + 1);
  return out;
}

// Is there a "that" between tokens a and b? A date after it belongs to the clause it
// opens ("said that ... would discuss ... in August"), not to the verb before it.
bool ThatBetween(const code::Sentence& s, size_t a, size_t b) {
  for (size_t t = a + 1; t < b; ++t)
    if (s.words[t] == "that") return true;
  return false;
}

// A role whose country is unknown ("---OPP") takes, in this order: the country named
// right after it ("the rebels in Nepal"; `before`), for a source the country named last
// before it in the same clause (also passed as `before`) ("North Korea has trained 500 hackers
// capable of launching attacks on the US": PRKCRM, not USACRM; "French paper workers");
// the country of the place where the event happened ("Demonstrators in Baghdad blocked a
// road": IRQOPP; "militants attacked U.S. troops in Iraq": IRQREB, not USAREB); the
// country of the other side of the event ("Egyptian police detained protesters":
// EGYOPP); else the one country the sentence names, if it names exactly one ("Vice-
// President Awori declined to resign despite pressure by the Kenya Anti-Corruption
// Commission": KENGOV). False when it stays unknown, and the event is then not coded.
bool FillUnknownCountry(ActorRef* a, const ActorRef* other, const std::optional<Location>& place,
                        const std::string& before, const std::string& sentence_country) {
  if (a->code.rfind("---", 0) != 0) return true;
  std::string country = !before.empty()                                ? before
                        : place && place->country.size() == 3          ? place->country
                        : other && !other->country.empty()             ? other->country
                                                                       : sentence_country;
  if (country.empty()) return false;
  a->code = country + a->code.substr(3);
  a->country = country;
  return true;
}

// Sets an event's code and what follows from it: root, Goldstein value, QuadClass and
// PLOVER category.
void SetCode(Event* e, std::string code) {
  e->code = std::move(code);
  e->root = ontology::RootOf(e->code);
  if (const auto* c = ontology::FindCameo(e->code)) {
    e->goldstein = c->goldstein;
    e->quad = c->quad;
    e->plover = std::string(c->plover);
  }
}

// A pronoun refers back to the speaker at the level of its country: in "Iraq's government
// announced that it is prepared to ...", "it" (IRQ) is the government (IRQGOV).
bool PronounSource(const ActorRef& a) {
  std::string w = a.text;
  for (auto& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return w == "it" || w == "he" || w == "she" || w == "they" || w == "we";
}

// Verbal and material conflict other than protest (roots 11-13 and 15-20): acts that
// are done to someone even when the sentence leaves them unnamed next to the verb.
bool ConflictRoot(std::string_view code) {
  std::string_view r = code.substr(0, 2);
  return (r >= "11" && r <= "13") || (r >= "15" && r <= "20");
}

// A state actor: a country as a whole or one of its state roles (TURGOV, TURMIL, ...).
bool StateActor(const ActorRef& a) {
  if (a.country.empty() || a.code.size() == 3) return !a.country.empty();
  std::string_view role = std::string_view(a.code).substr(3, 3);
  return role == "GOV" || role == "MIL" || role == "COP" || role == "JUD" || role == "LEG" ||
         role == "SPY";
}

// Are a and b on one side: the same code, or state actors of one country?
bool SameSide(const ActorRef& a, const ActorRef& b) {
  return a.code == b.code || (!a.country.empty() && a.country == b.country && StateActor(a) &&
                              StateActor(b));
}

// The distinct actors the sentence's mentions name off the side of every `own` actor
// (SameSide), in text order, at most `limit` of them: mention `skip` (kNoMention: none),
// mentions `resolve` gives nothing for, and roles with no country ("---OPP") are left out.
// `resolve(k)` gives the actors of mention k: none, one, or two for "both countries".
using ResolveAll = std::function<std::vector<ActorRef>(size_t)>;
std::vector<ActorRef> OtherSideActors(const std::vector<Mention>& mentions, size_t skip,
                                      const std::vector<const ActorRef*>& own, size_t limit,
                                      const ResolveAll& resolve) {
  std::vector<ActorRef> out;
  for (size_t k = 0; k < mentions.size() && out.size() < limit; ++k) {
    if (k == skip) continue;
    for (const ActorRef& r : resolve(k)) {
      if (r.code.empty() || r.code.rfind("---", 0) == 0 || out.size() >= limit) continue;
      bool own_side = false, seen = false;
      for (const ActorRef* o : own) own_side = own_side || SameSide(r, *o);
      for (const auto& t : out) seen = seen || t.code == r.code;
      if (!own_side && !seen) out.push_back(r);
    }
  }
  return out;
}

// The one actor of the sentence that is not on the sources' side (OtherSideActors; the
// source mention and pronouns left out). Nothing when there are none or several.
std::optional<ActorRef> OnlyOtherActor(
    const std::vector<Mention>& mentions, size_t source_mention,
    const std::vector<std::optional<ActorRef>>& sources,
    const std::function<std::optional<ActorRef>(size_t)>& resolve) {
  std::vector<const ActorRef*> own;
  for (const auto& src : sources) own.push_back(&*src);
  auto others = OtherSideActors(mentions, source_mention, own, 2, [&](size_t k) {
    auto r = mentions[k].pronoun ? std::nullopt : resolve(k);
    return r ? std::vector<ActorRef>{*r} : std::vector<ActorRef>{};
  });
  if (others.size() != 1) return std::nullopt;
  return others[0];
}

// The source of the story's most recent event done to `source`'s side (SameSide) by
// another side: whom a denial answers ("U.S. officials accused Iran ... Tehran denied
// it"). Nothing when there is none. `events` are the document's events so far.
std::optional<ActorRef> Accuser(const std::vector<Event>& events, const ActorRef& source) {
  for (auto e = events.rbegin(); e != events.rend(); ++e)
    if (e->source && e->target && SameSide(*e->target, source) && !SameSide(*e->source, source))
      return e->source;
  return std::nullopt;
}

// One actor per distinct code, first kept: "the CIA, MI5 and MI6" are two actors (USASPY,
// GBRSPY), not three (the newsgold convention for compound actors).
void DistinctCodes(std::vector<std::optional<ActorRef>>* actors) {
  std::vector<std::optional<ActorRef>> out;
  for (auto& a : *actors) {
    bool seen = false;
    for (const auto& o : out) seen = seen || (a && o && a->code == o->code);
    if (!seen) out.push_back(std::move(a));
  }
  *actors = std::move(out);
}

// The other party of the story's most recent event that involves `source`'s side
// (SameSide) as source or target, or nothing. `events` are the document's events so far.
std::optional<ActorRef> DiscoursePartner(const std::vector<Event>& events, const ActorRef& source) {
  for (auto e = events.rbegin(); e != events.rend(); ++e) {
    if (!e->source || !e->target) continue;
    if (SameSide(*e->source, source) && !SameSide(*e->target, source)) return e->target;
    if (SameSide(*e->target, source) && !SameSide(*e->source, source)) return e->source;
  }
  return std::nullopt;
}

// When the sentence's events (events[first..]) are all statements (root 01), gives each
// statement with code 010 and no target the actors named in the sentence off the
// speaker's side (OtherSideActors), one event per actor, at most kMaxAddressees; a
// statement with none stays targetless
// (and is dropped at the end of the document). `resolve(k)` is mention k's actor.
inline constexpr size_t kMaxAddressees = 3;
void AddressStatements(std::vector<Event>* events, size_t first, const std::vector<Mention>& mentions,
                       const ResolveAll& resolve) {
  // "X said that Y attacked Z" is coded as the attack alone.
  for (size_t i = first; i < events->size(); ++i)
    if ((*events)[i].code.compare(0, 2, "01") != 0) return;
  std::vector<std::pair<uint32_t, ActorRef>> speakers;  // each statement's evidence and source
  for (size_t i = first; i < events->size(); ++i)
    if ((*events)[i].code == "010" && (*events)[i].source)
      speakers.emplace_back((*events)[i].evidence.start, *(*events)[i].source);
  std::vector<Event> out;  // the sentence's events with each statement's copies after it
  for (size_t i = first; i < events->size(); ++i) {
    out.push_back(std::move((*events)[i]));
    Event& e = out.back();
    if (e.code != "010" || e.target || !e.source) continue;
    // Co-speakers of one statement ("A and B said") are no addressees of each other.
    std::vector<const ActorRef*> own = {&*e.source};
    for (const auto& [start, speaker] : speakers)
      if (start == e.evidence.start) own.push_back(&speaker);
    auto to = OtherSideActors(mentions, kNoMention, own, kMaxAddressees, resolve);
    if (to.empty()) continue;
    e.target = to[0];
    Event copy = e;
    for (size_t t = 1; t < to.size(); ++t) {
      copy.target = to[t];
      out.push_back(copy);
    }
  }
  events->resize(first);
  for (auto& e : out) events->push_back(std::move(e));
}

// "China hosted talks between Iran and Saudi Arabia", "the EU mediated between A and B":
// a mediation (045) of two parties implies that the parties negotiate (046), each with
// the other. For each mediation among events[first..] with exactly two targets of
// different sides from one predicate, adds the two negotiations (same sentence, date,
// modality and evidence).
void ImpliedNegotiations(std::vector<Event>* events, size_t first) {
  const size_t end = events->size();
  for (size_t i = first; i < end; ++i) {
    const Event& a = (*events)[i];
    if (a.code != "045" || !a.target) continue;
    size_t j = i + 1;
    while (j < end && (*events)[j].code == "045" && (*events)[j].evidence.start == a.evidence.start &&
           (*events)[j].source->code == a.source->code)
      ++j;
    if (j != i + 2 || !(*events)[i + 1].target) continue;  // exactly two parties
    const Event base = a;  // a copy: push_back below moves the vector
    const ActorRef p = *base.target, q = *(*events)[i + 1].target;
    if (SameSide(p, q)) continue;
    for (const auto& [from, to] : {std::make_pair(p, q), std::make_pair(q, p)}) {
      Event e = base;
      e.source = from;
      e.target = to;
      SetCode(&e, "046");
      events->push_back(std::move(e));
    }
    i = j - 1;
  }
}

// A sentence says an event once: of events[first..] with the same code, source and target
// codes ("said ..., adding that ..." addressed to the same actor twice), the first stays.
void SameEventOnce(std::vector<Event>* events, size_t first) {
  auto key = [](const Event& e) {
    return e.code + "|" + (e.source ? e.source->code : "") + "|" + (e.target ? e.target->code : "");
  };
  std::unordered_set<std::string> seen;
  size_t out = first;
  for (size_t i = first; i < events->size(); ++i) {
    if (!seen.insert(key((*events)[i])).second) continue;
    if (out != i) (*events)[out] = std::move((*events)[i]);
    ++out;
  }
  events->resize(out);
}

// Events whose nature is mutual: "Kazakhstan and Iran reached a consensus" is each with
// the other; so is fighting with no one else named ("the two countries fought a war").
bool Reciprocal(std::string_view code) {
  return code.substr(0, 2) == "03" || code.substr(0, 2) == "04" || code.substr(0, 2) == "05" ||
         code.substr(0, 2) == "06" || code == "190";
}

// Does mention m open its sentence: at most two words before it after a dateline ("The
// Iranian ...", "But Iran ..."), or right after a fronted adverbial and its comma ("Last
// week, Germany indicated ...")?
bool OpensSentence(const code::Sentence& s, const Mention& m) {
  size_t lead = 0;
  while (lead < s.size() && s.excluded[lead]) ++lead;
  return m.first <= lead + 2 || (m.first > lead && s.words[m.first - 1] == ",");
}

// The first actor mention before mention `limit` (pronouns skipped) when it opens the
// sentence (OpensSentence), else kNoMention: whom "he", "they" after it stand for.
size_t OpeningMention(const code::Sentence& s, const std::vector<Mention>& ms, size_t limit) {
  for (size_t k = 0; k < limit; ++k)
    if (!ms[k].pronoun) return OpensSentence(s, ms[k]) ? k : kNoMention;
  return kNoMention;
}

// Does a place preposition stand right before mention m ("in Syria", "into Iraq")? Such a
// mention names where something happens, not someone acted on or addressed.
bool AfterPlacePreposition(const code::Sentence& s, const Mention& m) {
  std::string_view w = m.first ? s.words[m.first - 1] : std::string_view();
  return w == "in" || w == "at" || w == "near" || w == "inside" || w == "across" || w == "into";
}

// Is mention `mi` (a possessive pronoun) inside a phrase fronted before the subject:
// "During his visit ..., the minister ...", "However, during his talks with X, he ..."?
// True when it is the sentence's first mention, a comma follows it and an actor follows
// the comma.
bool FrontedPhrase(const code::Sentence& s, const std::vector<Mention>& ms, size_t mi) {
  if (mi != 0) return false;
  size_t comma = ms[mi].last + 1;
  while (comma < s.size() && s.words[comma] != ",") ++comma;
  for (const auto& m : ms)
    if (m.first > comma && !m.pronoun) return true;
  // No comma: "During his June 6 visit to Tehran Kazakh Foreign Minister ..." also counts
  // when the sentence opens with a preposition.
  std::string_view w = s.size() ? s.words[0] : std::string_view();
  return comma == s.size() && (w == "during" || w == "after" || w == "before" || w == "on" ||
                               w == "in" || w == "at" || w == "following" || w == "while");
}

// A word that reads as a noun here ("littoral states", "the states", "Western states"):
// after a determiner, a possessive or a capitalised word that is not an actor.
bool NounContext(const code::Sentence& s, const std::vector<size_t>& mention_at, size_t i) {
  if (i == 0) return false;
  std::string_view p = s.words[i - 1];
  if (p == "the" || p == "a" || p == "an" || p == "its" || p == "their" || p == "of" ||
      p == "these" || p == "those" || p == "many" || p == "other" || p == "all" || p == "some")
    return true;
  // A weekday or month before the verb is a date ("The US on Wednesday vetoed ..."),
  // not a modifier.
  if (context::WeekdayOf(p) >= 0 || context::MonthOf(p) > 0) return false;
  // A capitalised word after a preposition ends a phrase ("Protesters in Baghdad blocked").
  std::string_view pp = i > 1 ? s.words[i - 2] : std::string_view();
  if (pp == "in" || pp == "at" || pp == "from" || pp == "near" || pp == "outside") return false;
  return s.tokens[i - 1].capitalized && mention_at[i - 1] == kNoMention && i - 1 > 0;
}


}  // namespace

std::vector<Event> Coder::Code(const Document& doc, size_t* sentences_out) const {
  const auto& dict = impl_->dictionary->compiled();
  const std::string& date_str = doc.date.empty() ? impl_->options.default_date : doc.date;
  int32_t doc_date = date_str.empty() ? 0 : dict::ParseIsoDate(date_str.substr(0, 10));
  if (doc_date < 0) doc_date = 0;

  std::vector<Event> events;
  std::optional<ActorRef> antecedent;                  // last sentence subject
  bool unknown_speaker = false;  // the last sentence's subject is a person dyad does not know
  std::vector<std::pair<std::string, ActorRef>> by_agent;  // agent code -> last actor with it
  context::PersonMemory people;                            // people named so far
  context::DocumentCountries doc_countries;                // countries named so far, for places
  const context::Gazetteer* gazetteer = dict.gazetteer();
  std::optional<ActorRef> last_thing;   // last country or organisation, for "it"
  std::optional<std::pair<ActorRef, ActorRef>> last_pair;  // last dyad, for "the two sides"

  auto spans = text::SplitSentences(doc.text);
  if (sentences_out) *sentences_out = spans.size();
  for (size_t si = 0; si < spans.size(); ++si) {
    code::Sentence s = code::Analyze(doc.text, spans[si], dict.lemmatizer());
    auto citations = context::MarkCitations(doc.text, &s);
    if (si == 0) context::MarkDateline(&s);
    auto mentions = code::FindMentions(s, dict);
    auto matches = code::MatchPatterns(s, mentions, dict);
    code::ComposeFrames(s, mentions, &matches);
    // The last dyad, named by pair phrase m ("the two sides"): none when there is none.
    auto last_pair_at = [&](const Mention& m) {
      std::vector<ActorRef> out;
      if (last_pair)
        for (const ActorRef& r : {last_pair->first, last_pair->second})
          out.push_back(Reanchor(r, doc.text, s, m));
      return out;
    };
    syntax::Tree tree;  // empty unless the sentence has a match and there is a model
    if (impl_->model && !matches.empty()) {
      tree = syntax::AnalyzeTokens(*impl_->model, doc.text, s.tokens);
      code::RolesFromTree(tree, mentions, &matches);
    }
    // The countries the sentence names: for places, and its one country (when it names
    // exactly one) for roles with nothing better.
    std::string sentence_country;
    bool several_countries = false;
    for (const auto& m : mentions) {
      if (m.pronoun) continue;
      std::string c = code::ResolveMention(m, doc_date).country;
      doc_countries.Add(c);
      if (c.empty() || c == sentence_country) continue;
      several_countries = several_countries || !sentence_country.empty();
      sentence_country = c;
    }
    if (several_countries) sentence_country.clear();
    std::vector<context::PlaceMention> places;
    if (gazetteer && !matches.empty()) places = context::FindPlaces(s, mentions, *gazetteer, doc_countries);
    std::vector<size_t> mention_at(s.size(), kNoMention);
    for (size_t k = 0; k < mentions.size(); ++k)
      for (size_t t = mentions[k].first; t <= mentions[k].last; ++t) mention_at[t] = k;
    std::vector<context::DateMention> past_dates, future_dates;
    bool dates_done = false, future_done = false;

    // A sentence whose subject is a name dyad does not know: two or more capitalised words
    // at its start that are no actor ("Hassan Shibly, an attorney ..., says").
    size_t caps = 0;
    while (caps < s.size() && s.tokens[caps].capitalized && mention_at[caps] == kNoMention &&
           !s.boundary[caps])
      ++caps;
    static constexpr std::string_view kOpeners[] = {"the", "a", "an", "in", "on", "at", "but",
                                                     "and", "after", "when", "as", "while", "if",
                                                     "last", "this", "since", "for", "from", "with"};
    bool opener = s.size() > 0 && std::find(std::begin(kOpeners), std::end(kOpeners), s.words[0]) !=
                                      std::end(kOpeners);
    bool unknown_subject = caps >= 2 && !opener && caps < s.size() &&
                           (s.words[caps] == "," || s.lemmas[caps] == "say" || s.lemmas[caps] == "tell");
    std::optional<ActorRef> first_source;  // the source of the sentence's first event
    size_t current_source = kNoMention;    // the source mention of the match being coded
    // Resolve a mention to an actor on `date`; pronouns and bare agents go to antecedents.
    std::function<std::optional<ActorRef>(size_t, int32_t, size_t, size_t)> resolve =
        [&](size_t mi, int32_t date, size_t pattern_end, size_t other) -> std::optional<ActorRef> {
      const Mention& m = mentions[mi];
      if (!m.pronoun) {
        auto rc = code::ResolveMention(m, date);
        bool definite = m.first > 0 && s.words[m.first - 1] == "the";
        // Only titles that one person holds: "the rebels", "the Kurds", "the army" are groups.
        auto cls = context::ClassOf(m.agent);
        bool title = cls == context::RoleClass::kHead || cls == context::RoleClass::kForeignMinister ||
                     cls == context::RoleClass::kMinister || cls == context::RoleClass::kDiplomat;
        if (definite && m.agent && !m.person && title) {
          // "the Kazakh leader", "the foreign minister": a person named before.
          std::string prefix = rc.code.empty() ? "" : rc.country.empty() ? rc.code : rc.country;
          if (auto p = people.Find(prefix, context::ClassOf(m.agent))) {
            ActorRef r = MakeRef(doc.text, s, m, rc);
            r.name = p->name;
            if (r.code.empty()) {
              r.code = p->code;
              r.country = p->country;
            }
            return r;
          }
        }
        if (!rc.code.empty()) return MakeRef(doc.text, s, m, rc);
        if (m.agent && definite) {  // "the ministry": the last actor with that role
          for (auto it = by_agent.rbegin(); it != by_agent.rend(); ++it)
            if (it->first == m.agent->code) return Reanchor(it->second, doc.text, s, m);
        }
        // A role with no country ("protesters", "police"): the country is filled from
        // the other side of the event when it has one, else the event is dropped.
        if (m.agent) {
          ActorRef r = MakeRef(doc.text, s, m, rc);
          r.code = "---" + m.agent->code;
          if (m.identity && m.identity != m.agent) r.code += m.identity->code;  // "Kurdish rebels"
          return r;
        }
        return std::nullopt;
      }
      if (m.pair) return std::nullopt;  // handled by the caller: two actors
      if (m.neuter) {
        // "Kazakhstan, a country that eliminated its arsenal": the nearest country or
        // organisation before it in the sentence, else the last one of the document.
        for (size_t k = mi; k-- > 0;) {
          if (mentions[k].pronoun || mentions[k].person) continue;
          auto rc = code::ResolveMention(mentions[k], date);
          if (rc.code.empty()) continue;
          return Reanchor(MakeRef(doc.text, s, mentions[k], rc), doc.text, s, m);
        }
        if (!last_thing) return std::nullopt;
        return Reanchor(*last_thing, doc.text, s, m);
      }
      // "X said he would ...", "X said they will ...": a subject pronoun after the
      // sentence's first actor is that actor, not the last sentence's subject.
      std::string_view pw = s.words[m.first];
      const bool object_form = pw == "him" || pw == "them";
      if (object_form) {
        // "him", "them": the nearest actor before it in its sentence, other than the event's
        // own source ("wrote to President X urging him to"; "strikes against them" after
        // "an attack by the Houthis"); "them" takes a plural phrase first ("rebels"), "him"
        // a singular one. Across sentences they are mostly people dyad does not code, so
        // they stay unresolved.
        auto plural = [&](size_t k) {
          std::string_view w = s.words[mentions[k].last];
          return w.size() > 2 && w.back() == 's' && w[w.size() - 2] != '\'';
        };
        for (int pass = 0; pass < 2; ++pass) {
          for (size_t k = mi; k-- > 0;) {
            if (mentions[k].pronoun || k == current_source) continue;
            if (pass == 0 && plural(k) != (pw == "them")) continue;
            // A place is no one to act on ("fighters captured in Syria ... put them on trial").
            if (AfterPlacePreposition(s, mentions[k])) continue;
            if (auto r = resolve(k, date, pattern_end, other)) return Reanchor(*r, doc.text, s, m);
          }
        }
        return std::nullopt;
      }
      if (pw == "he" || pw == "she" || pw == "they") {
        // The subject of an earlier event of the sentence, else its first actor when that
        // opens the sentence.
        if (first_source && first_source->end <= s.tokens[m.first].begin)
          return Reanchor(*first_source, doc.text, s, m);
        size_t k = OpeningMention(s, mentions, mi);
        if (k != kNoMention)
          if (auto r = resolve(k, date, pattern_end, other)) return Reanchor(*r, doc.text, s, m);
      }
      // A possessive pronoun in a fronted phrase refers forward ("During his visit ...,
      // the minister ..."); otherwise back to the last subject.
      // After a sentence whose subject is a person dyad does not know ("Hassan Shibly, an
      // attorney, says ..."), "he" is that person: no actor, not an older one.
      if (unknown_speaker && !m.possessive) return std::nullopt;
      bool cataphora = !antecedent || (m.possessive && FrontedPhrase(s, mentions, mi));
      if (cataphora) {
        for (size_t k = 0; k < mentions.size(); ++k) {
          if (k == other || mentions[k].pronoun || mentions[k].first <= pattern_end) continue;
          if (auto r = resolve(k, date, pattern_end, other)) return Reanchor(*r, doc.text, s, m);
        }
      }
      if (!antecedent) return std::nullopt;
      return Reanchor(*antecedent, doc.text, s, m);
    };

    // The mentions coordinated with mention mi, by the words between them (Conjuncts) or
    // by the tree ("A of X Y and the B of Z W"), without those `taken` by another clause.
    auto conjuncts = [&](size_t mi, const std::function<bool(size_t)>& taken) {
      std::vector<size_t> out = Conjuncts(s, mentions, mi, taken);
      if (tree.size() && !mentions[mi].pronoun)
        for (size_t k : code::TreeConjuncts(tree, mentions, mi))
          if (!taken(k) && std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
      return out;
    };
    const size_t sentence_first_event = events.size();
    // How many matches use each mention right beside their verb (a subject just before
    // it, an object just after): such a mention belongs to that clause, not to another
    // clause's coordination. Far-away roles (the guess for a gerund's subject) don't count.
    auto close_source = [&](const code::PatternMatch& mt) {
      return mt.source != kNoMention && mentions[mt.source].last + 3 >= mt.first_word &&
             mentions[mt.source].last < mt.first_word;
    };
    auto close_target = [&](const code::PatternMatch& mt) {
      return mt.target != kNoMention && mentions[mt.target].first <= mt.last_word + 3 &&
             mentions[mt.target].first > mt.last_word;
    };
    std::vector<int> roles(mentions.size(), 0);
    for (const auto& mt : matches) {
      // A statement's speaker is shared with what was said ("A and B announced an
      // agreement to resume ties"), so it does not keep a coordination apart.
      if (mt.code.compare(0, 2, "01") == 0) continue;
      if (close_source(mt)) ++roles[mt.source];
      if (close_target(mt)) ++roles[mt.target];
    }
    size_t prev_source = kNoMention;  // the previous clause's subject, for "... and held talks"
    for (const auto& mt_in : matches) {
      code::PatternMatch mt = mt_in;
      // "He met X in Tehran and held talks with Y": a verb right after "and" shares the
      // subject of the verb before it.
      if (mt.first_word > 0 && s.words[mt.first_word - 1] == "and" && prev_source != kNoMention &&
          mt.source != kNoMention && mentions[mt.source].last + 1 < mt.first_word - 1)
        mt.source = prev_source;
      // "X wrote to Y, urging him to ...": a participle right after another verb's object
      // shares that verb's subject.
      std::string_view head = s.words[mt.first_word];
      if (head.size() > 4 && head.substr(head.size() - 3) == "ing" && mt.source != kNoMention &&
          mentions[mt.source].last + 2 >= mt.first_word) {
        for (const auto& o : matches)
          if (o.target == mt.source && o.source != kNoMention && o.last_word < mt.first_word &&
              mentions[o.source].last < o.first_word)
            mt.source = o.source;
      }
      if (mt.source != kNoMention) prev_source = mt.source;
      current_source = mt.source;
      auto taken = [&](size_t k) {
        return roles[k] - int(k == mt.source && close_source(mt)) - int(k == mt.target && close_target(mt)) > 0;
      };
      size_t src_first = mt.source != kNoMention ? mentions[mt.source].first : mt.first_word;
      Modality mod = context::FindModality(s, mt.first_word, std::min(src_first, mt.first_word));
      if (impl_->options.facts_only && (mod.negated || mod.hypothetical || mod.reported)) continue;
      bool has_target_slot = false;
      for (const auto& el : mt.pattern->elems)
        has_target_slot = has_target_slot || el.kind == dict::PatternElem::Kind::kTarget;
      // A statement verb without a target needs its speaker right before it, and must not
      // read as a noun: this keeps "littoral states" from being "states".
      // An apposition between them does not count ("Pakistan, a key U.S. ally, refused").
      auto speaker_near = [&] {
        if (mt.source == kNoMention) return false;
        const Mention& sm = mentions[mt.source];
        if (sm.first > mt.last_word) return sm.first <= mt.last_word + 4;  // "..., said X"
        if (sm.last + 6 >= mt.first_word) return true;
        return sm.last + 1 < s.size() && s.words[sm.last + 1] == "," && mt.first_word > 0 &&
               (s.words[mt.first_word - 1] == "," ||
                (mt.first_word > 1 && s.words[mt.first_word - 2] == "," &&
                 (s.lemmas[mt.first_word - 1] == "have" || s.lemmas[mt.first_word - 1] == "be")));
      };
      if (!has_target_slot && !mt.passive && !mt.source_from_tree &&
          (!speaker_near() || NounContext(s, mention_at, mt.first_word)))
        continue;

      // Date: the date expression nearest the verb.
      auto& dates = mod.hypothetical ? future_dates : past_dates;
      bool& done = mod.hypothetical ? future_done : dates_done;
      if (!done) { dates = context::FindDates(s, doc_date, mod.hypothetical); done = true; }
      int32_t date = doc_date;
      bool from_text = false;
      context::DatePrecision precision = context::DatePrecision::kDay;
      size_t best = SIZE_MAX;
      const bool intent = mt.code.compare(0, 2, "03") == 0;
      for (const auto& d : dates) {
        if (d.first > mt.last_word && ThatBetween(s, mt.last_word, d.first)) continue;
        // "is expected to visit Moscow in April": April is the visit's, not the intent's.
        if (intent && d.first > mt.first_word) continue;
        // "met X on March 11 and held talks with Y on March 12": a date with another verb
        // between it and this one is that verb's.
        bool other_verb_between = false;
        for (const auto& o : matches) {
          size_t lo = std::min(d.last, mt.last_word), hi = std::max(d.first, mt.first_word);
          if (o.first_word != mt.first_word && o.first_word > lo && o.first_word < hi)
            other_verb_between = true;
        }
        if (other_verb_between) continue;
        size_t dist = d.last < mt.first_word ? mt.first_word - d.last : d.first - mt.last_word;
        // A date before an "and" that starts this verb's clause is weaker than one after it.
        if (d.last < mt.first_word && mt.first_word > 0 && s.words[mt.first_word - 1] == "and") dist += 100;
        if (dist < best) { best = dist; date = d.date; from_text = true; precision = d.precision; }
      }

      std::vector<std::optional<ActorRef>> targets;
      // "A and B began their meeting": "their" is the sources themselves, each with the
      // other (the mutual case below); with one source it is that source's own side ("the
      // rebels withdrew their fighters"), no target. Either way it resolves to no target.
      const bool their_target = mt.target != kNoMention && mentions[mt.target].possessive &&
                                s.words[mentions[mt.target].first] == "their";
      if (mt.target != kNoMention && !their_target && mentions[mt.target].pair) {
        // "China hosted talks between the two countries": each of the last dyad.
        // With no dyad named before, the event stands without a target. The source must be
        // named: "many arrived in the two countries" is no act of either country.
        if (mt.source == kNoMention) continue;
        for (ActorRef& r : last_pair_at(mentions[mt.target])) targets.push_back(std::move(r));
      } else if (mt.target != kNoMention && !their_target) {
        if (auto t = resolve(mt.target, date, mt.last_word, kNoMention)) targets.push_back(t);
        for (size_t k : conjuncts(mt.target, taken))
          if (auto t = resolve(k, date, mt.last_word, kNoMention)) targets.push_back(t);
        if (targets.empty()) continue;
      }
      std::vector<std::optional<ActorRef>> sources;
      if (mt.source != kNoMention && mentions[mt.source].pair && last_pair) {
        // "the two sides agreed": the last dyad, each with the other.
        for (ActorRef& r : last_pair_at(mentions[mt.source])) sources.push_back(std::move(r));
      } else if (mt.source != kNoMention) {
        if (auto r = resolve(mt.source, date, mt.last_word, mt.target)) sources.push_back(r);
        for (size_t k : conjuncts(mt.source, taken))
          if (auto r = resolve(k, date, mt.last_word, mt.target)) sources.push_back(r);
        // "A and B said they had agreed": "they" is the coordinated subject that opens the
        // sentence, all of it.
        const Mention& sm = mentions[mt.source];
        // (Only when the sentence's first mention is that subject, not a pronoun.)
        if (sm.pronoun && s.words[sm.first] == "they" && OpeningMention(s, mentions, mt.source) == 0) {
          auto group = conjuncts(0, [](size_t) { return false; });
          if (!group.empty()) {
            group.insert(group.begin(), 0);
            sources.clear();
            for (size_t g : group)
              if (auto r = resolve(g, date, mt.last_word, mt.target))
                sources.push_back(Reanchor(*r, doc.text, s, sm));
          }
        }
      }
      // A pronoun subject that refers to no one known leaves the event without a source.
      if (sources.empty() && mt.source != kNoMention && mentions[mt.source].pronoun) continue;
      // A statement is its speaker's: with no speaker in its clause ("NBC reported ...,
      // indicating that"), it borrows none from elsewhere.
      if (sources.empty() && mt.code.compare(0, 2, "01") == 0) continue;
      if (sources.empty()) {
        // No usable source before the verb: the first other actor after the pattern,
        // then the last subject.
        std::vector<size_t> target_group;
        if (mt.target != kNoMention) target_group = conjuncts(mt.target, taken);
        target_group.push_back(mt.target);
        for (size_t k = 0; k < mentions.size() && sources.empty(); ++k) {
          if (mentions[k].pronoun || mentions[k].first <= mt.last_word) continue;
          if (std::find(target_group.begin(), target_group.end(), k) != target_group.end()) continue;
          auto r = resolve(k, date, mt.last_word, mt.target);
          if (r && r->code.rfind("---", 0) != 0) sources.push_back(r);
        }
        // (Not when the sentence's subject is a person dyad does not know.)
        if (sources.empty() && antecedent && !unknown_subject) sources.push_back(antecedent);
      }
      if (sources.empty()) continue;
      DistinctCodes(&sources);
      DistinctCodes(&targets);
      // "Israeli jets carried out strikes overnight, killing a Hezbollah commander": a
      // conflict with no target of its own is against the one other actor the sentence
      // names.
      if (targets.empty() && ConflictRoot(mt.code))
        if (auto t = OnlyOtherActor(mentions, mt.source, sources, [&](size_t k) {
              return resolve(k, date, mt.last_word, kNoMention);
            }))
          targets.push_back(t);
      // "Armenia denies such claims": an act with no target in its sentence is aimed at
      // the party the source last dealt with in the story; a denial (016) or a refusal to
      // comment (011) answers the last one who acted on the source; other statements
      // borrow no target.
      const bool answer = mt.code.compare(0, 3, "016") == 0 || mt.code.compare(0, 3, "011") == 0;
      if (targets.empty() && sources.size() == 1 && answer)
        if (auto t = Accuser(events, *sources[0])) targets.push_back(t);
      if (targets.empty() && sources.size() == 1 && mt.code.compare(0, 2, "01") != 0)
        if (auto t = DiscoursePartner(events, *sources[0])) targets.push_back(t);
      // "Kazakhstan and Iran reached a consensus": each with the other.
      bool mutual = targets.empty() && sources.size() > 1 && Reciprocal(mt.code);
      if (targets.empty()) targets.push_back(std::nullopt);

      const auto location = context::PlaceForEvent(s, places, mt.first_word, mt.last_word);
      // The actor phrase at token u, an article before it allowed; kNoMention if none.
      auto phrase_at = [&](size_t u) {
        if (u < s.size() && s.words[u] == "the") ++u;
        return u < s.size() && mention_at[u] != kNoMention && !mentions[mention_at[u]].pronoun
                   ? mention_at[u]
                   : kNoMention;
      };
      // For filling roles' countries only: "shelling a Kurdish enclave inside Syria" - a
      // country after a place preposition in the verb's clause is where it happened, when
      // the gazetteer found no town. (Not the event's location: it has no coordinates.)
      auto fill_place = location;
      for (size_t t = mt.last_word + 1; !fill_place && t + 1 < s.size() && t <= mt.last_word + 8; ++t) {
        if (s.boundary[t] || s.words[t] == ",") break;
        std::string_view w = s.words[t];
        if (w != "in" && w != "inside" && w != "within" && w != "across") continue;
        size_t pi = phrase_at(t + 1);
        if (pi == kNoMention || mentions[pi].agent || mentions[pi].person) continue;
        const Mention& pm = mentions[pi];
        auto rc = code::ResolveMention(pm, date);
        if (rc.country.empty()) continue;
        Location l;
        l.name = std::string(doc.text.substr(s.tokens[pm.first].begin,
                                             s.tokens[pm.last].end - s.tokens[pm.first].begin));
        l.country = rc.country;
        fill_place = l;
      }
      // "the rebels in Nepal", "protesters from Egypt": the country right after a role.
      auto country_after = [&](const ActorRef& r) -> std::string {
        if (r.code.rfind("---", 0) != 0) return {};
        for (size_t t = 0; t + 2 < s.size(); ++t) {
          if (s.tokens[t].end != r.end) continue;
          std::string_view p = s.words[t + 1];
          if (p != "in" && p != "of" && p != "from") return {};
          size_t pi = phrase_at(t + 2);
          return pi == kNoMention ? std::string() : code::ResolveMention(mentions[pi], date).country;
        }
        return {};
      };

      for (auto source : sources) {
        std::vector<std::optional<ActorRef>> these = targets;
        if (mutual) {
          these.clear();
          for (const auto& other : sources)
            if (other->code != source->code) these.push_back(other);
        }
        // The country named last before the source, for a source role without one.
        // Only in the same clause: no comma, clause boundary or "while" between them.
        std::string before = country_after(*source);
        if (before.empty() && source->code.rfind("---", 0) == 0) {
          for (const auto& k : mentions) {
            if (k.pronoun || s.tokens[k.last].end > source->start) continue;
            bool same_clause = true;
            for (size_t t = k.last + 1; t < s.size() && s.tokens[t].begin < source->start; ++t)
              if (s.boundary[t] || s.words[t] == "," || s.words[t] == "while" ||
                  s.words[t] == "but" || s.words[t] == "whereas")
                same_clause = false;
            if (!same_clause) continue;
            auto rc = code::ResolveMention(k, date);
            if (!rc.country.empty()) before = rc.country;
          }
        }
        for (auto target : these) {
          if (!FillUnknownCountry(&*source, target ? &*target : nullptr, fill_place, before, sentence_country) ||
              (target && !FillUnknownCountry(&*target, &*source, fill_place, country_after(*target),
                                             sentence_country)))
            continue;
          if (target && target->code == source->code) {
            // "Israel withdrew its troops": the possessive is the source's own, not a
            // target; the event stands without one.
            if (mt.target == kNoMention || !mentions[mt.target].pronoun ||
                !mentions[mt.target].possessive)
              continue;
            target.reset();
          }
          Event e;
          e.doc_id = doc.id;
          e.sentence = static_cast<int>(si);
          e.date = date ? context::FormatDate(date) : std::string();
          e.date_source = !date ? "" : from_text ? "text" : "document";  // null when no date
          e.date_precision = !date ? "" : std::string(context::PrecisionName(precision));
          e.source = source;
          e.target = target;
          SetCode(&e, mt.code);
          e.modality = mod;
          e.location = location;
          uint32_t vb = s.tokens[mt.word_tokens.front()].begin;
          uint32_t ve = s.tokens[mt.word_tokens.back()].end;
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
          if (target && !source->country.empty() && !target->country.empty() &&
              source->country != target->country)
            last_pair = std::make_pair(*source, *target);
          events.push_back(std::move(e));
        }
      }
    }
    ImpliedNegotiations(&events, sentence_first_event);
    // A protest's purpose gives its sub-code: "students staged rallies demanding the
    // president's resignation" is 1411 (demonstrate for leadership change), from 141 and
    // the demand 1041 that says what for; likewise hunger strikes (142x), strikes (143x),
    // blockades (144x) and riots (145x) with demands or appeals 1041-1044 / 0241-0244.
    for (size_t k = sentence_first_event; k < events.size(); ++k) {
      Event& p = events[k];
      if (p.code.size() != 3 || p.code < "141" || p.code > "145") continue;
      for (size_t j = sentence_first_event; j < events.size(); ++j) {
        const std::string& d = events[j].code;
        if (d.size() == 4 && (d.compare(0, 3, "104") == 0 || d.compare(0, 3, "024") == 0) &&
            d[3] >= '1' && d[3] <= '4' && events[j].source->country == p.source->country) {
          if (ontology::FindCameo(p.code + d[3])) SetCode(&p, p.code + d[3]);
          break;
        }
      }
    }
    // A statement ("X said", "X wrote to Y") adds nothing when the same speaker has a more
    // specific event in the sentence ("X said it would release ...": the intent is the
    // event; "X wrote to Y urging him to ...": the appeal is).
    auto said = [&](const Event& e) { return e.code == "010"; };
    std::vector<std::string> speakers;  // sources of the sentence's specific events
    for (size_t k = sentence_first_event; k < events.size(); ++k)
      if (!said(events[k])) {
        speakers.push_back(events[k].source->code);
        if (PronounSource(*events[k].source) && !events[k].source->country.empty())
          speakers.push_back("country:" + events[k].source->country);
      }
    std::sort(speakers.begin(), speakers.end());
    auto spoke = [&](const std::string& key) {
      return std::binary_search(speakers.begin(), speakers.end(), key);
    };
    auto redundant = [&](const Event& e) {
      return said(e) && (spoke(e.source->code) ||
                         (!e.source->country.empty() && spoke("country:" + e.source->country)));
    };
    events.erase(std::remove_if(events.begin() + sentence_first_event, events.end(), redundant),
                 events.end());
    // "X said the dialogue between A and B will be hard": a statement whose content has no
    // code of its own is addressed to the actors the content names.
    AddressStatements(&events, sentence_first_event, mentions, [&](size_t k) {
      std::vector<ActorRef> out;
      const Mention& m = mentions[k];
      if ((m.pronoun && !m.pair) || (tree.size() && !code::TalkedAbout(tree, m))) return out;
      // A place the content names is where something happens, not whom the statement
      // addresses ("fighters crossing into Iraq and Syria", "momentum in Europe").
      if (AfterPlacePreposition(s, m)) return out;
      if (m.pair) {  // "the relationship between both countries": each of the last dyad
        out = last_pair_at(m);
      } else if (auto r = resolve(k, doc_date, 0, kNoMention)) {
        out.push_back(*r);
      }
      return out;
    });
    SameEventOnce(&events, sentence_first_event);

    // "Iran and Saudi Arabia ...", "talks between Kosovo and Serbia": a coordination of two
    // actors of different countries is the dyad that "the two sides" will name next.
    for (size_t k = 0; k + 1 < mentions.size(); ++k) {
      if (mentions[k].pronoun) continue;
      auto conj = Conjuncts(s, mentions, k, [](size_t) { return false; });
      if (conj.size() != 1 || conj[0] != k + 1) continue;
      auto a = code::ResolveMention(mentions[k], doc_date);
      auto b = code::ResolveMention(mentions[k + 1], doc_date);
      if (a.country.empty() || b.country.empty() || a.country == b.country) continue;
      last_pair = std::make_pair(MakeRef(doc.text, s, mentions[k], a), MakeRef(doc.text, s, mentions[k + 1], b));
      break;
    }
    // Carry antecedents to the next sentences.
    for (const auto& m : mentions) {
      if (m.person) {
        auto rc = code::ResolveMention(m, doc_date);
        if (!rc.code.empty()) people.Remember(MakeRef(doc.text, s, m, rc), context::ClassOf(m.agent));
      }
      if (m.pronoun || !m.agent) continue;
      auto rc = code::ResolveMention(m, doc_date);
      if (!rc.code.empty()) by_agent.emplace_back(m.agent->code, MakeRef(doc.text, s, m, rc));
    }
    for (const auto& m : mentions) {
      if (m.pronoun || m.person) continue;
      auto rc = code::ResolveMention(m, doc_date);
      if (!rc.code.empty()) last_thing = MakeRef(doc.text, s, m, rc);
    }
    // ... unless an actor stood for them ("Mustafa Bali, an SDF spokesman, said").
    unknown_speaker = unknown_subject && !first_source;
    if (unknown_speaker) {
      antecedent.reset();
    } else if (first_source) {
      antecedent = first_source;
    } else {
      for (const auto& m : mentions) {
        if (m.pronoun) continue;
        auto rc = code::ResolveMention(m, doc_date);
        if (!rc.code.empty()) { antecedent = MakeRef(doc.text, s, m, rc); break; }
      }
    }
  }
  // A statement with no one it is addressed to is no event: "X said" is coded by what
  // was said, and a bare 010 only where the statement has a target (newsgold's
  // conventions, CAMEO's "make statement" to someone). The statements stayed until here
  // because they carry the speaker to the next sentences' pronouns.
  events.erase(std::remove_if(events.begin(), events.end(),
                              [](const Event& e) { return e.code == "010" && !e.target; }),
               events.end());
  return events;
}

}  // namespace dyad
