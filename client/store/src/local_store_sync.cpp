// LocalStore: the outbox, applying pulled changes, withdrawals and backfills.
#include "custos/store/local_store.h"

#include "custos/core/entity_json.h"
#include "custos/core/uuid.h"
#include "custos/sqldb/database.h"
#include "custos/sqldb/observation_rows.h"

namespace custos::store {

using sqldb::bindObservation;
using sqldb::kObservationColumns;
using sqldb::readObservation;

Result<std::vector<PendingOp>> LocalStore::pendingOps(std::size_t limit) {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare(
        "SELECT q.seq, q.op_id, q.kind, o.id, o.visit_id, o.item_key, o.value, o.note, o.source, "
        "o.author_id, o.device_id, o.hlc, r.body FROM outbox q "
        "LEFT JOIN observations o ON q.kind = 'observation' AND o.id = q.entity_id "
        "LEFT JOIN records r ON q.kind != 'observation' AND r.version_id = q.entity_id "
        "ORDER BY q.seq LIMIT ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, static_cast<std::int64_t>(limit));
    return sqldb::collectRows<PendingOp>(
        *stmt, [](const sqldb::Statement& row) -> Result<PendingOp> {
            PendingOp op{row.columnInt(0), row.columnText(1), Observation{}};
            const std::string kind = row.columnText(2);
            if (kind == "observation") {
                auto observation = readObservation(row, 3);
                if (!observation)
                    return observation.error();
                op.payload = std::move(observation).value();
            } else {
                auto record = recordFromJson(kind, row.columnText(12));
                if (!record)
                    return record.error();
                op.payload = std::move(record).value();
            }
            return op;
        });
}

Status LocalStore::acknowledge(
    const std::vector<std::string>& doneOpIds,
    const std::vector<std::pair<std::string, std::string>>& rejectedWithReason) {
    std::lock_guard lock(mutex_);
    return sqldb::inTransaction(*db_, [&]() -> Status {
        auto remove = db_->prepare("DELETE FROM outbox WHERE op_id = ?1");
        if (!remove)
            return remove.error();
        for (const auto& opId : doneOpIds)
            CUSTOS_TRY(remove->bind(1, opId).run());
        // The refused op's content is copied next to the reason: a later purge of its visit
        // (the usual cause: the monitor left the team) must not take it with it.
        auto keep = db_->prepare(R"sql(
INSERT OR REPLACE INTO rejected_ops(op_id, kind, entity_id, reason, rejected_at_ms, payload, visit_id)
SELECT q.op_id, q.kind, q.entity_id, ?2, ?3,
       COALESCE(r.body, json_object('id', o.id, 'visit', o.visit_id, 'item', o.item_key,
                                    'value', json(o.value), 'note', o.note, 'source', o.source,
                                    'hlc', o.hlc)),
       COALESCE(r.visit_id, o.visit_id)
FROM outbox q
LEFT JOIN observations o ON q.kind = 'observation' AND o.id = q.entity_id
LEFT JOIN records r ON q.kind != 'observation' AND r.version_id = q.entity_id
WHERE q.op_id = ?1
)sql");
        if (!keep)
            return keep.error();
        for (const auto& [opId, reason] : rejectedWithReason) {
            CUSTOS_TRY(keep->bind(1, opId)
                           .bind(2, reason)
                           .bind(3, static_cast<std::int64_t>(systemMillis()))
                           .run());
            CUSTOS_TRY(remove->bind(1, opId).run());
        }
        // A withdrawn visit waits for its last op to be acknowledged before it is purged.
        return purgeWithdrawnLocked();
    });
}

Status LocalStore::applyChangesLocked(const std::vector<Change>& changes,
                                      std::uint64_t cursorBefore) {
    auto putBody = [&](const char* table, const std::string& id,
                       const std::string& body) -> Status {
        auto stmt = db_->cached(std::string("INSERT INTO ") + table +
                                "(id, body) VALUES(?1, ?2) ON CONFLICT(id) DO UPDATE SET "
                                "body = excluded.body");
        if (!stmt)
            return stmt.error();
        return (*stmt)->bind(1, id).bind(2, body).run();
    };
    auto userId = meta("user_id");
    if (!userId)
        return userId.error();
    for (const auto& change : changes) {
        Status status = std::visit(
            [&](const auto& e) -> Status {
                using T = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<T, Facility>) {
                    return putBody("facilities", e.id, toJson(e));
                } else if constexpr (std::is_same_v<T, VisitCycle>) {
                    return putBody("cycles", e.id, toJson(e));
                } else if constexpr (std::is_same_v<T, Visit>) {
                    auto known = db_->cached("SELECT 1 FROM visits WHERE id = ?1");
                    if (!known)
                        return known.error();
                    (*known)->bind(1, e.id);
                    auto row = (*known)->step();
                    if (!row)
                        return row.error();
                    // Joined a team after the cursor passed the visit's earlier changes: fetch
                    // them separately, up to where the main feed started for this device.
                    if (!*row && cursorBefore > 0 && e.hasMember(*userId)) {
                        auto backfill = db_->cached(
                            "INSERT OR REPLACE INTO backfills(visit_id, until_seq, cursor) "
                            "VALUES(?1, ?2, 0)");
                        if (!backfill)
                            return backfill.error();
                        CUSTOS_TRY((*backfill)
                                       ->bind(1, e.id)
                                       .bind(2, static_cast<std::int64_t>(cursorBefore))
                                       .run());
                    }
                    auto unwithdraw =
                        db_->cached("DELETE FROM withdrawn_visits WHERE visit_id = ?1");
                    if (!unwithdraw)
                        return unwithdraw.error();
                    CUSTOS_TRY((*unwithdraw)->bind(1, e.id).run());
                    return putBody("visits", e.id, toJson(e));
                } else if constexpr (std::is_same_v<T, ChecklistTemplate>) {
                    auto stmt = db_->cached("INSERT OR REPLACE INTO templates(id, version, body) "
                                            "VALUES(?1, ?2, ?3)");
                    if (!stmt)
                        return stmt.error();
                    return (*stmt)
                        ->bind(1, e.id)
                        .bind(2, e.version)
                        .bind(3, checklistToJson(e))
                        .run();
                } else if constexpr (std::is_same_v<T, Observation>) {
                    (void)clock_.observe(e.hlc);
                    auto stmt = db_->cached(
                        std::string("INSERT INTO observations(") + kObservationColumns +
                        ", server_seq) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                        "ON CONFLICT(id) DO UPDATE SET server_seq = excluded.server_seq");
                    if (!stmt)
                        return stmt.error();
                    return bindObservation(**stmt, 1, e)
                        .bind(10, static_cast<std::int64_t>(change.seq))
                        .run();
                } else if constexpr (std::is_same_v<T, VisitRecord>) {
                    (void)clock_.observe(headerOf(e).hlc);
                    return storeRecordLocked(e, change.seq);
                } else {
                    auto withdraw = db_->cached(
                        "INSERT OR REPLACE INTO withdrawn_visits(visit_id, reason) VALUES(?1, ?2)");
                    if (!withdraw)
                        return withdraw.error();
                    return (*withdraw)->bind(1, e.visitId).bind(2, e.reason).run();
                }
            },
            change.entity);
        CUSTOS_TRY(status);
    }
    return purgeWithdrawnLocked();
}

Status LocalStore::applyPulled(const std::vector<Change>& changes, std::uint64_t newCursor) {
    std::lock_guard lock(mutex_);
    return sqldb::inTransaction(*db_, [&]() -> Status {
        auto cursor = meta("cursor");
        if (!cursor)
            return cursor.error();
        CUSTOS_TRY(applyChangesLocked(changes, cursor->empty() ? 0 : std::stoull(*cursor)));
        return setMeta("cursor", std::to_string(newCursor));
    });
}

Result<std::vector<Backfill>> LocalStore::pendingBackfills() {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT visit_id, until_seq, cursor FROM backfills ORDER BY visit_id");
    if (!stmt)
        return stmt.error();
    return sqldb::collectRows<Backfill>(*stmt, [](const sqldb::Statement& row) -> Result<Backfill> {
        return Backfill{row.columnText(0), static_cast<std::uint64_t>(row.columnInt(1)),
                        static_cast<std::uint64_t>(row.columnInt(2))};
    });
}

Status LocalStore::applyBackfill(const std::string& visitId, const std::vector<Change>& changes,
                                 std::uint64_t newCursor, bool complete) {
    std::lock_guard lock(mutex_);
    return sqldb::inTransaction(*db_, [&]() -> Status {
        // cursorBefore 0: a backfill never schedules further backfills.
        CUSTOS_TRY(applyChangesLocked(changes, 0));
        auto stmt = complete ? db_->prepare("DELETE FROM backfills WHERE visit_id = ?1")
                             : db_->prepare("UPDATE backfills SET cursor = ?2 WHERE visit_id = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, visitId);
        if (!complete)
            stmt->bind(2, static_cast<std::int64_t>(newCursor));
        return stmt->run();
    });
}

Result<std::vector<RejectedOp>> LocalStore::rejectedOps() {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT op_id, kind, COALESCE(visit_id, ''), reason, "
                             "COALESCE(payload, ''), rejected_at_ms FROM rejected_ops "
                             "ORDER BY rejected_at_ms, op_id");
    if (!stmt)
        return stmt.error();
    return sqldb::collectRows<RejectedOp>(
        *stmt, [](const sqldb::Statement& row) -> Result<RejectedOp> {
            return RejectedOp{row.columnText(0), row.columnText(1), row.columnText(2),
                              row.columnText(3), row.columnText(4), row.columnInt(5)};
        });
}

Result<SyncState> LocalStore::syncState() {
    std::lock_guard lock(mutex_);
    SyncState state;
    auto cursor = meta("cursor");
    if (!cursor)
        return cursor.error();
    state.cursor = cursor->empty() ? 0 : std::stoull(*cursor);
    auto pending = db_->queryInt("SELECT count(*) FROM outbox");
    if (!pending)
        return pending.error();
    state.pendingOps = *pending;
    auto last = meta("last_sync_ms");
    if (!last)
        return last.error();
    state.lastSuccessMs = last->empty() ? 0 : std::stoll(*last);
    return state;
}

Status LocalStore::setLastSyncSuccess(std::int64_t unixMillis) {
    std::lock_guard lock(mutex_);
    return setMeta("last_sync_ms", std::to_string(unixMillis));
}

} // namespace custos::store
