// context/coref.cc: resolving definite descriptions to people named earlier.
//
// News introduces a person once with a title ("Kazakh Foreign Minister Kasymzhomart
// Tokayev") and then refers to them by description ("the Kazakh foreign minister") or
// pronoun. A description carries two clues: a country (or organisation) and a role.
// We keep the people named so far, most recent last, and pick the most recent one both
// clues fit. Roles are compared by class, not by word, because writers vary the word
// ("President Nazarbayev" ... "the Kazakh leader"). Pronouns are left to the coder,
// which sends them to the last sentence's subject.
#include "context/coref.h"

#include <algorithm>

namespace dyad::context {

RoleClass ClassOf(const dict::AgentEntry* agent) {
  if (!agent || agent->words.empty()) return RoleClass::kNone;
  const auto& w = agent->words;
  auto has = [&](std::string_view x) { return std::find(w.begin(), w.end(), x) != w.end(); };
  if (has("ministry") || has("ministries") || has("office") || has("government") ||
      has("embassy") || has("consulate") || has("administration") || has("service") ||
      has("parliament") || has("court"))
    return RoleClass::kInstitution;
  if (has("foreign") && (has("minister") || has("secretary"))) return RoleClass::kForeignMinister;
  if (has("president") || has("leader") || has("premier") || has("chancellor") || has("king") ||
      has("queen") || has("emir") || has("sultan") || has("monarch") ||
      (has("prime") && has("minister")) || (has("head") && has("state")))
    return RoleClass::kHead;
  if (has("ambassador") || has("envoy") || has("diplomat") || has("diplomats") || has("consul") ||
      has("commissioner") || has("negotiator"))
    return RoleClass::kDiplomat;
  if (has("minister") || has("secretary")) return RoleClass::kMinister;
  if (agent->code.find("MIL") != std::string::npos) return RoleClass::kMilitary;
  return RoleClass::kOther;
}

void PersonMemory::Remember(const ActorRef& ref, RoleClass role) {
  if (ref.name.empty()) return;
  // Keep one entry per person, the latest mention with the most informative role.
  for (auto it = people_.begin(); it != people_.end(); ++it)
    if (it->ref.name == ref.name) {
      if (role == RoleClass::kNone) role = it->role;
      people_.erase(it);
      break;
    }
  people_.push_back({ref, role});
}

namespace {

bool Compatible(RoleClass wanted, RoleClass have, const std::string& code) {
  if (have == RoleClass::kNone || wanted == have) return true;
  if (wanted == RoleClass::kMinister && have == RoleClass::kForeignMinister) return true;
  // "the European diplomat" may be an organisation's envoy or commissioner.
  if (wanted == RoleClass::kDiplomat) return code.rfind("IGO", 0) == 0;
  return false;
}

}  // namespace

std::optional<ActorRef> PersonMemory::Find(std::string_view code_prefix, RoleClass role) const {
  for (auto it = people_.rbegin(); it != people_.rend(); ++it) {
    if (it->ref.code.compare(0, code_prefix.size(), code_prefix) != 0) continue;
    if (Compatible(role, it->role, it->ref.code)) return it->ref;
  }
  return std::nullopt;
}

}  // namespace dyad::context
