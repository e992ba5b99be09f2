// SqlCipherStorage: per-visit figures, recomputed in the transaction that changes a visit's data
// (aggregate::computeVisitStats does the arithmetic; this file only loads and stores).
#include "sqlcipher_storage.h"

#include "storage_internal.h"

#include "custos/core/entity_json.h"

namespace custos::storage {

Result<std::shared_ptr<const ChecklistEngine>>
SqlCipherStorage::engineFor(const std::string& templateId, const std::string& version) {
    const std::string key = templateId + "@" + version;
    if (auto it = engines_.find(key); it != engines_.end())
        return it->second;
    auto stmt = db_->cached("SELECT body FROM templates WHERE id = ?1 AND version = ?2");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, templateId).bind(2, version);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::shared_ptr<const ChecklistEngine>{}; // not published yet: not cached either
    auto checklist = checklistFromJson((*stmt)->columnText(0));
    if (!checklist)
        return checklist.error();
    auto engine = std::make_shared<const ChecklistEngine>(std::move(checklist).value());
    engines_.emplace(key, engine);
    return engine;
}

Status SqlCipherStorage::recomputeStatsLocked(const std::string& visitId) {
    auto visit = findVisitLocked(visitId);
    if (!visit)
        return visit.error();
    Facility facility;
    facility.id = visit->facilityId;
    auto find = db_->cached("SELECT body FROM facilities WHERE id = ?1");
    if (!find)
        return find.error();
    (*find)->bind(1, visit->facilityId);
    auto row = (*find)->step();
    if (!row)
        return row.error();
    if (*row) {
        auto stored = facilityFromJson((*find)->columnText(0));
        if (!stored)
            return stored.error();
        facility = std::move(stored).value();
    }
    auto engine = engineFor(visit->templateId, visit->templateVersion);
    if (!engine)
        return engine.error();
    auto records = recordsOfVisitLocked(visitId);
    if (!records)
        return records.error();
    std::vector<Reconciliation> settlements;
    for (const auto& record : *records)
        if (const auto* settled = std::get_if<Reconciliation>(&record))
            settlements.push_back(*settled);
    auto observations = countingObservationsLocked(visitId, settlements);
    if (!observations)
        return observations.error();
    const auto stats =
        aggregate::computeVisitStats(*visit, facility, engine->get(), *observations, *records);
    auto store = db_->cached("INSERT INTO visit_stats(visit_id, facility_id, cycle_id, body) "
                             "VALUES(?1, ?2, ?3, ?4) ON CONFLICT(visit_id) DO UPDATE SET "
                             "facility_id = excluded.facility_id, cycle_id = excluded.cycle_id, "
                             "body = excluded.body");
    if (!store)
        return store.error();
    CUSTOS_TRY((*store)
                   ->bind(1, visitId)
                   .bind(2, visit->facilityId)
                   .bind(3, visit->cycleId)
                   .bind(4, aggregate::statsToJson(stats))
                   .run());
    if (cache_.stats)
        (*cache_.stats)[visitId] = std::make_shared<const aggregate::VisitStats>(stats);
    return {};
}

Status SqlCipherStorage::recomputeVisitsWhere(const std::string& where,
                                              const std::vector<std::string>& params) {
    auto ids = db_->prepare("SELECT id FROM visits WHERE " + where);
    if (!ids)
        return ids.error();
    for (std::size_t i = 0; i < params.size(); ++i)
        ids->bind(static_cast<int>(i + 1), params[i]);
    auto all = sqldb::collectRows<std::string>(
        *ids, [](const sqldb::Statement& row) -> Result<std::string> { return row.columnText(0); });
    if (!all)
        return all.error();
    for (const auto& id : *all)
        CUSTOS_TRY(recomputeStatsLocked(id));
    return {};
}

Status SqlCipherStorage::rebuildStatsIfIncomplete() {
    std::lock_guard lock(mutex_);
    auto missing = db_->queryInt(
        "SELECT count(*) FROM visits WHERE id NOT IN (SELECT visit_id FROM visit_stats)");
    if (!missing)
        return missing.error();
    if (*missing == 0)
        return {};
    return transact([&] { return recomputeVisitsWhere("1", {}); });
}

Result<std::vector<aggregate::VisitStatsPtr>>
SqlCipherStorage::visitStats(const std::string& cycleId, const std::string& facilityId) {
    std::lock_guard lock(mutex_);
    CUSTOS_TRY(syncCacheLocked());
    if (!cache_.stats) {
        auto stmt = db_->prepare("SELECT visit_id, body FROM visit_stats");
        if (!stmt)
            return stmt.error();
        using Entry = std::pair<std::string, aggregate::VisitStatsPtr>;
        auto rows =
            sqldb::collectRows<Entry>(*stmt, [](const sqldb::Statement& row) -> Result<Entry> {
                auto stats = aggregate::statsFromJson(row.columnText(1));
                if (!stats)
                    return stats.error();
                return Entry{row.columnText(0), std::make_shared<const aggregate::VisitStats>(
                                                    std::move(stats).value())};
            });
        if (!rows)
            return rows.error();
        std::map<std::string, aggregate::VisitStatsPtr> all(std::make_move_iterator(rows->begin()),
                                                            std::make_move_iterator(rows->end()));
        cache_.stats = std::move(all);
    }
    std::vector<aggregate::VisitStatsPtr> out;
    for (const auto& [id, stats] : *cache_.stats)
        if ((cycleId.empty() || stats->cycleId == cycleId) &&
            (facilityId.empty() || stats->facilityId == facilityId))
            out.push_back(stats);
    return out;
}

} // namespace custos::storage
