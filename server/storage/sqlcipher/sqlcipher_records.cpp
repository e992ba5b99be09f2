// SqlCipherStorage: visit records (interviews, findings, recommendations, status updates,
// reconciliations, visit status changes, photo reviews) and withdrawals of visits from devices.
#include "sqlcipher_storage.h"

#include "storage_internal.h"

#include "custos/core/entity_json.h"
#include "custos/core/hlc.h"

namespace custos::storage {
using namespace detail;
namespace {

/// Interviews nobody consented to share stay with the visit team (never sent to coordinators).
bool confidential(const VisitRecord& record) {
    const auto* interview = std::get_if<Interview>(&record);
    return interview && interview->consent == ConsentScope::None;
}

Result<std::vector<VisitRecord>> readRecords(sqldb::Statement& stmt) {
    return sqldb::collectRows<VisitRecord>(stmt, [](const sqldb::Statement& row) {
        return recordFromJson(row.columnText(0), row.columnText(1));
    });
}

} // namespace

Result<OpContext> SqlCipherStorage::recordContext(const VisitRecord& record, Batch& batch) {
    const auto& header = headerOf(record);
    OpContext context;
    if (!header.visitId.empty()) {
        auto visit = batchVisit(batch, header.visitId);
        if (!visit)
            return visit.error();
        context.visit = *visit;
    }
    if (const auto* update = std::get_if<RecommendationUpdate>(&record)) {
        auto find = db_->cached("SELECT facility_id FROM records WHERE kind = 'recommendation' "
                                "AND entity_id = ?1 LIMIT 1");
        if (!find)
            return find.error();
        (*find)->bind(1, update->recommendationId);
        auto row = (*find)->step();
        if (!row)
            return row.error();
        if (*row)
            context.recommendationFacility = (*find)->columnText(0);
    }
    auto first = db_->cached("SELECT COALESCE(visit_id, ''), author_id FROM records "
                             "WHERE kind = ?1 AND entity_id = ?2 ORDER BY seq LIMIT 1");
    if (!first)
        return first.error();
    (*first)->bind(1, kindOf(record)).bind(2, header.id);
    auto row = (*first)->step();
    if (!row)
        return row.error();
    if (*row)
        context.firstVersion = std::pair{(*first)->columnText(0), (*first)->columnText(1)};
    return context;
}

Result<OpOutcome> SqlCipherStorage::applyRecord(const Caller& caller, const std::string& opId,
                                                const VisitRecord& record, Batch& batch) {
    using Kind = OpOutcome::Kind;
    if (auto valid = validateRecord(record); !valid.ok())
        return OpOutcome{Kind::Rejected, valid.error().message, 0};
    auto context = recordContext(record, batch);
    if (!context)
        return context.error();
    if (auto refused = refusal(caller, record, *context))
        return OpOutcome{Kind::Rejected, *refused, 0};
    const auto& header = headerOf(record);
    auto taken = exists("SELECT 1 FROM records WHERE version_id = ?1", header.versionId);
    if (!taken)
        return taken.error();
    if (*taken)
        return OpOutcome{Kind::Rejected,
                         "a record version with this id was already received under another "
                         "operation",
                         0};

    if (const auto* settled = std::get_if<Reconciliation>(&record)) {
        auto chosen = db_->cached(
            "SELECT 1 FROM observations WHERE id = ?1 AND visit_id = ?2 AND item_key = ?3");
        if (!chosen)
            return chosen.error();
        (*chosen)
            ->bind(1, settled->chosenObservationId)
            .bind(2, header.visitId)
            .bind(3, settled->itemKey);
        auto row = (*chosen)->step();
        if (!row)
            return row.error();
        if (!*row)
            return OpOutcome{Kind::Rejected,
                             "the answer chosen to stand is not an answer to this item in this "
                             "visit",
                             0};
    }
    if (const auto* review = std::get_if<PhotoReview>(&record)) {
        auto photo = db_->cached(
            "SELECT 1 FROM attachments WHERE sha256 = ?1 AND visit_id = ?2 AND committed = 1");
        if (!photo)
            return photo.error();
        (*photo)->bind(1, review->attachmentSha256).bind(2, header.visitId);
        auto row = (*photo)->step();
        if (!row)
            return row.error();
        if (!*row)
            return OpOutcome{Kind::Rejected,
                             "the reviewed photo is not a received attachment of this visit", 0};
    }
    if (const auto* change = std::get_if<VisitStatusChange>(&record))
        CUSTOS_TRY(applyVisitStatus(*change, batch));

    const std::string facilityId =
        context->visit ? context->visit->facilityId : context->recommendationFacility;
    // Recommendations and their updates follow the facility, so later visits see them.
    const bool facilityScoped = std::holds_alternative<Recommendation>(record) ||
                                std::holds_alternative<RecommendationUpdate>(record);
    const std::string kind(kindOf(record));
    auto seq = recordChange(kind, header.versionId, header.visitId,
                            facilityScoped ? facilityId : std::string{}, {});
    if (!seq)
        return seq.error();
    auto insert = db_->cached(
        "INSERT INTO records(seq, version_id, op_id, kind, entity_id, visit_id, facility_id, "
        "confidential, body, author_id, device_id, hlc, received_at_ms) "
        "VALUES(?1, ?2, ?3, ?4, ?5, NULLIF(?6, ''), ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!insert)
        return insert.error();
    auto inserted = (*insert)
                        ->bind(1, static_cast<std::int64_t>(*seq))
                        .bind(2, header.versionId)
                        .bind(3, opId)
                        .bind(4, kind)
                        .bind(5, header.id)
                        .bind(6, header.visitId)
                        .bind(7, facilityId)
                        .bind(8, std::int64_t{confidential(record) ? 1 : 0})
                        .bind(9, recordToJson(record))
                        .bind(10, header.authorId)
                        .bind(11, header.deviceId)
                        .bind(12, static_cast<std::int64_t>(header.hlc.packed))
                        .bind(13, static_cast<std::int64_t>(systemMillis()))
                        .run();
    CUSTOS_TRY(inserted);
    // The audit names kinds and ids only: never text, allegations or interview content.
    CUSTOS_TRY(appendAuditLocked(
        {0, static_cast<std::int64_t>(systemMillis()), caller.userId, caller.deviceId,
         kind + ".accepted", header.id,
         header.visitId.empty() ? "facility " + facilityId : "visit " + header.visitId}));
    if (!header.visitId.empty())
        batch.dirtyVisits.insert(header.visitId);
    if (facilityScoped)
        cache_.recommendations.reset();
    return OpOutcome{Kind::Accepted, {}, *seq};
}

Status SqlCipherStorage::applyVisitStatus(const VisitStatusChange& change, Batch& batch) {
    auto& cached = batch.visits[change.header.visitId];
    if (!cached)
        return makeError(ErrorCode::NotFound, "no visit with id " + change.header.visitId);
    cached->status = change.status;
    auto update = db_->cached("UPDATE visits SET status = ?2, body = ?3 WHERE id = ?1");
    if (!update)
        return update.error();
    CUSTOS_TRY((*update)
                   ->bind(1, cached->id)
                   .bind(2, toString(change.status))
                   .bind(3, toJson(*cached))
                   .run());
    cache_.visits.reset();
    auto seq = recordChange(kKindVisit, cached->id, cached->id, {}, {});
    if (!seq)
        return seq.error();
    // A reviewed visit is done: tablets purge it (the server keeps everything).
    if (change.status == VisitStatus::Reviewed)
        for (const auto& member : cached->team)
            CUSTOS_TRY(withdrawLocked(cached->id, member.userId, "the visit has been reviewed"));
    return {};
}

Status SqlCipherStorage::withdrawLocked(const std::string& visitId, const std::string& userId,
                                        const std::string& reason) {
    auto insert = db_->cached("INSERT INTO changes(kind, entity_id, visit_id, audience_user, note) "
                              "VALUES(?1, ?2, ?2, ?3, ?4)");
    if (!insert)
        return insert.error();
    return (*insert)
        ->bind(1, kKindWithdrawal)
        .bind(2, visitId)
        .bind(3, userId)
        .bind(4, reason)
        .run();
}

Result<std::vector<VisitRecord>>
SqlCipherStorage::recordsOfVisitLocked(const std::string& visitId) {
    auto stmt = db_->cached("SELECT kind, body FROM records WHERE visit_id = ?1 ORDER BY seq");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId);
    return readRecords(**stmt);
}

Result<std::vector<VisitRecord>> SqlCipherStorage::recordsOfVisit(const std::string& visitId) {
    std::lock_guard lock(mutex_);
    return recordsOfVisitLocked(visitId);
}

Result<std::vector<Reconciliation>>
SqlCipherStorage::reconciliationsOfVisit(const std::string& visitId) {
    std::lock_guard lock(mutex_);
    auto stmt = db_->cached("SELECT kind, body FROM records WHERE visit_id = ?1 "
                            "AND kind = 'reconciliation' ORDER BY seq");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId);
    return sqldb::collectRows<Reconciliation>(
        **stmt, [](const sqldb::Statement& row) -> Result<Reconciliation> {
            auto record = recordFromJson(row.columnText(0), row.columnText(1));
            if (!record)
                return record.error();
            return std::get<Reconciliation>(std::move(record).value());
        });
}

Result<std::vector<VisitRecord>>
SqlCipherStorage::recommendationRecords(const std::string& facilityId) {
    std::lock_guard lock(mutex_);
    CUSTOS_TRY(syncCacheLocked());
    if (!cache_.recommendations) {
        auto stmt =
            db_->prepare("SELECT kind, body, facility_id FROM records "
                         "WHERE kind IN ('recommendation', 'recommendation_update') ORDER BY seq");
        if (!stmt)
            return stmt.error();
        auto all = sqldb::collectRows<std::pair<std::string, VisitRecord>>(
            *stmt, [](const sqldb::Statement& row) -> Result<std::pair<std::string, VisitRecord>> {
                auto record = recordFromJson(row.columnText(0), row.columnText(1));
                if (!record)
                    return record.error();
                return std::pair{row.columnText(2), std::move(record).value()};
            });
        if (!all)
            return all.error();
        cache_.recommendations = std::move(all).value();
    }
    std::vector<VisitRecord> out;
    for (const auto& [facility, record] : *cache_.recommendations)
        if (facilityId.empty() || facility == facilityId)
            out.push_back(record);
    return out;
}

} // namespace custos::storage
