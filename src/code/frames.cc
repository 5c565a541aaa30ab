// code/frames.cc: composing a frame with the action it governs.
//
// News rarely reports an action bare; it reports what someone said about one. CAMEO codes
// "Jordan and Britain agreed to hold joint exercises" as 0312 (intent to cooperate
// militarily), not as the exercises (062), and "the US called on Israel to release the
// prisoners" as 0253 (appeal for release), with the US as source and Israel as target.
// TABARI and PETRARCH need a pattern for every pairing ("agree to release", "promise to
// release", "call on + to release" ...); dyad matches the action with its ordinary
// pattern and reads the frame from the words just before it:
//   intent    "<X> agreed|promised|pledged|offered|plans|is ready|is prepared ... to <act>",
//             "<X> will|would|shall <act>"
//   reject    "<X> refused|declined to <act>", "<X> will not <act>", "<X> rejected <Y's>
//             request|offer|call to <act>" (Y the target)
//   threaten  "<X> threatened to <act>", and a coercive act under an intent frame
//             ("vowed to attack"), or under a modal after "warned" or "announced" ("warned
//             it would strike", "announced that he will withdraw the inspectors": CAMEO
//             reads an announced future coercive act as a threat), or after "said",
//             "confirmed", "declared" when its subject is a pronoun for the speaker
//             ("said it would blockade"; "said the army would attack" is a forecast)
//   appeal    "<X> called on|urged|asked|appealed to|pressed <Y> to <act>", "<Y> should <act>"
//             after a reporting verb
//   demand    "<X> demanded|insisted that <Y> <act>", "<X> ordered|told <Y> to <act>",
//             "<X> said|declared (that) <Y> must <act>"; but "<X> agreed that <Y> should
//             <act>" is X's intent
// The new code is ontology::MirrorCode(frame, action's code); when the codebook has none
// (an "appeal to attack"), the action stays as matched. Only the few words between the
// frame and the action are read (adverbs such as "urgently", a date such as "on Friday"),
// so the cost is a constant per match and nothing outside the clause is touched. An act
// named by a noun after a light verb ("will provide 25,000 tons of food aid to") is framed
// from the verb.
#include "code/frames.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "code/clause_words.h"
#include "context/dates.h"
#include "ontology/mirror.h"

