#include "sqlcipher_storage.h"

#include "schema.h"

#include "custos/core/entity_json.h"
#include "custos/core/hlc.h"
#include "custos/sqldb/observation_rows.h"

#include <openssl/evp.h>

#include <string_view>
#include <tuple>

namespace custos::storage {
namespace {

constexpr std::string_view kKindFacility = "facility";
constexpr std::string_view kKindCycle = "visit_cycle";
constexpr std::string_view kKindVisit = "visit";
constexpr std::string_view kKindTemplate = "checklist_template";
constexpr std::string_view kKindObservation = "observation";

bool seesEverything(Role role) {
    return role == Role::Coordinator || role == Role::Admin;
}

const std::string kGenesisHash(64, '0');

/// Stores a decoded entity in a change, or passes the decoding error on.
template <typename T> Status decodeInto(decltype(Change::entity)& entity, Result<T> decoded) {
    if (!decoded)
        return decoded.error();
    entity = std::move(decoded).value();
    return {};
}

AuditEntry readAuditEntry(const sqldb::Statement& stmt) {
    return {static_cast<std::uint64_t>(stmt.columnInt(0)),
            stmt.columnInt(1),
            stmt.columnText(2),
            stmt.columnText(3),
            stmt.columnText(4),
            stmt.columnText(5),
            stmt.columnText(6)};
}

/// SHA-256 over length-prefixed fields, so no choice of field content can forge a boundary.
std::string chainHash(const std::string& previous, const AuditEntry& e) {
    std::string canonical;
    for (const std::string& field : {previous, std::to_string(e.seq), std::to_string(e.atMs),
                                     e.actorUser, e.actorDevice, e.action, e.entity, e.detail})
        canonical += std::to_string(field.size()) + ":" + field + ";";
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_Digest(canonical.data(), canonical.size(), digest, &size, EVP_sha256(), nullptr);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < size; ++i) {
        out.push_back(hex[digest[i] >> 4]);
        out.push_back(hex[digest[i] & 0x0F]);
    }
    return out;
}

Result<User> readUser(sqldb::Statement& stmt) {
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

Result<std::unique_ptr<SqlCipherStorage>> SqlCipherStorage::open(const std::string& path,
                                                                 const std::string& hexKey) {
    auto db = sqldb::Database::open({path, hexKey, sqldb::KeyKind::RawHex, true});
    if (!db)
        return db.error();
    std::unique_ptr<SqlCipherStorage> storage(new SqlCipherStorage(std::move(db.value())));
    CUSTOS_TRY(storage->migrate());
    return storage;
}

Status SqlCipherStorage::migrate() {
    auto version = db_->queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    const auto current = static_cast<int>(*version);
    if (current > kSchemaVersion)
        return makeError(ErrorCode::FailedPrecondition,
                         "the database was written by a newer Custos (schema " +
                             std::to_string(current) + ", this build knows " +
                             std::to_string(kSchemaVersion) +
                             "); upgrade custosd or restore a backup");
    if (current > 0 && current < kSchemaVersion) {
        // Upgrading an existing database: keep a consistent encrypted copy first, so a failed
        // or regretted upgrade can be undone by restoring it.
        upgradeBackup_ = db_->path() + ".before-schema-" + std::to_string(kSchemaVersion) + "-" +
                         std::to_string(systemMillis());
        CUSTOS_TRY(db_->backupTo(upgradeBackup_));
    }
    for (int next = current + 1; next <= kSchemaVersion; ++next) {
        CUSTOS_TRY(sqldb::inTransaction(*db_, [&]() -> Status {
            CUSTOS_TRY(db_->exec(schema::kMigrations[static_cast<std::size_t>(next - 1)]));
            return db_->exec("PRAGMA user_version = " + std::to_string(next));
        }));
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
    std::vector<User> users;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        auto user = readUser(*stmt);
        if (!user)
            return user.error();
        users.push_back(std::move(user.value()));
    }
    return users;
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
    const Status status = sqldb::inTransaction(*db_, [&]() -> Status {
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
    std::vector<Device> devices;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        devices.push_back({stmt->columnText(0), stmt->columnText(1), stmt->columnText(2),
                           stmt->columnInt(3) != 0, stmt->columnInt(4)});
    }
    return devices;
}

Status SqlCipherStorage::revokeDevice(const std::string& deviceId) {
    std::lock_guard lock(mutex_);
    return sqldb::inTransaction(*db_, [&]() -> Status {
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
    auto stmt = db_->prepare("SELECT d.id, d.user_id, u.role, d.revoked, u.active FROM devices d "
                             "JOIN users u ON u.id = d.user_id WHERE d.credential_hash = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, credentialHash);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::Unauthenticated, "unknown device credential; enrol again");
    if (stmt->columnInt(3) != 0)
        return makeError(ErrorCode::Unauthenticated,
                         "this device has been revoked; contact your administrator");
    if (stmt->columnInt(4) == 0)
        return makeError(ErrorCode::Unauthenticated, "this user account is disabled");
    auto role = enumFromString<Role>(stmt->columnText(2));
    if (!role)
        return makeError(ErrorCode::Corrupt, "stored user has an unknown role");
    return Caller{stmt->columnText(1), stmt->columnText(0), *role};
}

Result<std::uint64_t> SqlCipherStorage::recordChange(std::string_view kind,
                                                     const std::string& entityId,
                                                     const std::string& visitId,
                                                     const std::string& facilityId,
                                                     const std::string& cycleId) {
    if (kind != kKindObservation) {
        // Reference entities: only the newest version stays in the feed.
        auto remove = db_->prepare("DELETE FROM changes WHERE kind = ?1 AND entity_id = ?2");
        if (!remove)
            return remove.error();
        CUSTOS_TRY(remove->bind(1, kind).bind(2, entityId).run());
    }
    auto insert =
        db_->cached("INSERT INTO changes(kind, entity_id, visit_id, facility_id, cycle_id) "
                     "VALUES(?1, ?2, NULLIF(?3, ''), NULLIF(?4, ''), NULLIF(?5, ''))");
    if (!insert)
        return insert.error();
    CUSTOS_TRY((*insert)->bind(1, kind)
                   .bind(2, entityId)
                   .bind(3, visitId)
                   .bind(4, facilityId)
                   .bind(5, cycleId)
                   .run());
    return static_cast<std::uint64_t>(db_->lastInsertRowId());
}

Status SqlCipherStorage::putFacilityLocked(const Facility& facility) {
    auto stmt = db_->prepare("INSERT INTO facilities(id, body) VALUES(?1, ?2) "
                             "ON CONFLICT(id) DO UPDATE SET body = excluded.body");
    if (!stmt)
        return stmt.error();
    CUSTOS_TRY(stmt->bind(1, facility.id).bind(2, toJson(facility)).run());
    auto seq = recordChange(kKindFacility, facility.id, {}, facility.id, {});
    return seq ? Status{} : Status{seq.error()};
}

Status SqlCipherStorage::putFacility(const Facility& facility) {
    std::lock_guard lock(mutex_);
    return sqldb::inTransaction(*db_, [&] { return putFacilityLocked(facility); });
}

Status SqlCipherStorage::putFacilities(const std::vector<Facility>& facilities) {
    std::lock_guard lock(mutex_);
    return sqldb::inTransaction(*db_, [&]() -> Status {
        for (const auto& facility : facilities)
            CUSTOS_TRY(putFacilityLocked(facility));
        return {};
    });
}

template <typename T, typename Decode>
Result<std::vector<T>> SqlCipherStorage::listBodies(const char* sql, Decode decode) {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare(sql);
    if (!stmt)
        return stmt.error();
    std::vector<T> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        auto value = decode(stmt->columnText(0));
        if (!value)
            return value.error();
        out.push_back(std::move(value.value()));
    }
    return out;
}

Result<std::vector<Facility>> SqlCipherStorage::listFacilities() {
    return listBodies<Facility>("SELECT body FROM facilities ORDER BY json_extract(body, '$.name')",
                                facilityFromJson);
}

Result<std::vector<VisitCycle>> SqlCipherStorage::listCycles() {
    return listBodies<VisitCycle>(
        "SELECT body FROM cycles ORDER BY json_extract(body, '$.start'), id", cycleFromJson);
}

Status SqlCipherStorage::putCycle(const VisitCycle& cycle) {
    std::lock_guard lock(mutex_);
    return sqldb::inTransaction(*db_, [&]() -> Status {
        auto stmt = db_->prepare("INSERT INTO cycles(id, body) VALUES(?1, ?2) "
                                 "ON CONFLICT(id) DO UPDATE SET body = excluded.body");
        if (!stmt)
            return stmt.error();
        CUSTOS_TRY(stmt->bind(1, cycle.id).bind(2, toJson(cycle)).run());
        auto seq = recordChange(kKindCycle, cycle.id, {}, {}, cycle.id);
        return seq ? Status{} : Status{seq.error()};
    });
}

Status SqlCipherStorage::putVisit(const Visit& visit) {
    std::lock_guard lock(mutex_);
    return sqldb::inTransaction(*db_, [&]() -> Status {
        auto stmt =
            db_->prepare("INSERT INTO visits(id, facility_id, cycle_id, status, body) "
                         "VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(id) DO UPDATE SET "
                         "facility_id = excluded.facility_id, cycle_id = excluded.cycle_id, "
                         "status = excluded.status, body = excluded.body");
        if (!stmt)
            return stmt.error();
        CUSTOS_TRY(stmt->bind(1, visit.id)
                       .bind(2, visit.facilityId)
                       .bind(3, visit.cycleId)
                       .bind(4, toString(visit.status))
                       .bind(5, toJson(visit))
                       .run());
        auto clear = db_->prepare("DELETE FROM visit_team WHERE visit_id = ?1");
        if (!clear)
            return clear.error();
        CUSTOS_TRY(clear->bind(1, visit.id).run());
        auto member = db_->prepare(
            "INSERT OR REPLACE INTO visit_team(visit_id, user_id, role) VALUES(?1, ?2, ?3)");
        if (!member)
            return member.error();
        for (const auto& m : visit.team)
            CUSTOS_TRY(member->bind(1, visit.id).bind(2, m.userId).bind(3, toString(m.role)).run());
        auto seq = recordChange(kKindVisit, visit.id, visit.id, {}, {});
        if (!seq)
            return seq.error();
        // Someone added to the team may never have seen this facility or cycle: move them to
        // the head of the feed so every device that can now see them receives them.
        for (const auto& [table, kind, id] :
             {std::tuple{"facilities", kKindFacility, visit.facilityId},
              std::tuple{"cycles", kKindCycle, visit.cycleId}}) {
            auto exists = db_->prepare(std::string("SELECT 1 FROM ") + table + " WHERE id = ?1");
            if (!exists)
                return exists.error();
            exists->bind(1, id);
            auto row = exists->step();
            if (!row)
                return row.error();
            if (!*row)
                continue;
            auto bumped = recordChange(kind, id, {}, kind == kKindFacility ? id : std::string{},
                                       kind == kKindCycle ? id : std::string{});
            if (!bumped)
                return bumped.error();
        }
        return {};
    });
}

Status SqlCipherStorage::putTemplate(const ChecklistTemplate& checklist) {
    std::lock_guard lock(mutex_);
    return sqldb::inTransaction(*db_, [&]() -> Status {
        const std::string body = checklistToJson(checklist);
        auto existing = db_->prepare("SELECT body FROM templates WHERE id = ?1 AND version = ?2");
        if (!existing)
            return existing.error();
        existing->bind(1, checklist.id).bind(2, checklist.version);
        auto row = existing->step();
        if (!row)
            return row.error();
        if (*row) {
            // Published versions are immutable: the same content is a no-op, other content
            // under the same version is refused.
            if (existing->columnText(0) == body)
                return {};
            return makeError(ErrorCode::AlreadyExists,
                             "checklist " + checklist.id + " version " + checklist.version +
                                 " is already published with different content; publish it "
                                 "under a new version");
        }
        auto stmt = db_->prepare("INSERT INTO templates(id, version, body) VALUES(?1, ?2, ?3)");
        if (!stmt)
            return stmt.error();
        CUSTOS_TRY(stmt->bind(1, checklist.id).bind(2, checklist.version).bind(3, body).run());
        auto seq = recordChange(kKindTemplate, checklist.id + "@" + checklist.version, {}, {}, {});
        return seq ? Status{} : Status{seq.error()};
    });
}

Result<std::vector<Visit>> SqlCipherStorage::listVisits() {
    return listBodies<Visit>("SELECT body FROM visits ORDER BY json_extract(body, '$.start'), id",
                             visitFromJson);
}

Result<std::vector<ChecklistTemplate>> SqlCipherStorage::listTemplates() {
    return listBodies<ChecklistTemplate>("SELECT body FROM templates ORDER BY id, version",
                                         checklistFromJson);
}

Result<Visit> SqlCipherStorage::findVisitLocked(const std::string& visitId) {
    auto stmt = db_->prepare("SELECT body FROM visits WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, visitId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, "no visit with id " + visitId);
    return visitFromJson(stmt->columnText(0));
}

Result<Visit> SqlCipherStorage::findVisit(const std::string& visitId) {
    std::lock_guard lock(mutex_);
    return findVisitLocked(visitId);
}

Result<OpOutcome> SqlCipherStorage::applyOne(const Caller& caller, const ObservationOp& op,
                                             std::map<std::string, std::optional<Visit>>& visits) {
    using Kind = OpOutcome::Kind;
    auto seen = db_->cached("SELECT seq FROM observations WHERE op_id = ?1");
    if (!seen)
        return seen.error();
    (*seen)->bind(1, op.opId);
    auto row = (*seen)->step();
    if (!row)
        return row.error();
    if (*row)
        return OpOutcome{Kind::Duplicate, {}, static_cast<std::uint64_t>((*seen)->columnInt(0))};
    (*seen)->reset();

    const Observation& o = op.observation;
    if (auto valid = validateObservation(o); !valid.ok())
        return OpOutcome{Kind::Rejected, valid.error().message, 0};
    if (o.authorId != caller.userId || o.deviceId != caller.deviceId)
        return OpOutcome{Kind::Rejected, "the observation's author or device is not the caller's",
                         0};
    // A batch usually concerns one visit: read and parse it once per batch.
    auto cached = visits.find(o.visitId);
    if (cached == visits.end()) {
        auto visit = findVisitLocked(o.visitId);
        if (!visit && visit.error().code != ErrorCode::NotFound)
            return visit.error();
        cached = visits
                     .emplace(o.visitId,
                              visit ? std::optional<Visit>(std::move(visit.value())) : std::nullopt)
                     .first;
    }
    if (!cached->second)
        return OpOutcome{Kind::Rejected, "the observation names an unknown visit", 0};
    if (!cached->second->hasMember(caller.userId))
        return OpOutcome{Kind::Rejected, "the caller is not on the team of this visit", 0};

    auto seq = recordChange(kKindObservation, o.id, o.visitId, {}, {});
    if (!seq)
        return seq.error();
    auto insert = db_->cached(
        std::string("INSERT INTO observations(") + sqldb::kObservationColumns +
        ", seq, op_id, received_at_ms) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!insert)
        return insert.error();
    auto inserted = sqldb::bindObservation(**insert, 1, o)
                        .bind(10, static_cast<std::int64_t>(*seq))
                        .bind(11, op.opId)
                        .bind(12, static_cast<std::int64_t>(systemMillis()))
                        .run();
    if (!inserted.ok()) {
        if (inserted.error().code == ErrorCode::AlreadyExists)
            return OpOutcome{Kind::Rejected,
                             "an observation with this id was already received under another "
                             "operation",
                             0};
        return inserted.error();
    }
    CUSTOS_TRY(appendAuditLocked({0, static_cast<std::int64_t>(systemMillis()), caller.userId,
                                  caller.deviceId, "observation.accepted", o.id,
                                  "visit " + o.visitId + " item " + o.itemKey}));
    return OpOutcome{Kind::Accepted, {}, *seq};
}

Result<std::vector<OpOutcome>>
SqlCipherStorage::applyObservations(const Caller& caller, const std::vector<ObservationOp>& ops) {
    std::lock_guard lock(mutex_);
    std::vector<OpOutcome> outcomes;
    outcomes.reserve(ops.size());
    std::map<std::string, std::optional<Visit>> visits;
    const Status status = sqldb::inTransaction(*db_, [&]() -> Status {
        for (const auto& op : ops) {
            // A rejected op must not leave half a change behind: each op gets a savepoint.
            CUSTOS_TRY(runCached("SAVEPOINT op"));
            auto outcome = applyOne(caller, op, visits);
            if (!outcome)
                return outcome.error();
            if (outcome->kind == OpOutcome::Kind::Rejected)
                CUSTOS_TRY(runCached("ROLLBACK TO op"));
            CUSTOS_TRY(runCached("RELEASE op"));
            outcomes.push_back(std::move(outcome.value()));
        }
        return {};
    });
    if (!status.ok())
        return status.error();
    return outcomes;
}

Result<std::vector<ChangeRecord>>
SqlCipherStorage::changesAfter(const Caller& caller, std::uint64_t cursor, std::size_t limit) {
    std::lock_guard lock(mutex_);
    // Monitors see the checklist templates, their own visits (with every team member's
    // observations) and the facilities and cycles of those visits. Coordinators and admins see
    // the whole organisation.
    auto stmt = db_->prepare(R"sql(
SELECT c.seq, c.kind, c.entity_id,
       COALESCE(f.body, cy.body, v.body, t.body),
       o.id, o.visit_id, o.item_key, o.value, o.note, o.source, o.author_id, o.device_id, o.hlc
FROM changes c
LEFT JOIN facilities f ON c.kind = 'facility' AND f.id = c.entity_id
LEFT JOIN cycles cy ON c.kind = 'visit_cycle' AND cy.id = c.entity_id
LEFT JOIN visits v ON c.kind = 'visit' AND v.id = c.entity_id
LEFT JOIN templates t ON c.kind = 'checklist_template' AND t.id || '@' || t.version = c.entity_id
LEFT JOIN observations o ON c.kind = 'observation' AND o.seq = c.seq
WHERE c.seq > ?1 AND (
  ?2 = 1 OR c.kind = 'checklist_template'
  OR c.visit_id IN (SELECT visit_id FROM visit_team WHERE user_id = ?3)
  OR c.facility_id IN (SELECT vv.facility_id FROM visits vv
                       JOIN visit_team tt ON tt.visit_id = vv.id WHERE tt.user_id = ?3)
  OR c.cycle_id IN (SELECT vv.cycle_id FROM visits vv
                    JOIN visit_team tt ON tt.visit_id = vv.id WHERE tt.user_id = ?3))
ORDER BY c.seq LIMIT ?4
)sql");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<std::int64_t>(cursor))
        .bind(2, std::int64_t{seesEverything(caller.role) ? 1 : 0})
        .bind(3, caller.userId)
        .bind(4, static_cast<std::int64_t>(limit));
    std::vector<ChangeRecord> changes;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ChangeRecord change;
        change.seq = static_cast<std::uint64_t>(stmt->columnInt(0));
        const std::string kind = stmt->columnText(1);
        const std::string body = stmt->columnText(3);
        Status decoded;
        if (kind == kKindObservation)
            decoded = decodeInto(change.entity, sqldb::readObservation(*stmt, 4));
        else if (kind == kKindFacility)
            decoded = decodeInto(change.entity, facilityFromJson(body));
        else if (kind == kKindCycle)
            decoded = decodeInto(change.entity, cycleFromJson(body));
        else if (kind == kKindVisit)
            decoded = decodeInto(change.entity, visitFromJson(body));
        else if (kind == kKindTemplate)
            decoded = decodeInto(change.entity, checklistFromJson(body));
        else
            decoded = makeError(ErrorCode::Corrupt, "change feed holds an unknown kind: " + kind);
        CUSTOS_TRY(decoded);
        changes.push_back(std::move(change));
    }
    return changes;
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

Status SqlCipherStorage::runCached(const std::string& sql) {
    auto stmt = db_->cached(sql);
    if (!stmt)
        return stmt.error();
    return (*stmt)->run();
}

Status SqlCipherStorage::appendAuditLocked(AuditEntry entry) {
    auto last = db_->cached("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
    if (!last)
        return last.error();
    auto row = (*last)->step();
    if (!row)
        return row.error();
    const std::string previous = *row ? (*last)->columnText(1) : kGenesisHash;
    entry.seq = *row ? static_cast<std::uint64_t>((*last)->columnInt(0)) + 1 : 1;
    (*last)->reset();
    const std::string hash = chainHash(previous, entry);
    auto insert = db_->cached(
        "INSERT INTO audit_events(seq, at_ms, actor_user, actor_device, action, entity, detail, "
        "prev_hash, hash) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert)
        return insert.error();
    return (*insert)->bind(1, static_cast<std::int64_t>(entry.seq))
        .bind(2, entry.atMs)
        .bind(3, entry.actorUser)
        .bind(4, entry.actorDevice)
        .bind(5, entry.action)
        .bind(6, entry.entity)
        .bind(7, entry.detail)
        .bind(8, previous)
        .bind(9, hash)
        .run();
}

Status SqlCipherStorage::appendAudit(const AuditEntry& entry) {
    std::lock_guard lock(mutex_);
    return sqldb::inTransaction(*db_, [&] { return appendAuditLocked(entry); });
}

Result<AuditVerification> SqlCipherStorage::verifyAudit() {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT seq, at_ms, actor_user, actor_device, action, entity, "
                             "detail, prev_hash, hash FROM audit_events ORDER BY seq");
    if (!stmt)
        return stmt.error();
    AuditVerification v;
    std::string previous = kGenesisHash;
    std::uint64_t expectedSeq = 1;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const AuditEntry e = readAuditEntry(*stmt);
        auto fail = [&](std::string problem) {
            v.firstBadSeq = e.seq;
            v.problem = std::move(problem);
        };
        if (e.seq != expectedSeq)
            fail("event " + std::to_string(expectedSeq) + " is missing (deleted?)");
        else if (stmt->columnText(7) != previous)
            fail("event does not follow the one before it (deleted or reordered events)");
        else if (chainHash(previous, e) != stmt->columnText(8))
            fail("event content does not match its hash (modified)");
        if (v.firstBadSeq != 0)
            return v;
        previous = stmt->columnText(8);
        ++expectedSeq;
        ++v.events;
    }
    v.headHash = previous;
    return v;
}

Result<std::vector<AuditEntry>> SqlCipherStorage::recentAudit(std::size_t limit) {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT seq, at_ms, actor_user, actor_device, action, entity, detail "
                             "FROM audit_events ORDER BY seq DESC LIMIT ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<std::int64_t>(limit));
    std::vector<AuditEntry> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.push_back(readAuditEntry(*stmt));
    }
    return out;
}

Status SqlCipherStorage::backupTo(const std::string& path) {
    std::lock_guard lock(mutex_);
    return db_->backupTo(path);
}

} // namespace custos::storage
