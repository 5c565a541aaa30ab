// tools/dyad/store_cmd.cc: `dyad store migrate` and `dyad store version`.
//
// migrate brings an existing store (a SQLite file that exists, or a PostgreSQL database)
// to the schema version this dyad writes, applying the missing migrations in one
// transaction (store/schema.h), and says what it did; version prints the version a store
// holds. Exit codes: 0 done, 2 an error (no such file, not a dyad store, a newer version).
#include "store_cmd.h"

#include <iostream>
#include <memory>
#include <string>

#include "store/schema.h"
#include "store/sqlite.h"

namespace dyad::cli {
namespace {

struct StoreArgs {
  std::string db;
};

int Fail(const std::string& what, const Status& s) {
  std::cerr << "dyad store " << what << ": " << s.message() << "\n";
  return 2;
}

int RunMigrate(const StoreArgs& a) {
  auto db = store::Db::Open(a.db, /*create=*/false, /*read_only=*/false);
  if (!db.ok()) return Fail("migrate", db.status());
  auto before = store::SchemaVersion(*db.value());
  if (!before.ok()) return Fail("migrate", before.status());
  Status s = store::Migrate(*db.value());
  if (!s.ok()) return Fail("migrate", s);
  auto after = store::SchemaVersion(*db.value());
  if (!after.ok()) return Fail("migrate", after.status());
  if (before.value() == after.value()) {
    std::cout << db.value()->path() << ": schema version " << after.value() << ", up to date\n";
  } else {
    std::cout << db.value()->path() << ": schema version " << before.value() << " -> " << after.value() << "\n";
  }
  return 0;
}

int RunVersion(const StoreArgs& a) {
  auto db = store::Db::Open(a.db, /*create=*/false, /*read_only=*/true);
  if (!db.ok()) return Fail("version", db.status());
  auto v = store::SchemaVersion(*db.value());
  if (!v.ok()) return Fail("version", v.status());
  std::cout << v.value() << "\n";
  return 0;
}

}  // namespace

void AddStoreCommand(CLI::App& app, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("store", "Store maintenance: schema version and migration");
  cmd->require_subcommand(1);
  auto margs = std::make_shared<StoreArgs>();
  CLI::App* migrate = cmd->add_subcommand(
      "migrate", "Upgrade a store (SQLite file or postgresql:// URI) to this dyad's schema version");
  migrate->add_option("--db", margs->db, "The store: a file, or postgresql://...")->required();
  migrate->callback([margs, exit_code] { *exit_code = RunMigrate(*margs); });
  auto vargs = std::make_shared<StoreArgs>();
  CLI::App* version = cmd->add_subcommand("version", "Print the schema version a store holds (0: none)");
  version->add_option("--db", vargs->db, "The store: a file, or postgresql://...")->required();
  version->callback([vargs, exit_code] { *exit_code = RunVersion(*vargs); });
}

}  // namespace dyad::cli