namespace dyad::code {
namespace {

using ontology::Frame;

template <size_t N>
bool In(std::string_view w, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Lemmas that take "to <act>" and state the subject's intent.
constexpr std::array<std::string_view, 27> kIntentWords = {
    "agree",   "promise", "pledge", "vow",      "offer",  "plan",    "intend",
    "decide",  "undertake", "prepare", "ready", "willing", "aim",    "seek",
    "hope",    "want",    "expect", "set",      "due",    "consent", "resolve",
    "volunteer", "wish",  "determine", "commit", "eager",  "poised"};
// Intent words that make a coercive act a threat ("vowed to retaliate"); the others do
// not ("is expected to attack" is a forecast, "agreed to shut down its charity" a deal).
constexpr std::array<std::string_view, 9> kThreatIntent = {"vow",     "pledge", "promise",
                                                            "prepare", "ready",  "plan",
                                                            "intend",  "decide", "determine"};
constexpr std::array<std::string_view, 2> kRejectWords = {"refuse", "decline"};
// "rejected a request/offer/call ... to <act>".
constexpr std::array<std::string_view, 9> kProposalNouns = {
    "request", "offer", "proposal", "call", "demand", "appeal", "invitation", "ultimatum", "plea"};
constexpr std::array<std::string_view, 6> kRejectVerbs = {"reject", "dismiss", "rebuff",
                                                          "spurn",  "refuse",  "decline"};
constexpr std::array<std::string_view, 17> kAppealVerbs = {
    "urge",  "ask",    "request", "encourage", "invite", "implore", "beg",   "press", "pressure",
    "push",  "persuade", "advise", "want",     "wish",   "exhort",  "lobby", "petition"};
constexpr std::array<std::string_view, 6> kDemandVerbs = {"order",   "demand",  "require",
                                                          "instruct", "command", "tell"};
constexpr std::array<std::string_view, 5> kDemandThat = {"demand", "insist", "require", "order",
                                                         "stipulate"};
constexpr std::array<std::string_view, 6> kAppealThat = {"urge", "ask", "request", "suggest",
                                                         "recommend", "propose"};
constexpr std::array<std::string_view, 16> kSaying = {
    "say",    "declare", "reiterate", "insist", "state",  "warn",    "tell",   "stress",
    "conclude", "add",   "argue",     "assert", "emphasize", "emphasise", "believe", "demand"};
// Nouns that carry a statement: "issued a reminder to X that it must ...".
constexpr std::array<std::string_view, 7> kSayingNouns = {
    "reminder", "warning", "message", "letter", "statement", "ultimatum", "declaration"};
constexpr std::array<std::string_view, 4> kModals = {"will", "would", "shall", "'ll"};
constexpr std::array<std::string_view, 4> kThreatCues = {"warn", "threaten", "vow", "announce"};
// Statement verbs after which a speaker's own future coercive act is a threat.
constexpr std::array<std::string_view, 4> kOwnPlanCues = {"say", "confirm", "declare", "state"};


// Words that may stand between a frame and its action: "to urgently reconsider",
// "will not release", "agreed to also send".
bool Skippable(std::string_view w) {
  if (Negator(w)) return true;
  if (w.size() > 4 && w.substr(w.size() - 2) == "ly" && w != "only" && w != "early") return true;
  return w == "also" || w == "further" || w == "then" || w == "soon" || w == "now" ||
         w == "again" || w == "still" || w == "jointly" || w == "eventually" || w == "finally";
}

// Words of a date or time (and the wire's "here") between a frame's parts ("appealed to X
// on Friday to", "said here Wednesday that").
bool DateWord(const Sentence& s, size_t i) {
  std::string_view w = s.words[i];
  static constexpr std::array<std::string_view, 12> kDate = {
      "on", "today", "yesterday", "last", "this", "week", "month", "year", "earlier", "again", "once", "here"};
  return In(w, kDate) || context::WeekdayOf(w) >= 0 || Skippable(w);
}

struct Ctx {
  const Sentence& s;
  const std::vector<Mention>& mentions;
  std::vector<size_t> mention_at;
};

// The nearest mention ending before token `before`, within the clause.
size_t MentionBefore(const Ctx& c, size_t before) {
  for (size_t j = before; j-- > 0;) {
    if (c.s.boundary[j] || c.s.excluded[j]) return kNoMention;
    if (c.mention_at[j] != kNoMention) return c.mention_at[j];
  }
  return kNoMention;
}

// Token `t` moved back over an article before it: "the" ("a" too when `indefinite`).
size_t BackOverArticle(const Sentence& s, size_t t, bool indefinite) {
  if (t > 0 && (s.words[t - 1] == "the" || (indefinite && s.words[t - 1] == "a"))) --t;
  return t;
}

// The head of "<head> in|of (|from) <phrase>" when the phrase starts at token `t` ("the
// rebels in Nepal", "the government of Sudan"), or kNoMention.
size_t HeadBeforePlacePhrase(const Ctx& c, size_t t, bool from_too) {
  if (t < 2) return kNoMention;
  std::string_view p = c.s.words[t - 1];
  if (p != "in" && p != "of" && !(from_too && p == "from")) return kNoMention;
  size_t h = c.mention_at[t - 2];
  return h != kNoMention && !c.mentions[h].pronoun ? h : kNoMention;
}

struct FoundFrame {
  Frame frame;
  size_t start = 0;              // the frame's first token
  size_t speaker = kNoMention;   // appeal/demand: who asks
  size_t addressee = kNoMention; // appeal/demand: who is asked; reject: who proposed
};

// The speaker of a frame whose verb is token `verb`: the source of a match on that verb,
// else the nearest mention before it.
// A participle's speaker is the subject of the clause it hangs from: in "Liberians wrote
// to Bush urging him to send troops" the Liberians urge, not Bush.
size_t SpeakerOf(const Ctx& c, const std::vector<PatternMatch>& matches, size_t verb) {
  std::string_view w = c.s.words[verb];
  bool participle = w.size() > 4 && w.substr(w.size() - 3) == "ing";
  for (const auto& m : matches) {
    bool on_verb = std::find(m.word_tokens.begin(), m.word_tokens.end(), verb) != m.word_tokens.end();
    if (on_verb && !participle && m.source != kNoMention && c.mentions[m.source].last < verb)
      return m.source;
  }
  size_t before = MentionBefore(c, verb);
  if (participle && before != kNoMention) {
    for (const auto& m : matches)
      if (m.target == before && m.source != kNoMention && m.last_word < verb &&
          c.mentions[m.source].last < m.first_word)
        return m.source;
  }
  return before;
}

// "<X> <verb> <Y> (on Friday) to <act>": token `to` is the "to" before the action.
std::optional<FoundFrame> AddresseeFrame(const Ctx& c, const std::vector<PatternMatch>& matches,
                                         size_t to) {
  const Sentence& s = c.s;
  size_t j = to;
  for (int k = 0; k < 3 && j > 0 && c.mention_at[j - 1] == kNoMention && DateWord(s, j - 1); ++k) --j;
  if (j == 0 || c.mention_at[j - 1] == kNoMention) return std::nullopt;
  size_t y = c.mention_at[j - 1];
  size_t p = BackOverArticle(s, c.mentions[y].first, true);
  // "urged the rebels in Nepal to", "called on the government of Sudan to": the head of
  // the phrase is the addressee.
  if (size_t h = HeadBeforePlacePhrase(c, p, true); h != kNoMention) {
    y = h;
    p = BackOverArticle(s, c.mentions[y].first, true);
  }
  if (p == 0) return std::nullopt;
  size_t verb = p - 1;
  Frame frame;
  std::string_view l = s.lemmas[verb], w = s.words[verb];
  if (In(l, kAppealVerbs)) {
    frame = Frame::kAppeal;
  } else if (In(l, kDemandVerbs)) {
    frame = Frame::kDemand;
  } else if ((w == "on" || w == "upon") && verb > 0) {
    // "called on", "called Thursday on", "called again upon"
    size_t v = verb - 1;
    while (v > 0 && v + 3 > verb && DateWord(s, v) && s.lemmas[v] != "call") --v;
    if (s.lemmas[v] != "call") return std::nullopt;
    frame = Frame::kAppeal;
    verb = v;
  } else if (w == "to" && verb > 0 && s.lemmas[verb - 1] == "appeal") {
    frame = Frame::kAppeal;
    verb = verb - 1;
  } else {
    return std::nullopt;
  }
  FoundFrame f{frame, verb, SpeakerOf(c, matches, verb), y};
  if (f.speaker == kNoMention || f.speaker == y) return std::nullopt;
  return f;
}

// An act named by a noun after a light verb and its quantity ("will provide 25,000 tons of
// food aid to", "agreed to send more troops to") is framed where the verb is: the verb's
// token, when at most 6 tokens before `first` with no mention or clause boundary between;
// else `first`.
size_t LightVerbBefore(const Ctx& c, size_t first) {
  static constexpr std::array<std::string_view, 9> kLight = {
      "provide", "give", "send", "deliver", "offer", "supply", "grant", "extend", "donate"};
  for (size_t k = first, n = 0; k-- > 0 && n < 6; ++n) {
    if (c.mention_at[k] != kNoMention || c.s.boundary[k] || c.s.excluded[k] || c.s.words[k] == ",")
      return first;
    if (In(c.s.lemmas[k], kLight)) return k;
  }
  return first;
}

// The frame governing the action that starts at token `first` with source mention `src`.
std::optional<FoundFrame> FindFrame(const Ctx& c, const std::vector<PatternMatch>& matches,
                                    size_t first, size_t src, bool coercive) {
  const Sentence& s = c.s;
  size_t j = LightVerbBefore(c, first);
  bool negated = false;
  for (int k = 0; k < 3 && j > 0 && Skippable(s.words[j - 1]) && c.mention_at[j - 1] == kNoMention; ++k) {
    negated = negated || Negator(s.words[j - 1]);
    --j;
  }
  if (j == 0 || s.excluded[j - 1]) return std::nullopt;
  size_t k = j - 1;  // the word right before the action (and its adverbs)
  std::string_view w = s.words[k];

  if (w == "to") {
    if (auto f = AddresseeFrame(c, matches, k)) return f;
    if (k == 0) return std::nullopt;
    size_t v = k - 1;
    // "threatened on Monday to", "agreed today to".
    for (int n = 0; n < 3 && v > 0 && c.mention_at[v] == kNoMention && DateWord(s, v) &&
                    !Negator(s.words[v]);
         ++n)
      --v;
    std::string_view l = s.lemmas[v];
    if (In(l, kRejectWords)) return FoundFrame{Frame::kReject, v};
    if (l == "threaten") return FoundFrame{Frame::kThreaten, v};
    if (In(l, kProposalNouns)) {
      // "rejected a U.S. request to ...": the proposer, if named, is the target.
      size_t proposer = kNoMention;
      for (size_t t = v, n = 0; t-- > 0 && n < 6; ++n) {
        if (c.mention_at[t] != kNoMention) { proposer = c.mention_at[t]; t = c.mentions[proposer].first; continue; }
        if (In(s.lemmas[t], kRejectVerbs))
          return FoundFrame{Frame::kReject, t, SpeakerOf(c, matches, t), proposer};
        if (s.boundary[t] || s.words[t] == ",") break;
      }
      return std::nullopt;
    }
    if (In(l, kIntentWords)) {
      if (negated || (v > 0 && Negator(s.words[v - 1]))) return FoundFrame{Frame::kReject, v};
      if (coercive) {
        if (In(l, kThreatIntent)) return FoundFrame{Frame::kThreaten, v};
        return std::nullopt;
      }
      return FoundFrame{Frame::kIntent, v};
    }
    return std::nullopt;
  }
  if (In(w, kModals) && !(s.tokens[k].capitalized && k > 0)) {
    if (negated) return FoundFrame{Frame::kReject, k};
    if (coercive) {
      // "said it would blockade": a speaker telling its own future coercion (the act's
      // subject a pronoun for the speaker) threatens; "said the army would attack" is a
      // forecast.
      bool own = src != kNoMention && c.mentions[src].pronoun && !c.mentions[src].possessive;
      for (size_t t = k > 8 ? k - 8 : 0; t < k; ++t)
        if (In(s.lemmas[t], kThreatCues) || (own && In(s.lemmas[t], kOwnPlanCues)))
          return FoundFrame{Frame::kThreaten, k};
      return std::nullopt;  // "the army will attack" is a forecast, not a threat
    }
    return FoundFrame{Frame::kIntent, k};
  }
  // "<X> demanded that <Y> <act>", "<X> said <Y> must <act>", "<Y> must be ready to <act>".
  if (w == "be" && k > 1 && (s.words[k - 1] == "must" || s.words[k - 1] == "should")) w = s.words[--k];
  bool must = w == "must", should = w == "should";
  size_t y = (must || should) ? (k > 0 ? c.mention_at[k - 1] : kNoMention) : c.mention_at[k];
  // "the rebels in Darfur must ...": the head before a short place phrase.
  for (size_t j = k; (must || should) && y == kNoMention && j-- > 1 && j + 4 >= k;)
    if ((s.words[j] == "in" || s.words[j] == "of") && c.mention_at[j - 1] != kNoMention)
      y = c.mention_at[j - 1];
  if (y == kNoMention || y != src || negated) return std::nullopt;
  size_t t = BackOverArticle(s, c.mentions[y].first, false);
  // "the rebels in Georgia must ...": the head of the phrase is the one addressed.
  if (size_t h = HeadBeforePlacePhrase(c, t, false); h != kNoMention) {
    y = h;
    t = BackOverArticle(s, c.mentions[y].first, false);
  }
  // "the Sudanese government and the rebels must ...": back over the coordination.
  while (t > 1 && (s.words[t - 1] == "and" || s.words[t - 1] == ",") &&
         c.mention_at[t - 2] != kNoMention)
    t = BackOverArticle(s, c.mentions[c.mention_at[t - 2]].first, false);
  bool that = t > 0 && s.words[t - 1] == "that";
  if (that) --t;
  for (int n = 0; n < 3 && t > 0 && DateWord(s, t - 1); ++n) --t;
  // "issued a stern reminder Saturday to Iraq that it must ...": the addressee after "to",
  // then the saying noun.
  if (that && t > 1 && c.mention_at[t - 1] != kNoMention) {
    size_t a = BackOverArticle(s, c.mentions[c.mention_at[t - 1]].first, false);
    if (a > 0 && s.words[a - 1] == "to") {
      t = a - 1;
      for (int n = 0; n < 3 && t > 0 && DateWord(s, t - 1); ++n) --t;
    }
  }
  if (t == 0) return std::nullopt;
  size_t verb = t - 1;
  std::string_view l = s.lemmas[verb];
  std::optional<Frame> frame;
  if (In(l, kDemandThat)) frame = Frame::kDemand;
  else if (In(l, kAppealThat)) frame = Frame::kAppeal;
  else if (must && (In(l, kSaying) || In(l, kSayingNouns))) frame = Frame::kDemand;
  else if (should && (In(l, kSaying) || In(l, kSayingNouns))) frame = Frame::kAppeal;
  // "A and B agreed that their countries should cooperate": their own intent.
  else if ((must || should) && that && l == "agree") frame = Frame::kIntent;
  if (!frame) return std::nullopt;
  FoundFrame f{*frame, verb, SpeakerOf(c, matches, verb), y};
  if (*frame == Frame::kIntent) {
    f.addressee = kNoMention;  // the speakers' own intent: no one else is addressed
    return f.speaker == kNoMention ? std::nullopt : std::optional<FoundFrame>(f);
  }
  if (f.speaker == kNoMention || f.speaker == y) return std::nullopt;
  return f;
}

}  // namespace

void ComposeFrames(const Sentence& s, const std::vector<Mention>& mentions,
                   std::vector<PatternMatch>* matches) {
  Ctx c{s, mentions, std::vector<size_t>(s.size(), kNoMention)};
  for (size_t mi = 0; mi < mentions.size(); ++mi)
    for (size_t t = mentions[mi].first; t <= mentions[mi].last && t < s.size(); ++t) c.mention_at[t] = mi;

  std::vector<bool> drop(matches->size(), false);
  for (size_t i = 0; i < matches->size(); ++i) {
    PatternMatch& m = (*matches)[i];
    if (m.passive || drop[i]) continue;
    bool coercive = m.code >= "14" && m.code < "21";
    auto f = FindFrame(c, *matches, m.first_word, m.source, coercive);
    if (!f) continue;
    // An intent matched whole ("ready to mediate", 039) under a demand or appeal ("the US
    // must be ready to mediate") stands for its act (045).
    std::string action = m.code;
    if (m.code.compare(0, 2, "03") == 0 && (f->frame == Frame::kDemand || f->frame == Frame::kAppeal))
      action = std::string(ontology::IntentAction(m.code));
    std::string_view code = ontology::MirrorCode(f->frame, action);
    if (code.empty()) continue;
    // "the US must be ready to mediate": an intent required of someone else is a demand
    // (or, with "should", an appeal) for the act itself.
    if (f->frame == Frame::kIntent && f->start > 1 && s.lemmas[f->start - 1] == "be") {
      if (auto outer = FindFrame(c, *matches, f->start - 1, m.source, coercive);
          outer && (outer->frame == Frame::kDemand || outer->frame == Frame::kAppeal)) {
        std::string_view outer_code = ontology::MirrorCode(outer->frame, m.code);
        if (!outer_code.empty()) {
          f = outer;
          code = outer_code;
        }
      }
    }
    // Generic matches wholly inside the frame's words give way to the composed event.
    for (size_t o = 0; o < matches->size(); ++o) {
      const PatternMatch& g = (*matches)[o];
      if (o == i) continue;
      bool inside = !g.word_tokens.empty();
      for (size_t t : g.word_tokens) inside = inside && t >= f->start && t < m.first_word;
      if (inside) drop[o] = true;
    }
    m.code = std::string(code);
    m.word_tokens.insert(m.word_tokens.begin(), f->start);
    m.first_word = f->start;
    if (f->frame == Frame::kAppeal || f->frame == Frame::kDemand) {
      m.source = f->speaker;
      m.target = f->addressee;
    } else {
      if (f->speaker != kNoMention) m.source = f->speaker;
      if (f->addressee != kNoMention) m.target = f->addressee;
      // The frame verb's own match knows its subject best ("Jordan, an ally of Britain,
      // refused to ...": Jordan, not the nearest mention before the action).
      for (size_t o = 0; o < matches->size(); ++o) {
        const PatternMatch& g = (*matches)[o];
        if (o != i && g.source != kNoMention && g.source != m.target &&
            std::find(g.word_tokens.begin(), g.word_tokens.end(), f->start) != g.word_tokens.end())
          m.source = g.source;
      }
    }
  }
  size_t kept = 0;
  for (size_t i = 0; i < matches->size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) (*matches)[kept] = std::move((*matches)[i]);
    ++kept;
  }
  matches->resize(kept);
  std::sort(matches->begin(), matches->end(),
            [](const PatternMatch& a, const PatternMatch& b) { return a.first_word < b.first_word; });
}

}  // namespace dyad::code
