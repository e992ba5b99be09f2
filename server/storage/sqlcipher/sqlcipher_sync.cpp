// SqlCipherStorage: the change feed devices pull, and reading a visit's observations.
// Applying pushed operations is in sqlcipher_push.cpp.
#include "sqlcipher_storage.h"

#include "storage_internal.h"

#include "custos/core/entity_json.h"
#include "custos/sqldb/observation_rows.h"

#include <limits>
#include <set>

namespace custos::storage {
using namespace detail;
namespace {

/// Stores a decoded entity in a change, or passes the decoding error on.
template <typename T> Status decodeInto(decltype(Change::entity)& entity, Result<T> decoded) {
    if (!decoded)
        return decoded.error();
    entity = std::move(decoded).value();
    return {};
}

/// The feed query: every change kind joined to its body. ?1 caller, ?2 scope; range clauses add
/// their own parameters from ?3 on.
constexpr const char* kFeedSelect = R"sql(
SELECT c.seq, c.kind, c.entity_id,
       COALESCE(f.body, cy.body, v.body, t.body, r.body, c.note),
       o.id, o.visit_id, o.item_key, o.value, o.note, o.source, o.author_id, o.device_id, o.hlc
FROM changes c
LEFT JOIN facilities f ON c.kind = 'facility' AND f.id = c.entity_id
LEFT JOIN cycles cy ON c.kind = 'visit_cycle' AND cy.id = c.entity_id
LEFT JOIN visits v ON c.kind = 'visit' AND v.id = c.entity_id
LEFT JOIN templates t ON c.kind = 'checklist_template' AND t.id || '@' || t.version = c.entity_id
LEFT JOIN observations o ON c.kind = 'observation' AND o.seq = c.seq
LEFT JOIN records r ON r.seq = c.seq
WHERE (c.audience_user IS NULL OR c.audience_user = ?1) AND (
  (?2 = 0 AND c.kind IN ('checklist_template', 'facility', 'visit_cycle'))
  OR (?2 = 2 AND (r.confidential IS NULL OR r.confidential = 0)
      AND (c.audience_user IS NULL OR c.kind = 'withdrawal'))
  OR (?2 = 1 AND (
    c.kind = 'checklist_template' OR c.audience_user = ?1
    OR c.visit_id IN (SELECT tt.visit_id FROM visit_team tt JOIN visits vv ON vv.id = tt.visit_id
                      WHERE tt.user_id = ?1 AND vv.status != 'reviewed')
    OR c.facility_id IN (SELECT vv.facility_id FROM visits vv JOIN visit_team tt
                         ON tt.visit_id = vv.id WHERE tt.user_id = ?1 AND vv.status != 'reviewed')
    OR c.cycle_id IN (SELECT vv.cycle_id FROM visits vv JOIN visit_team tt
                      ON tt.visit_id = vv.id WHERE tt.user_id = ?1 AND vv.status != 'reviewed'))))
)sql";

} // namespace

Result<std::vector<ChangeRecord>>
SqlCipherStorage::readFeed(const Caller& caller, const std::string& range,
                           const std::function<void(sqldb::Statement&)>& bind) {
    auto stmt = db_->cached(std::string(kFeedSelect) + range);
    if (!stmt)
        return stmt.error();
    sqldb::Statement& query = **stmt;
    query.bind(1, caller.userId).bind(2, static_cast<std::int64_t>(feedScope(caller)));
    bind(query);
    return sqldb::collectRows<ChangeRecord>(
        query, [](const sqldb::Statement& row) -> Result<ChangeRecord> {
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
            else if (kind == kKindWithdrawal)
                change.entity = VisitWithdrawn{row.columnText(2), body};
            else
                decoded = decodeInto(change.entity, recordFromJson(kind, body));
            CUSTOS_TRY(decoded);
            return change;
        });
}

Result<std::uint64_t> SqlCipherStorage::headSeq() {
    std::lock_guard lock(mutex_);
    auto stmt = db_->cached("SELECT COALESCE(max(seq), 0) FROM changes");
    if (!stmt)
        return stmt.error();
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const auto head = static_cast<std::uint64_t>((*stmt)->columnInt(0));
    (*stmt)->reset();
    return head;
}

Result<std::vector<ChangeRecord>>
SqlCipherStorage::changesAfter(const Caller& caller, std::uint64_t cursor, std::size_t limit) {
    // Under the lock no write comes between the queries of one batch: they see one state.
    std::lock_guard lock(mutex_);
    if (feedScope(caller) == FeedScope::OwnVisits)
        return ownVisitsFeedLocked(caller, cursor, limit);
    return readFeed(caller, " AND c.seq > ?3 ORDER BY c.seq LIMIT ?4", [&](sqldb::Statement& s) {
        s.bind(3, static_cast<std::int64_t>(cursor)).bind(4, static_cast<std::int64_t>(limit));
    });
}

