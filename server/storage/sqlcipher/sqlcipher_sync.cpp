// SqlCipherStorage: the sync path (applying pushed operations, the change feed).
#include "sqlcipher_storage.h"

#include "storage_internal.h"

#include "custos/core/entity_json.h"
#include "custos/core/hlc.h"
#include "custos/sqldb/observation_rows.h"

namespace custos::storage {
using namespace detail;
namespace {

bool seesEverything(Role role) {
    return role == Role::Coordinator || role == Role::Admin;
}

/// Stores a decoded entity in a change, or passes the decoding error on.
template <typename T> Status decodeInto(decltype(Change::entity)& entity, Result<T> decoded) {
    if (!decoded)
        return decoded.error();
    entity = std::move(decoded).value();
    return {};
}

} // namespace

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
    CUSTOS_TRY((*insert)
                   ->bind(1, kind)
                   .bind(2, entityId)
                   .bind(3, visitId)
                   .bind(4, facilityId)
                   .bind(5, cycleId)
                   .run());
    return static_cast<std::uint64_t>(db_->lastInsertRowId());
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
    // Every accepted op appends to the audit chain; within this one transaction the head is ours,
    // so it is carried from op to op instead of being read back each time.
    inBatch_ = true;
    batchAuditHead_.reset();
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
    inBatch_ = false;
    batchAuditHead_.reset();
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
    return sqldb::collectRows<ChangeRecord>(
        *stmt, [](const sqldb::Statement& row) -> Result<ChangeRecord> {
            ChangeRecord change;
            change.seq = static_cast<std::uint64_t>(row.columnInt(0));
            const std::string kind = row.columnText(1);
            const std::string body = row.columnText(3);
            Status decoded;
            if (kind == kKindObservation)
                decoded = decodeInto(change.entity, sqldb::readObservation(row, 4));
            else if (kind == kKindFacility)
                decoded = decodeInto(change.entity, facilityFromJson(body));
            else if (kind == kKindCycle)
                decoded = decodeInto(change.entity, cycleFromJson(body));
            else if (kind == kKindVisit)
                decoded = decodeInto(change.entity, visitFromJson(body));
            else if (kind == kKindTemplate)
                decoded = decodeInto(change.entity, checklistFromJson(body));
            else
                decoded =
                    makeError(ErrorCode::Corrupt, "change feed holds an unknown kind: " + kind);
            CUSTOS_TRY(decoded);
            return change;
        });
}

Status SqlCipherStorage::runCached(const std::string& sql) {
    auto stmt = db_->cached(sql);
    if (!stmt)
        return stmt.error();
    return (*stmt)->run();
}

Result<std::vector<Observation>> SqlCipherStorage::observationsOfVisit(const std::string& visitId) {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare(std::string("SELECT ") + sqldb::kObservationColumns +
                             " FROM observations WHERE visit_id = ?1 ORDER BY seq");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, visitId);
    return sqldb::collectRows<Observation>(
        *stmt, [](const sqldb::Statement& row) { return sqldb::readObservation(row, 0); });
}

} // namespace custos::storage
