// SqlCipherStorage: applying pushed operations (each op once, authorised, audited; several
// devices' pushes per transaction: group commit). The change feed is in sqlcipher_sync.cpp.
#include "sqlcipher_storage.h"

#include "storage_internal.h"

#include "custos/core/hlc.h"
#include "custos/sqldb/observation_rows.h"

#include <set>

namespace custos::storage {
using namespace detail;

Result<std::uint64_t> SqlCipherStorage::recordChange(std::string_view kind,
                                                     const std::string& entityId,
                                                     const std::string& visitId,
                                                     const std::string& facilityId,
                                                     const std::string& cycleId) {
    if (!isAppendOnlyKind(kind)) {
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

Result<const Visit*> SqlCipherStorage::batchVisit(Batch& batch, const std::string& visitId) {
    auto cached = batch.visits.find(visitId);
    if (cached == batch.visits.end()) {
        auto visit = findVisitLocked(visitId);
        if (!visit && visit.error().code != ErrorCode::NotFound)
            return visit.error();
        cached = batch.visits
                     .emplace(visitId,
                              visit ? std::optional<Visit>(std::move(visit.value())) : std::nullopt)
                     .first;
    }
    return cached->second ? &*cached->second : nullptr;
}

Result<std::optional<std::uint64_t>> SqlCipherStorage::seenOp(const std::string& opId) {
    // Op ids are unique across kinds: a replay is recognised whatever it carries.
    auto seen = db_->cached("SELECT seq FROM observations WHERE op_id = ?1 "
                            "UNION ALL SELECT seq FROM records WHERE op_id = ?1");
    if (!seen)
        return seen.error();
    (*seen)->bind(1, opId);
    auto row = (*seen)->step();
    if (!row)
        return row.error();
    std::optional<std::uint64_t> seq;
    if (*row)
        seq = static_cast<std::uint64_t>((*seen)->columnInt(0));
    (*seen)->reset();
    return seq;
}

Result<OpOutcome> SqlCipherStorage::applyOne(const Caller& caller, const Op& op, Batch& batch) {
    auto seen = seenOp(op.opId);
    if (!seen)
        return seen.error();
    if (*seen)
        return OpOutcome{OpOutcome::Kind::Duplicate, {}, **seen};
    if (const auto* observation = std::get_if<Observation>(&op.payload))
        return applyObservation(caller, op.opId, *observation, batch);
    return applyRecord(caller, op.opId, std::get<VisitRecord>(op.payload), batch);
}

Result<OpOutcome> SqlCipherStorage::applyObservation(const Caller& caller, const std::string& opId,
                                                     const Observation& o, Batch& batch) {
    using Kind = OpOutcome::Kind;
    if (auto valid = validateObservation(o); !valid.ok())
        return OpOutcome{Kind::Rejected, valid.error().message, 0};
    auto visit = batchVisit(batch, o.visitId);
    if (!visit)
        return visit.error();
    OpContext context;
    context.visit = *visit;
    if (auto refused = refusal(caller, o, context))
        return OpOutcome{Kind::Rejected, *refused, 0};
    auto taken = exists("SELECT 1 FROM observations WHERE id = ?1", o.id);
    if (!taken)
        return taken.error();
    if (*taken)
        return OpOutcome{Kind::Rejected,
                         "an observation with this id was already received under another "
                         "operation",
                         0};

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
                        .bind(11, opId)
                        .bind(12, static_cast<std::int64_t>(systemMillis()))
                        .run();
    CUSTOS_TRY(inserted);
    auto latest = db_->cached(
        "INSERT INTO latest_answers(visit_id, item_key, author_id, seq, hlc, device_id) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(visit_id, item_key, author_id) DO UPDATE SET "
        "seq = excluded.seq, hlc = excluded.hlc, device_id = excluded.device_id "
        "WHERE excluded.hlc > latest_answers.hlc OR (excluded.hlc = latest_answers.hlc AND "
        "excluded.device_id > latest_answers.device_id)");
    if (!latest)
        return latest.error();
    CUSTOS_TRY((*latest)
                   ->bind(1, o.visitId)
                   .bind(2, o.itemKey)
                   .bind(3, o.authorId)
                   .bind(4, static_cast<std::int64_t>(*seq))
                   .bind(5, static_cast<std::int64_t>(o.hlc.packed))
                   .bind(6, o.deviceId)
                   .run());
    CUSTOS_TRY(appendAuditLocked({0, static_cast<std::int64_t>(systemMillis()), caller.userId,
                                  caller.deviceId, "observation.accepted", o.id,
                                  "visit " + o.visitId + " item " + o.itemKey}));
    batch.dirtyVisits.insert(o.visitId);
    return OpOutcome{Kind::Accepted, {}, *seq};
}

Result<std::vector<OpOutcome>> SqlCipherStorage::applyOps(const Caller& caller,
                                                          const std::vector<Op>& ops) {
    return std::move(applyPushes({{caller, ops}}).front());
}

Result<std::vector<OpOutcome>> SqlCipherStorage::applyPushLocked(const PushBatch& push,
                                                                 Batch& batch) {
    std::vector<OpOutcome> outcomes;
    outcomes.reserve(push.ops.size());
    // Every rejection is decided before an op's first write, so a rejected op leaves nothing
    // behind; any storage error fails the push (its savepoint is rolled back).
    for (const auto& op : push.ops) {
        auto outcome = applyOne(push.caller, op, batch);
        if (!outcome)
            return outcome.error();
        outcomes.push_back(std::move(outcome.value()));
    }
    return outcomes;
}

std::vector<Result<std::vector<OpOutcome>>>
SqlCipherStorage::applyPushes(const std::vector<PushBatch>& pushes) {
    std::lock_guard lock(mutex_);
    std::vector<Result<std::vector<OpOutcome>>> results;
    std::vector<std::optional<Error>> failed(pushes.size());
    // Some errors (a full disk, I/O) make SQLite give the whole transaction up, the pushes
    // before the failing one included. Those are applied again without it, in a new
    // transaction: each round sets one more push aside, so this ends.
    for (;;) {
        bool abandoned = false;
        const Status status = applyPushesOnce(pushes, failed, results, abandoned);
        if (status.ok())
            return results;
        if (!abandoned) { // the commit, or the figures, failed: nothing of the group is kept
            results.assign(pushes.size(), status.error());
            return results;
        }
    }
}

Status SqlCipherStorage::applyPushesOnce(const std::vector<PushBatch>& pushes,
                                         std::vector<std::optional<Error>>& failed,
                                         std::vector<Result<std::vector<OpOutcome>>>& results,
                                         bool& abandoned) {
    results.clear();
    std::set<std::string> dirtyVisits;
    // Every accepted op appends to the audit chain; within this one transaction the head is ours,
    // so it is carried from op to op instead of being read back each time.
    inBatch_ = true;
    batchAuditHead_.reset();
    const Status status = transact([&]() -> Status {
        for (std::size_t i = 0; i < pushes.size(); ++i) {
            if (failed[i]) {
                results.emplace_back(*failed[i]);
                continue;
            }
            // A push that fails is undone to here: the chain's head goes back with it.
            const auto auditHead = batchAuditHead_;
            Batch batch; // per push: a later push sees the visits as earlier ones left them
            Result<std::vector<OpOutcome>> outcomes = makeError(ErrorCode::Internal, "not applied");
            const Status applied = sqldb::inSavepoint(*db_, [&]() -> Status {
                outcomes = applyPushLocked(pushes[i], batch);
                return outcomes ? Status{} : Status{outcomes.error()};
            });
            if (!applied.ok()) {
                failed[i] = applied.error();
                if (!db_->inTransaction()) {
                    abandoned = true; // SQLite gave the transaction up: start again without it
                    return applied.error();
                }
                batchAuditHead_ = auditHead;
                cache_ = ReadCache{}; // it may hold what the undone push wrote
                outcomes = applied.error();
            } else {
                dirtyVisits.insert(batch.dirtyVisits.begin(), batch.dirtyVisits.end());
            }
            results.push_back(std::move(outcomes));
        }
        // The figures of every visit the pushes touched, once each, in the same transaction.
        for (const auto& visitId : dirtyVisits)
            CUSTOS_TRY(recomputeStatsLocked(visitId));
        return {};
    });
    inBatch_ = false;
    batchAuditHead_.reset();
    return status;
}

} // namespace custos::storage
