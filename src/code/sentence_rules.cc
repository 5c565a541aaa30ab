// code/sentence_rules.cc: see sentence_rules.h.
#include "code/sentence_rules.h"

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "code/actor_refs.h"
#include "ontology/cameo.h"

namespace dyad::code {

void SetCode(Event* e, std::string code) {
  e->code = std::move(code);
  e->root = ontology::RootOf(e->code);
  if (const auto* c = ontology::FindCameo(e->code)) {
    e->goldstein = c->goldstein;
    e->quad = c->quad;
    e->plover = std::string(c->plover);
  }
}

bool ConflictRoot(std::string_view code) {
  std::string_view r = code.substr(0, 2);
  return (r >= "11" && r <= "13") || (r >= "15" && r <= "20");
}

bool Reciprocal(std::string_view code) {
  return code.substr(0, 2) == "03" || code.substr(0, 2) == "04" || code.substr(0, 2) == "05" ||
         code.substr(0, 2) == "06" || code == "190";
}

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

std::optional<ActorRef> Accuser(const std::vector<Event>& events, const ActorRef& source) {
  for (auto e = events.rbegin(); e != events.rend(); ++e)
    if (e->source && e->target && SameSide(*e->target, source) && !SameSide(*e->source, source))
      return e->source;
  return std::nullopt;
}

std::optional<ActorRef> DiscoursePartner(const std::vector<Event>& events, const ActorRef& source) {
  for (auto e = events.rbegin(); e != events.rend(); ++e) {
    if (!e->source || !e->target) continue;
    if (SameSide(*e->source, source) && !SameSide(*e->target, source)) return e->target;
    if (SameSide(*e->target, source) && !SameSide(*e->source, source)) return e->source;
  }
  return std::nullopt;
}

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
    // Nor are the speaker's compatriots ("the state department said the protection of US
    // citizens is its priority"), only their state's adversaries at home ("Ankara argues
    // that the PKK ...").
    std::erase_if(to, [&](const ActorRef& r) { return Compatriots(*e.source, r); });
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

void ProtestPurpose(std::vector<Event>* events, size_t first) {
  for (size_t k = first; k < events->size(); ++k) {
    Event& p = (*events)[k];
    if (p.code.size() != 3 || p.code < "141" || p.code > "145") continue;
    for (size_t j = first; j < events->size(); ++j) {
      const std::string& d = (*events)[j].code;
      if (d.size() == 4 && (d.compare(0, 3, "104") == 0 || d.compare(0, 3, "024") == 0) &&
          d[3] >= '1' && d[3] <= '4' && (*events)[j].source->country == p.source->country) {
        if (ontology::FindCameo(p.code + d[3])) SetCode(&p, p.code + d[3]);
        break;
      }
    }
  }
}

void DropRedundantStatements(std::vector<Event>* events, size_t first) {
  auto said = [](const Event& e) { return e.code == "010"; };
  std::vector<std::string> speakers;  // sources of the sentence's specific events
  for (size_t k = first; k < events->size(); ++k)
    if (!said((*events)[k])) {
      speakers.push_back((*events)[k].source->code);
      if (PronounSource(*(*events)[k].source) && !(*events)[k].source->country.empty())
        speakers.push_back("country:" + (*events)[k].source->country);
    }
  std::sort(speakers.begin(), speakers.end());
  auto spoke = [&](const std::string& key) {
    return std::binary_search(speakers.begin(), speakers.end(), key);
  };
  auto redundant = [&](const Event& e) {
    return said(e) && (spoke(e.source->code) ||
                       (!e.source->country.empty() && spoke("country:" + e.source->country)));
  };
  events->erase(std::remove_if(events->begin() + first, events->end(), redundant), events->end());
}

}  // namespace dyad::code
