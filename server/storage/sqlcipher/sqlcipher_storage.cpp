// SqlCipherStorage: opening, schema, organisation, users, devices, enrolment, stats.
#include "sqlcipher_storage.h"

#include "storage_internal.h"

#include "schema.h"

#include "custos/sqldb/schema_migration.h"

namespace custos::storage {
namespace {

Result<User> readUser(const sqldb::Statement& stmt) {
    User user;
    user.id = stmt.columnText(0);
    user.displayName = stmt.columnText(1);
    auto role = enumFromString<Role>(stmt.columnText(2));
    if (!role)
        return makeError(ErrorCode::Corrupt, "stored user has an unknown role");
    user.role = *role;
    user.active = stmt.columnInt(3) != 0;
    return user;
}

} // namespace

Result<std::unique_ptr<SqlCipherStorage>>
SqlCipherStorage::open(const std::string& path, const std::string& hexKey, std::int64_t maxBytes) {
    auto db = sqldb::Database::open({path, hexKey, sqldb::KeyKind::RawHex, true});
    if (!db)
        return db.error();
    if (maxBytes > 0)
        CUSTOS_TRY((*db)->limitSize(maxBytes));
    // 64 MiB of decrypted pages: review queries and exports revisit the same pages, and each
    // miss costs a decryption and an HMAC check.
    CUSTOS_TRY((*db)->exec("PRAGMA cache_size = -65536"));
    // A device drops an op from its outbox once the server has acknowledged it, so an
    // acknowledged push must survive a power cut: the WAL is synced at every commit (NORMAL
    // only syncs at checkpoints). Group commit makes that one sync per group of pushes.
    CUSTOS_TRY((*db)->exec("PRAGMA synchronous = FULL"));
    std::unique_ptr<SqlCipherStorage> storage(new SqlCipherStorage(std::move(db.value())));
    CUSTOS_TRY(storage->migrate());
    // Figures are derived data: after an upgrade that introduced them (or any loss) they are
    // rebuilt from the visits' own data before the server answers anything.
    CUSTOS_TRY(storage->rebuildStatsIfIncomplete());
    return storage;
}

Status SqlCipherStorage::migrate() {
    static_assert(schema::kMigrations.size() == kSchemaVersion);
    auto outcome = sqldb::migrateSchema(
        *db_, schema::kMigrations,
        "the database was written by a newer Custos; upgrade custosd or restore a backup", true);
    if (!outcome)
        return outcome.error();
    upgradeBackup_ = outcome->backupPath;
    return {};
}

Status SqlCipherStorage::transact(const std::function<Status()>& fn) {
    const Status status = sqldb::inTransaction(*db_, fn);
    if (!status.ok())
        cache_ = ReadCache{};
    return status;
}

Status SqlCipherStorage::syncCacheLocked() {
    auto version = db_->queryInt("PRAGMA data_version");
    if (!version)
        return version.error();
    if (*version != cache_.dataVersion) {
        cache_ = ReadCache{};
        cache_.dataVersion = *version;
    }
    return {};
}

Status SqlCipherStorage::setOrganisationName(const std::string& name) {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("INSERT INTO meta(key, value) VALUES('organisation', ?1) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, name).run();
}

Status SqlCipherStorage::putUser(const User& user) {
    std::lock_guard lock(mutex_);
    auto stmt =
        db_->prepare("INSERT INTO users(id, display_name, role, active) VALUES(?1, ?2, ?3, ?4) "
                     "ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name, "
                     "role = excluded.role, active = excluded.active");
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, user.id)
        .bind(2, user.displayName)
        .bind(3, toString(user.role))
        .bind(4, std::int64_t{user.active ? 1 : 0})
        .run();
}

Result<User> SqlCipherStorage::findUser(const std::string& userId) {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT id, display_name, role, active FROM users WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, userId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, "no user with id " + userId);
    return readUser(*stmt);
}

Result<std::vector<User>> SqlCipherStorage::listUsers() {
    std::lock_guard lock(mutex_);
    auto stmt =
        db_->prepare("SELECT id, display_name, role, active FROM users ORDER BY display_name");
    if (!stmt)
        return stmt.error();
    return sqldb::collectRows<User>(*stmt, readUser);
}

Status SqlCipherStorage::addEnrolmentCode(const std::string& codeHash, const std::string& userId,
                                          std::int64_t expiresAtMs) {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare(
        "INSERT INTO enrolment_codes(code_hash, user_id, expires_at_ms) VALUES(?1, ?2, ?3)");
    if (!stmt)
        return stmt.error();
    auto status = stmt->bind(1, codeHash).bind(2, userId).bind(3, expiresAtMs).run();
    if (!status.ok() && status.error().code == ErrorCode::AlreadyExists)
        return makeError(ErrorCode::NotFound, "no user with id " + userId);
    return status;
}

