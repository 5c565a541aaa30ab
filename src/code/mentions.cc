// code/mentions.cc: chunking actor mentions in one left-to-right pass.
//
// At each token we look up the longest dictionary actor and the longest agent starting
// there. If either exists a mention starts, and it grows while the next words can
// belong to it:
//   - an agent after a country word:             "Kazakh" + "Foreign Minister"
//   - a second agent right after the first:      "Foreign Ministry" + "press office"
//   - a person after an actor or agent:          "Kazakh Foreign Minister" + "Kasymzhomart Tokayev"
//   - "of"/"to" (+ "the") and a country after an agent: "Foreign Minister of Iran",
//     "Ambassador to Kazakhstan" (the latter only absorbed: the envoy's own country
//     was already given, as in "the Iranian Ambassador to Kazakhstan")
//   - an appositive person after an agent:       "the Iranian Ambassador, Remin Mehmanprasat,"
//   - a possessive "'s" closes the mention and marks it possessive, except between a
//     country and a role ("Taiwan's president" is Taiwan's government);
//   - a capital right after "in"/"at"/"near" is a place, not an actor.
// Longest match at each start makes "Republic of Kazakhstan" one actor rather than
// "Kazakhstan" alone. The pass is linear in the number of tokens times the (small)
// number of phrases sharing a first word.
#include "code/mentions.h"

#include <array>

