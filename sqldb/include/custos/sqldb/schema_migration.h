#pragma once
// Versioned schemas for the client and server databases: migration N takes version N-1 to N.

#include "custos/sqldb/database.h"

#include <span>
#include <string>
#include <string_view>

namespace custos::sqldb {

/// What a migration run did.
struct MigrationOutcome {
    int from = 0;
    int to = 0;
    std::string backupPath; ///< the copy made before upgrading an existing database, or empty
};

/// Brings the database to the newest version in `migrations`, each step in its own transaction.
/// An existing database is first copied (encrypted, consistent) beside itself when `backupFirst`;
/// a database newer than this build is refused with `newerMessage`.
[[nodiscard]] Result<MigrationOutcome> migrateSchema(Database& db,
                                                     std::span<const std::string_view> migrations,
                                                     const std::string& newerMessage,
                                                     bool backupFirst);

} // namespace custos::sqldb
