#include "context/coref.h"

#include <gtest/gtest.h>

namespace dyad::context {
namespace {

dict::AgentEntry Agent(std::vector<std::string> words, std::string code = "GOV") {
  return dict::AgentEntry{std::move(words), std::move(code), {}};
}

ActorRef Person(std::string code, std::string name) {
  ActorRef r;
  r.code = std::move(code);
  r.name = std::move(name);
  return r;
}

TEST(Coref, RoleClasses) {
  auto fm = Agent({"foreign", "minister"}), pres = Agent({"president"}), lead = Agent({"leader"}),
       amb = Agent({"ambassador"}), pm = Agent({"prime", "minister"}), min = Agent({"minister"}),
       army = Agent({"army"}, "MIL");
  EXPECT_EQ(ClassOf(&fm), RoleClass::kForeignMinister);
  EXPECT_EQ(ClassOf(&pres), RoleClass::kHead);
  EXPECT_EQ(ClassOf(&lead), RoleClass::kHead);
  EXPECT_EQ(ClassOf(&pm), RoleClass::kHead);
  EXPECT_EQ(ClassOf(&amb), RoleClass::kDiplomat);
  EXPECT_EQ(ClassOf(&min), RoleClass::kMinister);
  EXPECT_EQ(ClassOf(&army), RoleClass::kMilitary);
  EXPECT_EQ(ClassOf(nullptr), RoleClass::kNone);
  auto fmin = Agent({"foreign", "ministry"}), office = Agent({"press", "office"});
  EXPECT_EQ(ClassOf(&fmin), RoleClass::kInstitution);
  EXPECT_EQ(ClassOf(&office), RoleClass::kInstitution);
}

TEST(Coref, TheKazakhLeaderIsThePresidentNotTheMinister) {
  PersonMemory mem;
  mem.Remember(Person("KAZGOV", "Kasymzhomart Tokayev"), RoleClass::kForeignMinister);
  mem.Remember(Person("KAZGOV", "Nursultan Nazarbayev"), RoleClass::kHead);
  mem.Remember(Person("IRNGOV", "Mahmoud Ahmadinejad"), RoleClass::kHead);
  EXPECT_EQ(mem.Find("KAZ", RoleClass::kHead)->name, "Nursultan Nazarbayev");
  EXPECT_EQ(mem.Find("KAZ", RoleClass::kForeignMinister)->name, "Kasymzhomart Tokayev");
  EXPECT_EQ(mem.Find("", RoleClass::kHead)->name, "Mahmoud Ahmadinejad");
  EXPECT_EQ(mem.Find("KAZ", RoleClass::kMinister)->name, "Kasymzhomart Tokayev");
  EXPECT_FALSE(mem.Find("DEU", RoleClass::kHead).has_value());
  EXPECT_FALSE(mem.Find("KAZ", RoleClass::kMilitary).has_value());
}

TEST(Coref, TheEuropeanDiplomatIsTheOrganisationsEnvoy) {
  PersonMemory mem;
  mem.Remember(Person("IGOEUREEC", "Javier Solana"), RoleClass::kOther);
  mem.Remember(Person("KAZGOV", "Kasymzhomart Tokayev"), RoleClass::kForeignMinister);
  EXPECT_EQ(mem.Find("IGOEUREEC", RoleClass::kDiplomat)->name, "Javier Solana");
}

TEST(Coref, PeopleWithoutATitleFitAnyRoleAndTheLatestWins) {
  PersonMemory mem;
  mem.Remember(Person("IRNGOV", "Manouchehr Mottaki"), RoleClass::kNone);
  EXPECT_EQ(mem.Find("IRN", RoleClass::kForeignMinister)->name, "Manouchehr Mottaki");
  mem.Remember(Person("IRNGOV", "Mehdi Safari"), RoleClass::kForeignMinister);
  EXPECT_EQ(mem.Find("IRN", RoleClass::kForeignMinister)->name, "Mehdi Safari");
  // Mentioned again without a title: keeps the role it was introduced with.
  mem.Remember(Person("IRNGOV", "Manouchehr Mottaki"), RoleClass::kNone);
  EXPECT_EQ(mem.Find("IRN", RoleClass::kHead)->name, "Manouchehr Mottaki");
}

TEST(Coref, NamelessRefsAreNotRemembered) {
  PersonMemory mem;
  mem.Remember(Person("KAZGOV", ""), RoleClass::kHead);
  EXPECT_FALSE(mem.Find("KAZ", RoleClass::kHead).has_value());
}

}  // namespace
}  // namespace dyad::context
