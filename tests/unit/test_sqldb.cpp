#include "custos/sqldb/database.h"

#include "process.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace custos;
using custos::sqldb::Database;
using custos::sqldb::KeyKind;

TEST(SqlDb, LinkedLibraryIsSqlCipher) {
    EXPECT_TRUE(sqldb::ensureSqlCipher().ok());
    auto db = Database::open({":memory:", std::string(64, 'a'), KeyKind::RawHex, true});
    ASSERT_TRUE(db.ok());
    EXPECT_EQ((*db)->cipherVersion().rfind("4.", 0), 0u) << (*db)->cipherVersion();
}

TEST(SqlDb, RawKeyMustBe64HexDigits) {
    auto db = Database::open({":memory:", "short", KeyKind::RawHex, true});
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::InvalidArgument);
}

TEST(SqlDb, TransactionRollsBackOnFailure) {
    auto db = Database::open({":memory:", "pass phrase", KeyKind::Passphrase, true});
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->exec("CREATE TABLE t (x INTEGER)").ok());
    auto status = sqldb::inTransaction(**db, [&]() -> Status {
        CUSTOS_TRY((*db)->exec("INSERT INTO t VALUES (1)"));
        return makeError(ErrorCode::Internal, "fail on purpose");
    });
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(*(*db)->queryInt("SELECT count(*) FROM t"), 0);
}

TEST(SqlDb, BackupIsEncryptedWithTheSameKey) {
    const auto dir = testkit::freshDir("sqldb-backup");
    const std::string key(64, 'b');
    auto db = Database::open({dir + "/a.db", key, KeyKind::RawHex, true});
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(
        (*db)->exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('secret-marker')").ok());
    ASSERT_TRUE((*db)->backupTo(dir + "/b.db").ok());
    const auto bytes = testkit::readFile(dir + "/b.db");
    ASSERT_FALSE(bytes.empty());
    EXPECT_EQ(bytes.find("SQLite format 3"), std::string::npos);
    EXPECT_EQ(bytes.find("secret-marker"), std::string::npos);
    auto copy = Database::open({dir + "/b.db", key, KeyKind::RawHex, false});
    ASSERT_TRUE(copy.ok()) << copy.error().message;
    EXPECT_EQ(*(*copy)->queryInt("SELECT count(*) FROM t"), 1);
}

TEST(SqlDb, WrongKeyIsReportedAndMissingFileNotCreated) {
    const auto dir = testkit::freshDir("sqldb-wrongkey");
    {
        auto db = Database::open({dir + "/a.db", std::string(64, 'c'), KeyKind::RawHex, true});
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE((*db)->exec("CREATE TABLE t (x)").ok());
    }
    auto wrong = Database::open({dir + "/a.db", std::string(64, 'd'), KeyKind::RawHex, false});
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::WrongKey);
    auto missing = Database::open({dir + "/none.db", std::string(64, 'c'), KeyKind::RawHex, false});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(std::filesystem::exists(dir + "/none.db"));
}