Result<User> SqlCipherStorage::redeemEnrolmentCode(const std::string& codeHash, std::int64_t nowMs,
                                                   const Device& device,
                                                   const std::string& credentialHash) {
    std::lock_guard lock(mutex_);
    std::string userId;
    const Status status = transact([&]() -> Status {
        auto find = db_->prepare(
            "SELECT user_id, expires_at_ms, used_at_ms FROM enrolment_codes WHERE code_hash = ?1");
        if (!find)
            return find.error();
        find->bind(1, codeHash);
        auto row = find->step();
        if (!row)
            return row.error();
        if (!*row)
            return makeError(ErrorCode::Unauthenticated,
                             "this enrolment code is not valid; check it or ask your "
                             "administrator for a new one");
        if (!find->isNull(2))
            return makeError(ErrorCode::Unauthenticated,
                             "this enrolment code has already been used; ask your administrator "
                             "for a new one");
        if (find->columnInt(1) < nowMs)
            return makeError(ErrorCode::Unauthenticated,
                             "this enrolment code has expired; ask your administrator for a new "
                             "one");
        userId = find->columnText(0);
        auto markUsed =
            db_->prepare("UPDATE enrolment_codes SET used_at_ms = ?2 WHERE code_hash = ?1");
        if (!markUsed)
            return markUsed.error();
        CUSTOS_TRY(markUsed->bind(1, codeHash).bind(2, nowMs).run());
        auto insert =
            db_->prepare("INSERT INTO devices(id, user_id, name, credential_hash, enrolled_at_ms) "
                         "VALUES(?1, ?2, ?3, ?4, ?5)");
        if (!insert)
            return insert.error();
        CUSTOS_TRY(insert->bind(1, device.id)
                       .bind(2, userId)
                       .bind(3, device.name)
                       .bind(4, credentialHash)
                       .bind(5, nowMs)
                       .run());
        return appendAuditLocked({0, nowMs, userId, device.id, "device.enrolled", device.id, {}});
    });
    if (!status.ok())
        return status.error();
    auto stmt = db_->prepare("SELECT id, display_name, role, active FROM users WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, userId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::Corrupt, "enrolment code names a missing user");
    return readUser(*stmt);
}

Result<std::vector<Device>> SqlCipherStorage::listDevices() {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT id, user_id, name, revoked, enrolled_at_ms FROM devices "
                             "ORDER BY enrolled_at_ms DESC, id");
    if (!stmt)
        return stmt.error();
    return sqldb::collectRows<Device>(*stmt, [](const sqldb::Statement& row) -> Result<Device> {
        return Device{row.columnText(0), row.columnText(1), row.columnText(2),
                      row.columnInt(3) != 0, row.columnInt(4)};
    });
}

Status SqlCipherStorage::revokeDevice(const std::string& deviceId) {
    std::lock_guard lock(mutex_);
    return transact([&]() -> Status {
        auto stmt = db_->prepare("UPDATE devices SET revoked = 1 WHERE id = ?1");
        if (!stmt)
            return stmt.error();
        CUSTOS_TRY(stmt->bind(1, deviceId).run());
        if (db_->changes() == 0)
            return makeError(ErrorCode::NotFound, "no device with id " + deviceId);
        return appendAuditLocked({0,
                                  static_cast<std::int64_t>(systemMillis()),
                                  "local-admin",
                                  {},
                                  "device.revoked",
                                  deviceId,
                                  {}});
    });
}

Result<Caller> SqlCipherStorage::authenticate(const std::string& credentialHash) {
    std::lock_guard lock(mutex_);
    auto cached = db_->cached("SELECT d.id, d.user_id, u.role, d.revoked, u.active FROM devices d "
                              "JOIN users u ON u.id = d.user_id WHERE d.credential_hash = ?1");
    if (!cached)
        return cached.error();
    sqldb::Statement* stmt = *cached;
    stmt->bind(1, credentialHash);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::Unauthenticated, "unknown device credential; enrol again");
    const bool revoked = stmt->columnInt(3) != 0;
    const bool active = stmt->columnInt(4) != 0;
    auto role = enumFromString<Role>(stmt->columnText(2));
    Caller caller{stmt->columnText(1), stmt->columnText(0), Role::Monitor};
    // A cached statement left on a row would keep this connection's read snapshot open, and a
    // revocation committed by custosctl would go unseen.
    stmt->reset();
    if (revoked)
        return makeError(ErrorCode::Unauthenticated,
                         "this device has been revoked; contact your administrator");
    if (!active)
        return makeError(ErrorCode::Unauthenticated, "this user account is disabled");
    if (!role)
        return makeError(ErrorCode::Corrupt, "stored user has an unknown role");
    caller.role = *role;
    return caller;
}

Result<StoreStats> SqlCipherStorage::stats() {
    std::lock_guard lock(mutex_);
    StoreStats s;
    auto count = [&](std::string_view sql, auto& out) -> Status {
        auto value = db_->queryInt(sql);
        if (!value)
            return value.error();
        out = static_cast<std::remove_reference_t<decltype(out)>>(*value);
        return {};
    };
    CUSTOS_TRY(count("SELECT count(*) FROM users", s.users));
    CUSTOS_TRY(count("SELECT count(*) FROM devices WHERE revoked = 0", s.devices));
    CUSTOS_TRY(count("SELECT count(*) FROM facilities", s.facilities));
    CUSTOS_TRY(count("SELECT count(*) FROM cycles", s.cycles));
    CUSTOS_TRY(count("SELECT count(*) FROM visits", s.visits));
    CUSTOS_TRY(count("SELECT count(*) FROM templates", s.templates));
    CUSTOS_TRY(count("SELECT count(*) FROM observations", s.observations));
    CUSTOS_TRY(count("SELECT count(*) FROM records", s.records));
    CUSTOS_TRY(count("SELECT COALESCE(max(seq), 0) FROM changes", s.lastSeq));
    CUSTOS_TRY(count("PRAGMA user_version", s.schemaVersion));
    auto org = db_->prepare("SELECT value FROM meta WHERE key = 'organisation'");
    if (!org)
        return org.error();
    auto row = org->step();
    if (!row)
        return row.error();
    if (*row)
        s.organisationName = org->columnText(0);
    return s;
}

Status SqlCipherStorage::backupTo(const std::string& path) {
    std::lock_guard lock(mutex_);
    return db_->backupTo(path);
}

} // namespace custos::storage
