// LocalStore: visit records written on this device or pulled from the team, and purging visits
// the server has withdrawn from this device.
#include "custos/store/local_store.h"

#include "custos/core/uuid.h"
#include "custos/sqldb/database.h"

namespace custos::store {
namespace {

Result<std::vector<VisitRecord>> readRecords(sqldb::Statement& stmt) {
    return sqldb::collectRows<VisitRecord>(stmt, [](const sqldb::Statement& row) {
        return recordFromJson(row.columnText(0), row.columnText(1));
    });
}

} // namespace

Status LocalStore::storeRecordLocked(const VisitRecord& record,
                                     std::optional<std::uint64_t> serverSeq) {
    const auto& header = headerOf(record);
    // Recommendations and their updates are kept by facility, so a later visit there shows them.
    std::string facilityId;
    if (const auto* recommendation = std::get_if<Recommendation>(&record)) {
        facilityId = recommendation->facilityId;
    } else if (const auto* update = std::get_if<RecommendationUpdate>(&record)) {
        auto find = db_->cached("SELECT facility_id FROM records WHERE kind = 'recommendation' "
                                "AND entity_id = ?1 LIMIT 1");
        if (!find)
            return find.error();
        (*find)->bind(1, update->recommendationId);
        auto row = (*find)->step();
        if (!row)
            return row.error();
        if (*row)
            facilityId = (*find)->columnText(0);
    }
    auto insert = db_->cached(
        "INSERT INTO records(version_id, kind, entity_id, visit_id, facility_id, body, hlc, "
        "server_seq) VALUES(?1, ?2, ?3, NULLIF(?4, ''), NULLIF(?5, ''), ?6, ?7, ?8) "
        "ON CONFLICT(version_id) DO UPDATE SET server_seq = excluded.server_seq");
    if (!insert)
        return insert.error();
    auto& stmt = (*insert)
                     ->bind(1, header.versionId)
                     .bind(2, kindOf(record))
                     .bind(3, header.id)
                     .bind(4, header.visitId)
                     .bind(5, facilityId)
                     .bind(6, recordToJson(record))
                     .bind(7, static_cast<std::int64_t>(header.hlc.packed));
    if (serverSeq)
        stmt.bind(8, static_cast<std::int64_t>(*serverSeq));
    else
        stmt.bindNull(8);
    return stmt.run();
}

Result<std::optional<VisitStatusChange>>
LocalStore::pendingStatusChange(const std::string& visitId) {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT r.body FROM outbox o JOIN records r ON r.version_id = "
                             "o.entity_id WHERE o.kind = 'visit_status' AND r.visit_id = ?1 "
                             "ORDER BY o.seq DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, visitId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<VisitStatusChange>{};
    auto record = recordFromJson("visit_status", stmt->columnText(0));
    if (!record)
        return record.error();
    return std::optional<VisitStatusChange>{std::get<VisitStatusChange>(std::move(record).value())};
}

Result<VisitRecord> LocalStore::saveRecord(VisitRecord record) {
    std::lock_guard lock(mutex_);
    auto identity = identityLocked();
    if (!identity)
        return identity.error();
    auto& header = headerOf(record);
    if (header.id.empty())
        header.id = newId();
    header.versionId = newId();
    header.authorId = identity->first;
    header.deviceId = identity->second;
    header.hlc = clock_.now();
    if (!std::holds_alternative<Interview>(record) && !std::holds_alternative<Finding>(record) &&
        !std::holds_alternative<Recommendation>(record))
        header.versionId = header.id; // one-shot records have a single version
    CUSTOS_TRY(validateRecord(record));
    const Status status = sqldb::inTransaction(*db_, [&]() -> Status {
        CUSTOS_TRY(storeRecordLocked(record, std::nullopt));
        auto outbox = db_->prepare("INSERT INTO outbox(op_id, kind, entity_id, created_at_ms) "
                                   "VALUES(?1, ?2, ?3, ?4)");
        if (!outbox)
            return outbox.error();
        return outbox->bind(1, newId())
            .bind(2, kindOf(record))
            .bind(3, header.versionId)
            .bind(4, static_cast<std::int64_t>(systemMillis()))
            .run();
    });
    if (!status.ok())
        return status.error();
    return record;
}

Result<std::vector<VisitRecord>> LocalStore::records(const std::string& visitId) {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT kind, body FROM records WHERE visit_id = ?1 "
                             "ORDER BY hlc, version_id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, visitId);
    return readRecords(*stmt);
}

Result<std::vector<VisitRecord>>
LocalStore::facilityRecommendations(const std::string& facilityId) {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT kind, body FROM records WHERE facility_id = ?1 "
                             "AND kind IN ('recommendation', 'recommendation_update') "
                             "ORDER BY hlc, version_id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, facilityId);
    return readRecords(*stmt);
}

Status LocalStore::purgeWithdrawnLocked() {
    // Nothing waiting in the outbox may be lost: a visit is purged only once all its ops are
    // acknowledged. Until then it stays (and stays withdrawn).
    constexpr const char* kPurgeable = R"sql(
SELECT w.visit_id FROM withdrawn_visits w
WHERE NOT EXISTS (SELECT 1 FROM outbox q JOIN observations o ON o.id = q.entity_id
                  WHERE q.kind = 'observation' AND o.visit_id = w.visit_id)
  AND NOT EXISTS (SELECT 1 FROM outbox q JOIN records r ON r.version_id = q.entity_id
                  WHERE q.kind != 'observation' AND r.visit_id = w.visit_id)
)sql";
    auto find = db_->prepare(kPurgeable);
    if (!find)
        return find.error();
    auto visits = sqldb::collectRows<std::string>(
        *find,
        [](const sqldb::Statement& row) -> Result<std::string> { return row.columnText(0); });
    if (!visits)
        return visits.error();
    for (const auto& visitId : *visits)
        for (const char* sql :
             {"DELETE FROM observations WHERE visit_id = ?1",
              "DELETE FROM records WHERE visit_id = ?1 AND facility_id IS NULL",
              "DELETE FROM backfills WHERE visit_id = ?1", "DELETE FROM visits WHERE id = ?1",
              // Photos the server holds go with the visit; one not yet uploaded stays.
              "DELETE FROM attachments WHERE visit_id = ?1 AND uploaded = 1",
              "DELETE FROM withdrawn_visits WHERE visit_id = ?1"}) {
            auto stmt = db_->cached(sql);
            if (!stmt)
                return stmt.error();
            CUSTOS_TRY((*stmt)->bind(1, visitId).run());
        }
    if (visits->empty())
        return {};
    // Recommendations of facilities this device no longer visits go too.
    auto orphans =
        db_->prepare("DELETE FROM records WHERE facility_id IS NOT NULL AND facility_id NOT IN "
                     "(SELECT json_extract(body, '$.facility') FROM visits)");
    if (!orphans)
        return orphans.error();
    return orphans->run();
}

} // namespace custos::store
