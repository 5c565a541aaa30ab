// code/mentions.cc: chunking actor mentions in one left-to-right pass.
//
// At each token we look up the longest dictionary actor and the longest agent starting
// there. If either exists a mention starts, and it grows while the next words can
// belong to it:
//   - an agent after a country word:             "Kazakh" + "Foreign Minister"
//   - an agent after a capital or an organisation: "Tehran" + "residents", "UN" +
//     "officials", "Hamas" + "leaders" (the organisation keeps its own code)
//   - a second agent right after the first:      "Foreign Ministry" + "press office";
//     it is part of the same phrase and adds nothing, except that an identity and a
//     role (in either order) both count: "Kurdish" + "rebels", "rebel" + "Kurds"
//   - a person after an actor or agent:          "Kazakh Foreign Minister" + "Kasymzhomart Tokayev"
//   - "of"/"to" (+ "the") and a country after an agent: "Foreign Minister of Iran",
//     "Ambassador to Kazakhstan" (the latter only absorbed: the envoy's own country
//     was already given, as in "the Iranian Ambassador to Kazakhstan"); a role right
//     after the country is the group the person belongs to and gives the role
//     ("leaders of the Serbian opposition" SRBOPP)
//   - "from" (+ "the", a number) and a country word that is itself followed by a role
//     or "'s" after an agent: "doctors from two American aid groups" (USAHLH), "members
//     of parliament from Kenya's ..." (KENLEG); the head keeps its role. A bare country
//     after "from" is a place ("troops from Syria" are not Syria's), so it is left out.
//   - an appositive person after an agent:       "the Iranian Ambassador, Remin Mehmanprasat,"
//   - a possessive "'s" closes the mention and marks it possessive, except between a
//     country and a role ("Taiwan's president" is Taiwan's government), and an envoy of the
//     country posted to an organisation ("Russia's UN ambassador", "Britain's ambassador
//     to the United Nations") is the country's;
//   - a capital right after "in"/"at"/"near" is a place, not an actor (except after
//     "arrived"/"landed", where it is the country visited);
//   - "<country>-led" is that country ("Saudi-led coalition"); "-backed" is not;
//   - a country right before "$" is a currency ("US $50 million"), not an actor.
// A country word with no role of its own takes the role of a coordinated country word
// that has one: in "Hungarian and Romanian officials" and "French, German and Italian
// troops" every adjective gets the shared noun's role (HUNGOV, ROUGOV). The look-ahead
// walks a chain of bare country words joined by "," / "and" / "or" (the last joint must
// hold "and" or "or") and stops at the first word that is neither.
// Identities are agents whose code is an ethnic or religious code (KRD, MOSSHI) rather
// than a role (table 3.1 of the CAMEO codebook): they compose like roles ("Iraqi Kurds"
// IRQKRD) and go after the role when both are given (IRQREBKRD).
// Longest match at each start makes "Republic of Kazakhstan" one actor rather than
// "Kazakhstan" alone. The pass is linear in the number of tokens times the (small)
// number of phrases sharing a first word; the coordination look-ahead reads each
// token at most once more per chain.
#include "code/mentions.h"

#include <algorithm>

#include <array>