namespace dyad::code {
namespace {

bool IsPronoun(std::string_view w, bool* possessive) {
  static constexpr std::array<std::string_view, 4> kSubject = {"he", "she", "they", "we"};
  static constexpr std::array<std::string_view, 3> kPossessive = {"his", "her", "their"};
  for (auto p : kSubject)
    if (w == p) { *possessive = false; return true; }
  for (auto p : kPossessive)
    if (w == p) { *possessive = true; return true; }
  return false;
}

// "the two sides", "both countries", "the two leaders": its length in words, or 0.
size_t PairPhrase(const Sentence& s, size_t i) {
  auto w = [&](size_t k) { return k < s.size() ? s.words[k] : std::string_view(); };
  size_t len = 0;
  if (w(i) == "both") len = 1;
  else if (w(i) == "the" && w(i + 1) == "two") len = 2;
  else return 0;
  std::string_view noun = w(i + len);
  if (noun == "sides" || noun == "countries" || noun == "leaders" || noun == "governments" ||
      noun == "nations" || noun == "parties" || noun == "ministers" || noun == "presidents" ||
      noun == "states")
    return len + 1;
  return 0;
}

// A country-level actor: a code of exactly three letters (KAZ), or an IGO/NGO code.
bool IsCountryLevel(const dict::ActorEntry* a) {
  return a && a->kind == dict::ActorKind::kActor && !a->codes.empty() && a->codes[0].code.size() == 3;
}

const dict::DatedCode* CodeAt(const dict::ActorEntry& a, int32_t date) {
  for (const auto& c : a.codes)
    if (c.Holds(date)) return &c;
  // None holds: the nearest range.
  const dict::DatedCode* best = &a.codes.front();
  int64_t best_gap = INT64_MAX;
  for (const auto& c : a.codes) {
    int64_t gap = date < c.from ? int64_t(c.from) - date : int64_t(date) - c.to;
    if (gap < best_gap) { best_gap = gap; best = &c; }
  }
  return best;
}

// A capital standing for its government: a country code with the GOV sector ("IRNGOV").
bool IsCapital(const dict::ActorEntry* a) {
  const std::string& c = a->codes.front().code;
  return a->kind == dict::ActorKind::kActor && c.size() == 6 && c.compare(3, 3, "GOV") == 0;
}

// Roles that are postings to another country: "ambassador to", "envoy to".
bool IsPosting(const dict::AgentEntry* agent) {
  for (const auto& w : agent->words)
    if (w == "ambassador" || w == "ambassadors" || w == "envoy" || w == "envoys" ||
        w == "embassy" || w == "consul" || w == "consulate" || w == "representative")
      return true;
  return false;
}

// Codes whose first three letters are not a country (or region): international
// organisations, NGOs and movements, international militant groups, companies,
// unidentified actors.
bool IsCountryCode(std::string_view code) {
  if (code.size() < 3) return false;
  std::string_view p = code.substr(0, 3);
  return p != "IGO" && p != "NGO" && p != "NGM" && p != "IMG" && p != "MNC" && p != "UIS";
}

}  // namespace

std::vector<Mention> FindMentions(const Sentence& s, const dict::CompiledDictionary& dict) {
  std::vector<Mention> out;
  const size_t n = s.size();
  auto actor_at = [&](size_t i, size_t* len) -> const dict::ActorEntry* {
    if (i >= n || s.excluded[i]) return nullptr;
    const dict::ActorEntry* a = dict.LongestActor(s.words, i, len);
    if (a && s.excluded[i + *len - 1]) return nullptr;
    return a;
  };
  auto agent_at = [&](size_t i, size_t* len) -> const dict::AgentEntry* {
    if (i >= n || s.excluded[i]) return nullptr;
    return dict.LongestAgent(s.words, i, len);
  };

  size_t i = 0;
  while (i < n) {
    if (s.excluded[i]) { ++i; continue; }
    Mention m;
    bool possessive = false;
    if (IsPronoun(s.words[i], &possessive)) {
      m.first = m.last = i;
      m.pronoun = true;
      m.possessive = possessive;
      out.push_back(m);
      ++i;
      continue;
    }
    if (s.words[i] == "it" || s.words[i] == "its") {
      m.first = m.last = i;
      m.pronoun = m.neuter = true;
      m.possessive = s.words[i] == "its";
      out.push_back(m);
      ++i;
      continue;
    }
    if (size_t len = PairPhrase(s, i)) {
      m.first = i;
      m.last = i + len - 1;
      m.pronoun = m.pair = true;
      out.push_back(m);
      i += len;
      continue;
    }
    size_t la = 0, lg = 0;
    const dict::ActorEntry* a = actor_at(i, &la);
    const dict::AgentEntry* g = agent_at(i, &lg);
    if (!a && !g) { ++i; continue; }
    m.first = i;
    if (a && la >= lg) {
      (a->kind == dict::ActorKind::kPerson ? m.person : m.actor) = a;
      i += la;
    } else {
      m.agent = g;
      i += lg;
    }
    // Grow.
    while (i < n && !s.excluded[i]) {
      size_t len = 0;
      if (!m.person && (m.agent || IsCountryLevel(m.actor))) {
        // "Kazakh" + "Foreign Minister"; a second role right after the first is part of
        // the same phrase and keeps the first one's code ("Foreign Ministry press office").
        if (const auto* ag = agent_at(i, &len)) {
          if (!m.agent) m.agent = ag;
          i += len;
          continue;
        }
      }
      if (!m.person && (m.actor || m.agent)) {
        const auto* p = actor_at(i, &len);
        if (p && p->kind == dict::ActorKind::kPerson) { m.person = p; i += len; continue; }
        // Appositive: ", Person ," or ", Person" at the end.
        if (m.agent && s.words[i] == ",") {
          p = actor_at(i + 1, &len);
          if (p && p->kind == dict::ActorKind::kPerson) { m.person = p; i += 1 + len; continue; }
        }
      }
      // "the Foreign Minister of Iran" gives the country; "the Iranian Ambassador to
      // Kazakhstan" only names the posting, which stays inside the mention.
      bool of = s.words[i] == "of" && !m.actor && !m.person;
      bool posted_to = s.words[i] == "to" && m.agent && m.actor && !m.person && IsPosting(m.agent);
      if (m.agent && (of || posted_to)) {
        size_t j = i + 1;
        if (j < n && s.words[j] == "the") ++j;
        const auto* c = actor_at(j, &len);
        if (c && c->kind == dict::ActorKind::kActor) {
          if (of) m.actor = c;
          i = j + len;
          continue;
        }
      }
      break;
    }
    m.last = i - 1;
    if (i < n && s.words[i] == "'s") {
      // "Taiwan's president": a country's role is one actor, like "the Taiwanese president".
      size_t len = 0;
      const dict::AgentEntry* ag = !m.agent && !m.person && IsCountryLevel(m.actor) ? agent_at(i + 1, &len) : nullptr;
      if (ag) {
        m.agent = ag;
        i += 1 + len;
        m.last = i - 1;
        if (const auto* p = actor_at(i, &len); p && p->kind == dict::ActorKind::kPerson) {
          m.person = p;
          i += len;
          m.last = i - 1;
        }
      } else {
        m.possessive = true;
        ++i;
      }
    }
    // "in Baghdad", "at Astana": a capital after a preposition of place is where things
    // happen (context/places), not the government acting.
    if (m.actor && !m.agent && !m.person && m.first > 0 && IsCapital(m.actor) &&
        (s.words[m.first - 1] == "in" || s.words[m.first - 1] == "at" ||
         s.words[m.first - 1] == "near" || s.words[m.first - 1] == "outside"))
      continue;
    out.push_back(m);
  }
  return out;
}

ResolvedCode ResolveMention(const Mention& m, int32_t date) {
  ResolvedCode r;
  if (m.pronoun) return r;
  if (m.person) r.name = m.person->name;
  if (m.actor) {
    r.code = CodeAt(*m.actor, date)->code;
    if (m.agent && r.code.size() == 3) r.code += m.agent->code;
  } else if (m.person) {
    r.code = CodeAt(*m.person, date)->code;
  } else {
    return r;  // a bare agent: resolved by context, not here
  }
  if (IsCountryCode(r.code)) r.country = r.code.substr(0, 3);
  return r;
}

}  // namespace dyad::code
