#include "custos/sqldb/schema_migration.h"

#include <chrono>

namespace custos::sqldb {

Result<MigrationOutcome> migrateSchema(Database& db, std::span<const std::string_view> migrations,
                                       const std::string& newerMessage, bool backupFirst) {
    auto version = db.queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    MigrationOutcome outcome;
    outcome.from = static_cast<int>(*version);
    outcome.to = static_cast<int>(migrations.size());
    if (outcome.from > outcome.to)
        return makeError(ErrorCode::FailedPrecondition,
                         newerMessage + " (schema " + std::to_string(outcome.from) +
                             ", this build knows " + std::to_string(outcome.to) + ")");
    if (backupFirst && outcome.from > 0 && outcome.from < outcome.to) {
        // Keep a copy first, so a failed or regretted upgrade can be undone by restoring it.
        const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
        outcome.backupPath =
            db.path() + ".before-schema-" + std::to_string(outcome.to) + "-" + std::to_string(now);
        CUSTOS_TRY(db.backupTo(outcome.backupPath));
    }
    for (int next = outcome.from + 1; next <= outcome.to; ++next) {
        CUSTOS_TRY(inTransaction(db, [&]() -> Status {
            CUSTOS_TRY(db.exec(migrations[static_cast<std::size_t>(next - 1)]));
            return db.exec("PRAGMA user_version = " + std::to_string(next));
        }));
    }
    return outcome;
}

} // namespace custos::sqldb