namespace dyad::code {
namespace {

bool IsPronoun(std::string_view w, bool* possessive) {
  // Subject and object forms: "they attacked", "strikes against them", "urged him to".
  static constexpr std::array<std::string_view, 6> kPersonal = {"he", "she", "they", "we", "them", "him"};
  static constexpr std::array<std::string_view, 3> kPossessive = {"his", "her", "their"};
  for (auto p : kPersonal)
    if (w == p) { *possessive = false; return true; }
  for (auto p : kPossessive)
    if (w == p) { *possessive = true; return true; }
  return false;
}

// "the two sides", "both countries", "the two leaders": its length in words, or 0.
// Nouns that name states or sides may carry up to two modifiers ("the two post-Soviet
// countries", "both Gulf states", "the two neighbouring nations"); "parties", "ministers"
// and "presidents" may not ("the two main parties" are political parties, not a dyad).
size_t PairPhrase(const Sentence& s, size_t i) {
  auto w = [&](size_t k) { return k < s.size() ? s.words[k] : std::string_view(); };
  size_t len = 0;
  if (w(i) == "both") len = 1;
  else if (w(i) == "the" && w(i + 1) == "two") len = 2;
  else return 0;
  auto modifiable = [](std::string_view n) {
    return n == "sides" || n == "countries" || n == "nations" || n == "states" ||
           n == "governments" || n == "leaders" || n == "neighbours" || n == "neighbors" ||
           n == "rivals" || n == "foes" || n == "adversaries" || n == "allies";
  };
  auto modifier = [&](size_t k) {  // a plain word: no punctuation, no function word
    if (k >= s.size() || s.tokens[k].kind != text::TokenKind::kWord) return false;
    std::string_view m = w(k);
    return m != "of" && m != "and" && m != "or" && m != "the" && m != "their" && m != "its" &&
           m != "other" && m != "main" && !modifiable(m);
  };
  std::string_view noun = w(i + len);
  if (modifiable(noun) || noun == "parties" || noun == "ministers" || noun == "presidents")
    return len + 1;
  for (size_t extra = 1; extra <= 2 && modifier(i + len + extra - 1); ++extra)
    if (modifiable(w(i + len + extra))) return len + extra + 1;
  return 0;
}

// A noun for what sides give or do together: after "military" it names that thing, not an
// actor ("4 billion euros in military support", "joint military exercises").
bool MilitaryThing(std::string_view lemma) {
  return lemma == "aid" || lemma == "support" || lemma == "assistance" || lemma == "help" ||
         lemma == "equipment" || lemma == "hardware" || lemma == "supply" || lemma == "package" ||
         lemma == "training" || lemma == "exercise" || lemma == "drill" || lemma == "cooperation";
}

// A country-level actor: a code of exactly three letters (KAZ), or an IGO/NGO code.
bool IsCountryLevel(const dict::ActorEntry* a) {
  return a && a->kind == dict::ActorKind::kActor && !a->codes.empty() && a->codes[0].code.size() == 3;
}

// Role codes of the CAMEO 1.1b3 codebook (table 3.1, primary, secondary and tertiary),
// plus PTY and the generic NGO/IGO. Any other agent code is an identity (ethnic or
// religious group).
bool IsRoleTrio(std::string_view t) {
  static constexpr std::array<std::string_view, 29> kRoles = {
      "GOV", "MIL", "COP", "JUD", "OPP", "REB", "INS", "SEP", "SPY", "UAF",
      "PTY", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH",
      "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "NGO", "IGO"};
  for (auto r : kRoles)
    if (t == r) return true;
  return false;
}

bool IsIdentity(const dict::AgentEntry* g) {
  return g && g->code.size() >= 3 && !IsRoleTrio(std::string_view(g->code).substr(0, 3));
}

// Religion codes (CAMEO religious classification, first trio): an actor code that starts
// with one of them has no country.
bool IsReligionTrio(std::string_view t) {
  static constexpr std::array<std::string_view, 19> kReligions = {
      "ATH", "BAH", "BUD", "CHR", "CON", "HIN", "JAN", "JEW", "MOS", "SHN",
      "SIK", "TAO", "ABR", "ADR", "EAR", "INR", "IRR", "ITR", "NRM"};
  for (auto r : kReligions)
    if (t == r) return true;
  return false;
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
  return p != "IGO" && p != "NGO" && p != "NGM" && p != "IMG" && p != "MNC" && p != "UIS" &&
         !IsReligionTrio(p);
}

// A country and identity codes only ("NGAYRB" for "Yoruba"): a role goes after the country.
bool IsCountryIdentity(std::string_view code) {
  if (code.size() <= 3 || code.size() % 3 != 0 || !IsCountryCode(code)) return false;
  for (size_t k = 3; k < code.size(); k += 3)
    if (IsRoleTrio(code.substr(k, 3))) return false;
  return true;
}

// An actor that a following agent composes with: a country or region word, a capital, or
// a country's ethnic group.
bool TakesRole(const dict::ActorEntry* a) {
  if (!a || a->kind != dict::ActorKind::kActor || a->codes.empty()) return false;
  const std::string& c = a->codes.front().code;
  return c.size() == 3 || IsCapital(a) || IsCountryIdentity(c);
}

// Adds agent `g` to `m`: the first role becomes `agent`, the first identity `identity`
// (or `agent` while there is no role); other agents add nothing.
void AddAgent(Mention* m, const dict::AgentEntry* g) {
  if (!m->agent) { m->agent = g; return; }
  bool have_role = !IsIdentity(m->agent);
  if (IsIdentity(g)) {
    if (have_role && !m->identity) m->identity = g;
  } else if (!have_role) {
    m->identity = m->agent;
    m->agent = g;
  }
}

bool IsNumberWord(std::string_view w) {
  static constexpr std::array<std::string_view, 13> kNumbers = {
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "several", "some", "many", "dozens"};
  if (w.empty()) return false;
  bool digits = true;
  for (char c : w) digits = digits && ((c >= '0' && c <= '9') || c == ',');
  if (digits) return true;
  for (auto n : kNumbers)
    if (w == n) return true;
  return false;
}

}  // namespace

std::vector<Mention> FindMentions(const Sentence& s, const dict::CompiledDictionary& dict) {
  std::vector<Mention> out;
  const size_t n = s.size();
  auto actor_at = [&](size_t i, size_t* len) -> const dict::ActorEntry* {
    if (i >= n || s.excluded[i]) return nullptr;
    const dict::ActorEntry* a = dict.LongestActor(s.words, i, len);
    if (a && s.excluded[i + *len - 1]) return nullptr;
    // "US $50 million", "HK$ 3m": a currency, not the country.
    if (a && i + *len < n && s.words[i + *len].starts_with("$")) return nullptr;
    // "Saudi-led coalition", "Vietnamese-led forces": the leader's country. ("Syrian-
    // backed militia" is not Syria's, so only "-led".)
    std::string_view w = s.words[i];
    if (!a && w.size() > 4 && w.substr(w.size() - 4) == "-led") {
      // "US-led": the capitalised "US" is the country, as everywhere (code/analyze.cc).
      std::string_view lead = w.substr(0, w.size() - 4);
      if (lead == "us" && s.tokens[i].capitalized) lead = "u.s.";
      const std::vector<std::string_view> prefix = {lead};
      size_t plen = 0;
      const dict::ActorEntry* p = dict.LongestActor(prefix, 0, &plen);
      if (p && p->kind == dict::ActorKind::kActor) {
        *len = 1;
        return p;
      }
    }
    return a;
  };
  auto agent_at = [&](size_t i, size_t* len) -> const dict::AgentEntry* {
    if (i >= n || s.excluded[i]) return nullptr;
    // "military aid", "military exercises": a thing given or done, not the military as an actor.
    if (s.words[i] == "military" && i + 1 < n && MilitaryThing(s.lemmas[i + 1])) return nullptr;
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
      if (!m.person && (m.agent || m.actor)) {
        // "Kazakh" + "Foreign Minister", "UN" + "officials"; a second role right after
        // the first is part of the same phrase ("Foreign Ministry press office").
        if (const auto* ag = agent_at(i, &len)) {
          AddAgent(&m, ag);
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
      bool from = s.words[i] == "from" && !m.actor && !m.person;
      bool posted_to = s.words[i] == "to" && m.agent && m.actor && !m.person && IsPosting(m.agent);
      if (m.agent && (of || from || posted_to)) {
        size_t j = i + 1;
        if (j < n && s.words[j] == "the") ++j;
        if (from && j < n && IsNumberWord(s.words[j])) ++j;
        const auto* c = actor_at(j, &len);
        if (c && c->kind == dict::ActorKind::kActor) {
          size_t k = j + len;
          // A role after the country: "leaders of the Serbian opposition", "doctors
          // from two American aid groups", "MPs from Kenya's ruling party".
          size_t glen = 0, gat = k;
          bool apostrophe = k < n && s.words[k] == "'s";
          const dict::AgentEntry* group = nullptr;
          if ((of || from) && TakesRole(c)) {
            gat = k + apostrophe;
            group = agent_at(gat, &glen);
            // "Kenya's Liberal Democratic Party": a name of up to three words before the role.
            for (size_t t = gat + 1; apostrophe && !group && t < n && t <= gat + 3; ++t) {
              size_t alen = 0;
              if (s.excluded[t] || s.words[t] == "," || actor_at(t, &alen)) break;
              if ((group = agent_at(t, &glen))) gat = t;
            }
          }
          if (from && !group && !apostrophe) break;  // "troops from Syria": a place
          if (of || from) m.actor = c;
          i = k;
          if (group) {
            if (of && !IsIdentity(group) && !IsIdentity(m.agent)) m.agent = group;
            else AddAgent(&m, group);
            i = gat + glen;
          } else if (from) {
            i = k + 1;  // "from Kenya's": the "'s" belongs here
          }
          continue;
        }
        // "leaders of the opposition", "members of the armed forces": the group's role.
        size_t glen = 0;
        const dict::AgentEntry* group = of ? agent_at(j, &glen) : nullptr;
        if (group) {
          if (!IsIdentity(group) && !IsIdentity(m.agent)) m.agent = group;
          else AddAgent(&m, group);
          i = j + glen;
          continue;
        }
      }
      break;
    }
    // "Hungarian and Romanian officials": a bare country word takes the role of the
    // coordinated phrase.
    if (!m.agent && !m.person && TakesRole(m.actor) && m.actor->codes.front().code.size() == 3) {
      size_t j = i;
      for (int hops = 0; hops < 6 && j < n; ++hops) {
        bool joined = false;
        const size_t start = j;
        if (s.words[j] == ",") ++j;
        if (j < n && (s.words[j] == "and" || s.words[j] == "or")) { ++j; joined = true; }
        if (j == start || j >= n) break;
        size_t len = 0;
        const auto* c = actor_at(j, &len);
        if (!c || !IsCountryLevel(c)) break;
        j += len;
        const dict::AgentEntry* ag = agent_at(j, &len);
        if (ag && joined) {
          m.agent = ag;
          if (const auto* ag2 = agent_at(j + len, &len)) AddAgent(&m, ag2);
          break;
        }
        if (ag || joined) break;  // "French troops, Iranian ...", "Iran and Iraq"
      }
    }
    m.last = i - 1;
    if (i < n && s.words[i] == "'s") {
      // "Taiwan's president": a country's role is one actor, like "the Taiwanese president".
      size_t len = 0, posting = 0;
      bool role = !m.agent && !m.person && TakesRole(m.actor);
      const dict::AgentEntry* ag = role ? agent_at(i + 1, &len) : nullptr;
      // "Russia's UN ambassador": the posting named before the role is the country's too.
      if (role && !ag) {
        const dict::ActorEntry* where = actor_at(i + 1, &posting);
        ag = where && where->kind == dict::ActorKind::kActor ? agent_at(i + 1 + posting, &len) : nullptr;
        if (!ag || !IsPosting(ag)) ag = nullptr, posting = 0;
      }
      if (ag) {
        m.agent = ag;
        i += 1 + posting + len;
        // "Britain's ambassador to the United Nations": the posting stays inside.
        if (IsPosting(ag) && i + 1 < n && s.words[i] == "to") {
          size_t j = i + 1 + (s.words[i + 1] == "the");
          size_t clen = 0;
          const dict::ActorEntry* c = actor_at(j, &clen);
          if (c && c->kind == dict::ActorKind::kActor) i = j + clen;
        }
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
    // After "arrived in", "landed in" the capital is the country visited, and stays.
    bool arrival = m.first > 1 && (s.lemmas[m.first - 2] == "arrive" || s.lemmas[m.first - 2] == "land");
    if (m.actor && !m.agent && !m.person && m.first > 0 && IsCapital(m.actor) && !arrival &&
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
    if (m.agent && IsCountryCode(r.code)) {
      // Role, then identity: "Iraqi Kurdish rebels" IRQ + REB + KRD.
      std::string role = IsIdentity(m.agent) ? "" : m.agent->code;
      std::string identity = IsIdentity(m.agent) ? m.agent->code : m.identity ? m.identity->code : "";
      // "Catholic bishop": ELICHR + CHRCTH is ELI + CHRCTH, the religion said once.
      if (role.size() > 3 && !identity.empty() && identity.compare(0, 3, role, 3, 3) == 0) role.resize(3);
      if (r.code.size() == 3) {
        r.code += role + identity;
      } else if (IsCountryIdentity(r.code)) {
        r.code = r.code.substr(0, 3) + role + r.code.substr(3) + identity;  // "Yoruba leaders"
      } else if (IsCapital(m.actor) && r.code.size() == 6 && r.code.compare(3, 3, "GOV") == 0) {
        r.code = r.code.substr(0, 3) + (role.empty() ? "GOV" : role) + identity;  // "Tehran residents"
      }
    }
  } else if (m.person) {
    const dict::DatedCode* c = CodeAt(*m.person, date);
    r.code = c->code;
    if (!c->name.empty()) r.name = c->name;  // an alias shared by several people
  } else {
    return r;  // a bare agent: resolved by context, not here
  }
  if (IsCountryCode(r.code)) r.country = r.code.substr(0, 3);
  return r;
}

bool PersonalPronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "his" || w == "her" || w == "him";
}

bool NamesPerson(const Mention& m, const Sentence& s) {
  if (m.pronoun) return PersonalPronoun(s.words[m.first]);
  if (m.person) return true;
  if (!m.agent || m.last >= s.size()) return false;
  // Bodies and groups that take a role's code but are no one person.
  static constexpr std::array<std::string_view, 26> kBodies = {
      "government", "ministry", "army",      "military",  "police",     "parliament", "court",
      "council",    "administration", "cabinet", "regime", "authorities", "forces",  "office",
      "agency",     "media",    "party",     "coalition", "committee",  "commission", "navy",
      "department", "opposition", "junta",   "assembly",  "militia"};
  std::string_view head = s.words[m.last];
  if (head == "'s" && m.last > m.first) head = s.words[m.last - 1];
  if (std::find(kBodies.begin(), kBodies.end(), head) != kBodies.end()) return false;
  return !(head.size() > 3 && head.back() == 's' && !head.ends_with("ss"));
}

}  // namespace dyad::code