Result<std::vector<ChangeRecord>> SqlCipherStorage::ownVisitsFeedLocked(const Caller& caller,
                                                                        std::uint64_t cursor,
                                                                        std::size_t limit) {
    // A monitor sees a small part of the feed (their teams' visits, with those visits'
    // facilities and cycles, the templates, withdrawals addressed to them). Scanning the feed
    // from the cursor would read every other team's changes too, on every pull: with N devices
    // pushing, each pull would cost O(N). Instead each source the caller can see is read through
    // its index, at most `limit` entries past the cursor, and only those candidates go through
    // kFeedSelect, whose WHERE still decides what the caller may read.
    auto scope = db_->cached("SELECT vv.id, vv.facility_id, vv.cycle_id FROM visit_team tt "
                             "JOIN visits vv ON vv.id = tt.visit_id "
                             "WHERE tt.user_id = ?1 AND vv.status != 'reviewed'");
    if (!scope)
        return scope.error();
    (*scope)->bind(1, caller.userId);
    std::set<std::string> visits, facilities, cycles;
    for (;;) {
        auto row = (*scope)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        visits.insert((*scope)->columnText(0));
        facilities.insert((*scope)->columnText(1));
        cycles.insert((*scope)->columnText(2));
    }
    (*scope)->reset();

    // Every source of a change kFeedSelect can show a monitor. A cycle_id is set only on
    // 'visit_cycle' changes (of that cycle) and an audience only on withdrawals, so those are
    // found through changes(kind, entity_id).
    struct Source {
        const char* sql; ///< ?1 the cursor, ?2 the limit, ?3 the key (when it has one)
        std::string key;
    };
    std::vector<Source> sources;
    for (const auto& id : visits)
        sources.push_back({"SELECT seq FROM changes WHERE visit_id = ?3 AND seq > ?1 "
                           "ORDER BY seq LIMIT ?2",
                           id});
    for (const auto& id : facilities)
        sources.push_back({"SELECT seq FROM changes WHERE facility_id = ?3 AND seq > ?1 "
                           "ORDER BY seq LIMIT ?2",
                           id});
    for (const auto& id : cycles)
        sources.push_back({"SELECT seq FROM changes WHERE kind = 'visit_cycle' AND entity_id = ?3 "
                           "AND seq > ?1 ORDER BY seq LIMIT ?2",
                           id});
    sources.push_back({"SELECT seq FROM changes WHERE kind = 'checklist_template' AND seq > ?1 "
                       "ORDER BY seq LIMIT ?2",
                       {}});
    sources.push_back({"SELECT seq FROM changes WHERE kind = 'withdrawal' AND audience_user = ?3 "
                       "AND seq > ?1 ORDER BY seq LIMIT ?2",
                       caller.userId});

    constexpr auto kUnbounded = std::numeric_limits<std::uint64_t>::max();
    std::vector<ChangeRecord> out;
    while (out.size() < limit) {
        // Candidates up to `complete` are all there: a source that returned `limit` entries
        // may have more after its last one.
        std::set<std::uint64_t> candidates;
        std::uint64_t complete = kUnbounded;
        for (const auto& source : sources) {
            auto stmt = db_->cached(source.sql);
            if (!stmt)
                return stmt.error();
            (*stmt)
                ->bind(1, static_cast<std::int64_t>(cursor))
                .bind(2, static_cast<std::int64_t>(limit));
            if (!source.key.empty())
                (*stmt)->bind(3, source.key);
            std::size_t found = 0;
            std::uint64_t last = 0;
            for (;;) {
                auto row = (*stmt)->step();
                if (!row)
                    return row.error();
                if (!*row)
                    break;
                last = static_cast<std::uint64_t>((*stmt)->columnInt(0));
                candidates.insert(last);
                ++found;
            }
            (*stmt)->reset();
            if (found == limit)
                complete = std::min(complete, last);
        }
        // The first candidates, read in one statement (a JSON array of seqs). kFeedSelect may
        // drop some (a withdrawal addressed to another member of the team), so a short batch
        // carries on after the last candidate read.
        std::string seqs = "[";
        std::size_t taken = 0;
        std::uint64_t lastTaken = 0;
        for (const auto seq : candidates) {
            if (seq > complete || out.size() + taken == limit)
                break;
            seqs += (taken++ == 0 ? "" : ",") + std::to_string(seq);
            lastTaken = seq;
        }
        seqs += "]";
        if (taken > 0) {
            auto changes =
                readFeed(caller, " AND c.seq IN (SELECT value FROM json_each(?3)) ORDER BY c.seq",
                         [&](sqldb::Statement& s) { s.bind(3, seqs); });
            if (!changes)
                return changes.error();
            for (auto& c : *changes)
                out.push_back(std::move(c));
        }
        if (taken == 0 || (complete == kUnbounded && taken == candidates.size()))
            break; // every source read to its end
        cursor = lastTaken;
    }
    return out;
}

