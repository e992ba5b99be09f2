// SqlCipherStorage: reference data (facilities, cycles, visits, checklists).
#include "sqlcipher_storage.h"

#include "storage_internal.h"

#include "custos/core/entity_json.h"

#include <tuple>

namespace custos::storage {
using namespace detail;

Status SqlCipherStorage::putFacilityLocked(const Facility& facility) {
    auto stmt = db_->prepare("INSERT INTO facilities(id, body) VALUES(?1, ?2) "
                             "ON CONFLICT(id) DO UPDATE SET body = excluded.body");
    if (!stmt)
        return stmt.error();
    CUSTOS_TRY(stmt->bind(1, facility.id).bind(2, toJson(facility)).run());
    cache_.facilities.reset();
    auto seq = recordChange(kKindFacility, facility.id, {}, facility.id, {});
    if (!seq)
        return seq.error();
    // The facility's type and population decide which items apply: its visits' figures change.
    return recomputeVisitsWhere("facility_id = ?1", {facility.id});
}

Status SqlCipherStorage::putFacility(const Facility& facility) {
    std::lock_guard lock(mutex_);
    return transact([&] { return putFacilityLocked(facility); });
}

Status SqlCipherStorage::putFacilities(const std::vector<Facility>& facilities) {
    std::lock_guard lock(mutex_);
    return transact([&]() -> Status {
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
    return sqldb::collectRows<T>(
        *stmt, [&](const sqldb::Statement& row) { return decode(row.columnText(0)); });
}

template <typename T, typename Decode>
Result<std::vector<T>> SqlCipherStorage::cachedList(std::optional<std::vector<T>> ReadCache::*slot,
                                                    const char* sql, Decode decode) {
    std::lock_guard lock(mutex_);
    CUSTOS_TRY(syncCacheLocked());
    if (!(cache_.*slot)) {
        auto stmt = db_->prepare(sql);
        if (!stmt)
            return stmt.error();
        auto rows = sqldb::collectRows<T>(
            *stmt, [&](const sqldb::Statement& row) { return decode(row.columnText(0)); });
        if (!rows)
            return rows.error();
        cache_.*slot = std::move(rows).value();
    }
    return *(cache_.*slot);
}

Result<std::vector<Facility>> SqlCipherStorage::listFacilities() {
    return cachedList(&ReadCache::facilities,
                      "SELECT body FROM facilities ORDER BY json_extract(body, '$.name')",
                      facilityFromJson);
}

Result<std::vector<VisitCycle>> SqlCipherStorage::listCycles() {
    return cachedList(&ReadCache::cycles,
                      "SELECT body FROM cycles ORDER BY json_extract(body, '$.start'), id",
                      cycleFromJson);
}

Status SqlCipherStorage::putCycle(const VisitCycle& cycle) {
    std::lock_guard lock(mutex_);
    return transact([&]() -> Status {
        auto stmt = db_->prepare("INSERT INTO cycles(id, body) VALUES(?1, ?2) "
                                 "ON CONFLICT(id) DO UPDATE SET body = excluded.body");
        if (!stmt)
            return stmt.error();
        CUSTOS_TRY(stmt->bind(1, cycle.id).bind(2, toJson(cycle)).run());
        cache_.cycles.reset();
        auto seq = recordChange(kKindCycle, cycle.id, {}, {}, cycle.id);
        return seq ? Status{} : Status{seq.error()};
    });
}

Status SqlCipherStorage::putVisit(const Visit& visit) {
    std::lock_guard lock(mutex_);
    return transact([&]() -> Status {
        // Whoever leaves the team (or everyone, once the visit is reviewed) is told to purge it.
        auto before = findVisitLocked(visit.id);
        if (!before && before.error().code != ErrorCode::NotFound)
            return before.error();
        if (before)
            for (const auto& member : before->team) {
                const bool reviewedNow = visit.status == VisitStatus::Reviewed &&
                                         before->status != VisitStatus::Reviewed;
                if (!visit.hasMember(member.userId))
                    CUSTOS_TRY(withdrawLocked(visit.id, member.userId,
                                              "you are no longer on the team of this visit"));
                else if (reviewedNow)
                    CUSTOS_TRY(
                        withdrawLocked(visit.id, member.userId, "the visit has been reviewed"));
            }
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
        cache_.visits.reset();
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
        return recomputeStatsLocked(visit.id);
    });
}

Status SqlCipherStorage::putTemplate(const ChecklistTemplate& checklist) {
    std::lock_guard lock(mutex_);
    return transact([&]() -> Status {
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
        if (!seq)
            return seq.error();
        // Visits planned before their checklist was published get their figures now.
        return recomputeVisitsWhere("json_extract(body, '$.template') = ?1 AND "
                                    "json_extract(body, '$.template_version') = ?2",
                                    {checklist.id, checklist.version});
    });
}

Result<std::vector<Visit>> SqlCipherStorage::listVisits() {
    return cachedList(&ReadCache::visits,
                      "SELECT body FROM visits ORDER BY json_extract(body, '$.start'), id",
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

} // namespace custos::storage
