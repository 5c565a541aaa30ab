// context/coref.h: who "the Kazakh leader" and "the foreign minister" are.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dict/model.h"
#include "dyad/event.h"

namespace dyad::context {

// Coarse classes of roles, so that "the Kazakh leader" can find "President Nazarbayev"
// and "the European diplomat" an envoy or commissioner.
// kInstitution is a body, not a person ("the foreign ministry", "the press office").
enum class RoleClass { kNone, kHead, kForeignMinister, kMinister, kDiplomat, kMilitary, kOther, kInstitution };

// The class of an agent phrase: "president", "leader", "prime minister" -> kHead;
// "foreign minister" -> kForeignMinister; "ambassador", "envoy", "diplomat" -> kDiplomat;
// "ministry", "office", "government", "embassy" -> kInstitution.
// nullptr -> kNone.
RoleClass ClassOf(const dict::AgentEntry* agent);

// Remembers the people a document has named, most recent last, and finds the one a
// definite description refers to. Not thread-safe; one per document being coded.
class PersonMemory {
 public:
  // `ref` must carry a name. `role` is the title the person was introduced with.
  void Remember(const ActorRef& ref, RoleClass role);

  // The most recent person whose code starts with `code_prefix` ("KAZ", "IGOEUREEC";
  // "" matches any) and whose role is compatible with `role`: the same class, or
  // kDiplomat for a person whose code is an organisation's, or a person introduced with
  // no title. Foreign ministers are also ministers.
  std::optional<ActorRef> Find(std::string_view code_prefix, RoleClass role) const;

 private:
  struct Entry {
    ActorRef ref;
    RoleClass role;
  };
  std::vector<Entry> people_;
};

}  // namespace dyad::context