Result<std::vector<ChangeRecord>>
SqlCipherStorage::backfill(const Caller& caller, const std::string& visitId, std::uint64_t cursor,
                           std::uint64_t untilSeq, std::size_t limit) {
    std::lock_guard lock(mutex_);
    auto visit = findVisitLocked(visitId);
    if (!visit)
        return visit.error();
    // Reference entities are re-sent at the head of the feed when a team grows (putVisit), so
    // the backfill carries only what is append-only: the visit's data and the facility's
    // recommendations with their history.
    return readFeed(caller,
                    " AND c.seq > ?3 AND c.seq <= ?4 AND (c.visit_id = ?5 OR (c.facility_id = ?6 "
                    "AND c.kind IN ('recommendation', 'recommendation_update'))) "
                    "AND c.kind NOT IN ('facility', 'visit_cycle', 'visit', 'checklist_template', "
                    "'withdrawal') ORDER BY c.seq LIMIT ?7",
                    [&](sqldb::Statement& s) {
                        s.bind(3, static_cast<std::int64_t>(cursor))
                            .bind(4, static_cast<std::int64_t>(untilSeq))
                            .bind(5, visitId)
                            .bind(6, visit->facilityId)
                            .bind(7, static_cast<std::int64_t>(limit));
                    });
}

Result<bool> SqlCipherStorage::exists(const std::string& sql, const std::string& key) {
    auto stmt = db_->cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, key);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const bool found = *row;
    (*stmt)->reset();
    return found;
}

Result<std::vector<Observation>>
SqlCipherStorage::observationsOfVisitLocked(const std::string& visitId) {
    auto stmt = db_->cached(std::string("SELECT ") + sqldb::kObservationColumns +
                            " FROM observations WHERE visit_id = ?1 ORDER BY seq");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId);
    return sqldb::collectRows<Observation>(
        **stmt, [](const sqldb::Statement& row) { return sqldb::readObservation(row, 0); });
}

Result<std::vector<Observation>>
SqlCipherStorage::countingObservationsLocked(const std::string& visitId,
                                             const std::vector<Reconciliation>& settlements) {
    auto stmt = db_->cached("SELECT " + sqldb::observationColumns("o") +
                            " FROM latest_answers l JOIN observations o ON o.seq = l.seq "
                            "WHERE l.visit_id = ?1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId);
    auto counting = sqldb::collectRows<Observation>(
        **stmt, [](const sqldb::Statement& row) { return sqldb::readObservation(row, 0); });
    if (!counting)
        return counting.error();
    std::set<std::string> held;
    for (const auto& o : *counting)
        held.insert(o.id);
    for (const auto& settled : settlements) {
        if (held.count(settled.chosenObservationId))
            continue;
        auto chosen = db_->cached(std::string("SELECT ") + sqldb::kObservationColumns +
                                  " FROM observations WHERE id = ?1");
        if (!chosen)
            return chosen.error();
        (*chosen)->bind(1, settled.chosenObservationId);
        auto rows = sqldb::collectRows<Observation>(
            **chosen, [](const sqldb::Statement& row) { return sqldb::readObservation(row, 0); });
        if (!rows)
            return rows.error();
        for (auto& o : *rows)
            if (held.insert(o.id).second)
                counting->push_back(std::move(o));
    }
    return counting;
}

Result<std::vector<Observation>>
SqlCipherStorage::countingObservations(const std::string& visitId) {
    auto settlements = reconciliationsOfVisit(visitId);
    if (!settlements)
        return settlements.error();
    std::lock_guard lock(mutex_);
    return countingObservationsLocked(visitId, *settlements);
}

Result<std::vector<Observation>> SqlCipherStorage::observationsOfVisit(const std::string& visitId) {
    std::lock_guard lock(mutex_);
    return observationsOfVisitLocked(visitId);
}

} // namespace custos::storage
