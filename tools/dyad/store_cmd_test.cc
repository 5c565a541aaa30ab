// `dyad store version` and `dyad store migrate` on both backends: a store taken back to
// schema version 2 is brought to the current version by migrate, which says so, keeps
// its rows, and changes nothing when run again; a reader refuses the old store first.
#include <gtest/gtest.h>

#include "cli_test_util.h"
#include "store/schema.h"
#include "store/store_test_util.h"

namespace dyad::store {
namespace {

using ::dyad::testing::RunDyad;

class StoreCommand : public ::testing::TestWithParam<testing::Backend> {};
INSTANTIATE_TEST_SUITE_P(Backends, StoreCommand,
                         ::testing::Values(testing::Backend::kSqlite, testing::Backend::kPostgres),
                         testing::BackendParamName);

TEST_P(StoreCommand, MigrateBringsAVersionTwoStoreToTheCurrentVersion) {
  DYAD_TEMP_STORE(db, "migrate_cmd");
  {
    auto s = Store::Open(db);
    ASSERT_TRUE(s.ok()) << s.status().message();
    ASSERT_TRUE(s.value()->Begin().ok());
    ASSERT_TRUE(s.value()->Write(testing::MakeDoc("d1", "Iran visited Germany.", "2019-04-10",
        {testing::MakeEvent("d1", 0, "IRN", "DEU", "042", "2019-04-10", "Iran visited Germany.")})).ok());
    ASSERT_TRUE(s.value()->Commit().ok());
    ASSERT_TRUE(s.value()->db().Exec("DROP VIEW events_v; ALTER TABLE events DROP COLUMN date_precision;"
                                     " DELETE FROM schema_version WHERE version=3").ok());
  }
  const std::string q = "'" + db + "'";
  auto v = RunDyad("store version --db " + q);
  EXPECT_EQ(v.exit_code, 0) << v.err;
  EXPECT_EQ(v.out, "2\n");
  auto refused = RunDyad("export --db " + q);
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("dyad store migrate"), std::string::npos) << refused.err;

  auto m = RunDyad("store migrate --db " + q);
  EXPECT_EQ(m.exit_code, 0) << m.err;
  EXPECT_NE(m.out.find("schema version 2 -> " + std::to_string(kSchemaVersion)), std::string::npos) << m.out;
  v = RunDyad("store version --db " + q);
  EXPECT_EQ(v.out, std::to_string(kSchemaVersion) + "\n");
  auto again = RunDyad("store migrate --db " + q);
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("up to date"), std::string::npos) << again.out;
  auto e = RunDyad("export --db " + q);
  EXPECT_EQ(e.exit_code, 0) << e.err;
  EXPECT_NE(e.out.find("\"date_precision\":\"day\""), std::string::npos) << e.out;
}

TEST(StoreCommandErrors, AMissingStoreIsAnErrorNamingIt) {
  auto m = RunDyad("store migrate --db /nonexistent/dir/x.db");
  EXPECT_EQ(m.exit_code, 2);
  EXPECT_NE(m.err.find("/nonexistent/dir/x.db"), std::string::npos) << m.err;
}

}  // namespace
}  // namespace dyad::store
