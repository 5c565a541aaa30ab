// code/actor_refs.cc: see actor_refs.h.
#include "code/actor_refs.h"

#include <cctype>
#include <utility>

namespace dyad::code {

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

bool PronounSource(const ActorRef& a) {
  std::string w = a.text;
  for (auto& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return w == "it" || w == "he" || w == "she" || w == "they" || w == "we";
}

bool StateActor(const ActorRef& a) {
  if (a.country.empty() || a.code.size() == 3) return !a.country.empty();
  std::string_view role = std::string_view(a.code).substr(3, 3);
  return role == "GOV" || role == "MIL" || role == "COP" || role == "JUD" || role == "LEG" ||
         role == "SPY";
}

bool Oppositional(const ActorRef& a) {
  if (a.country.empty() || a.code.size() < 6) return false;
  std::string_view role = std::string_view(a.code).substr(3, 3);
  return role == "OPP" || role == "REB" || role == "INS" || role == "SEP";
}

bool Compatriots(const ActorRef& a, const ActorRef& b) {
  if (a.country.empty() || a.country != b.country) return false;
  return !((StateActor(a) && Oppositional(b)) || (Oppositional(a) && StateActor(b)));
}

bool SameSide(const ActorRef& a, const ActorRef& b) {
  return a.code == b.code || (!a.country.empty() && a.country == b.country && StateActor(a) &&
                              StateActor(b));
}

void DistinctCodes(std::vector<std::optional<ActorRef>>* actors) {
  std::vector<std::optional<ActorRef>> out;
  for (auto& a : *actors) {
    bool seen = false;
    for (const auto& o : out) seen = seen || (a && o && a->code == o->code);
    if (!seen) out.push_back(std::move(a));
  }
  *actors = std::move(out);
}

}  // namespace dyad::code
