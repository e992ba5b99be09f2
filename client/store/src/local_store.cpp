#include "custos/store/local_store.h"

#include "schema.h"

#include "custos/core/answer_resolution.h"
#include "custos/core/entity_json.h"
#include "custos/core/uuid.h"
#include "custos/sqldb/database.h"
#include "custos/sqldb/observation_rows.h"
#include "custos/sqldb/schema_migration.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>

namespace custos::store {

using sqldb::bindObservation;
using sqldb::kObservationColumns;
using sqldb::readObservation;

namespace {

constexpr int kSchemaVersion = 3;

} // namespace

LocalStore::LocalStore(std::unique_ptr<sqldb::Database> db) : db_(std::move(db)) {}
LocalStore::~LocalStore() = default;

Result<std::unique_ptr<LocalStore>>
LocalStore::open(const std::string& path, const std::string& passphrase, std::int64_t maxBytes) {
    auto db = sqldb::Database::open({path, passphrase, sqldb::KeyKind::Passphrase, true});
    if (!db) {
        if (db.error().code == ErrorCode::WrongKey)
            return makeError(ErrorCode::WrongKey, "wrong passphrase");
        return db.error();
    }
    if (maxBytes > 0)
        CUSTOS_TRY((*db)->limitSize(maxBytes));
    std::unique_ptr<LocalStore> store(new LocalStore(std::move(db.value())));
    CUSTOS_TRY(store->migrate());
    // Never issue a timestamp at or below one already stored, even if the clock went back.
    auto maxHlc =
        store->db_->queryInt("SELECT max(COALESCE((SELECT max(hlc) FROM observations), 0), "
                             "COALESCE((SELECT max(hlc) FROM records), 0))");
    if (!maxHlc)
        return maxHlc.error();
    store->clock_.restore(Hlc{static_cast<std::uint64_t>(*maxHlc)});
    return store;
}

Status LocalStore::migrate() {
    static_assert(schema::kMigrations.size() == kSchemaVersion);
    auto outcome =
        sqldb::migrateSchema(*db_, schema::kMigrations,
                             "this database was written by a newer Custos; update the app", true);
    return outcome ? Status{} : Status{outcome.error()};
}

Result<std::pair<std::string, std::string>> LocalStore::identityLocked() {
    auto userId = meta("user_id");
    auto deviceId = meta("device_id");
    if (!userId || !deviceId)
        return makeError(ErrorCode::Internal, "cannot read this device's identity");
    if (userId->empty() || deviceId->empty())
        return makeError(ErrorCode::FailedPrecondition, "this device is not enrolled yet");
    return std::pair{std::move(userId).value(), std::move(deviceId).value()};
}

Status LocalStore::changePassphrase(const std::string& newPassphrase) {
    std::lock_guard lock(mutex_);
    return db_->rekey(newPassphrase, sqldb::KeyKind::Passphrase);
}

Result<std::string> LocalStore::meta(const std::string& key) {
    auto stmt = db_->prepare("SELECT value FROM meta WHERE key = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->columnText(0) : std::string{};
}

Status LocalStore::setMeta(const std::string& key, const std::string& value) {
    auto stmt = db_->prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, key).bind(2, value).run();
}

Status LocalStore::saveEnrolment(const Enrolment& e) {
    std::lock_guard lock(mutex_);
    return sqldb::inTransaction(*db_, [&]() -> Status {
        CUSTOS_TRY(setMeta("server_address", e.serverAddress));
        CUSTOS_TRY(setMeta("ca_certificate", e.caCertificatePem));
        CUSTOS_TRY(setMeta("device_id", e.deviceId));
        CUSTOS_TRY(setMeta("user_id", e.userId));
        CUSTOS_TRY(setMeta("user_name", e.userDisplayName));
        CUSTOS_TRY(setMeta("role", std::string(toString(e.role))));
        CUSTOS_TRY(setMeta("organisation", e.organisationName));
        return setMeta("credential", e.credential);
    });
}

Result<std::optional<Enrolment>> LocalStore::enrolment() {
    std::lock_guard lock(mutex_);
    Enrolment e;
    const std::pair<const char*, std::string*> fields[] = {
        {"server_address", &e.serverAddress}, {"ca_certificate", &e.caCertificatePem},
        {"device_id", &e.deviceId},           {"user_id", &e.userId},
        {"user_name", &e.userDisplayName},    {"organisation", &e.organisationName},
        {"credential", &e.credential}};
    for (const auto& [key, out] : fields) {
        auto value = meta(key);
        if (!value)
            return value.error();
        *out = std::move(value.value());
    }
    if (e.credential.empty() || e.deviceId.empty())
        return std::optional<Enrolment>{};
    auto role = meta("role");
    if (!role)
        return role.error();
    e.role = enumFromString<Role>(*role).value_or(Role::Monitor);
    return std::optional<Enrolment>{std::move(e)};
}

Result<std::optional<VisitSummary>> LocalStore::summarise(const Visit& visit) {
    VisitSummary summary;
    summary.visit = visit;
    auto facility = db_->prepare("SELECT body FROM facilities WHERE id = ?1");
    if (!facility)
        return facility.error();
    facility->bind(1, visit.facilityId);
    auto row = facility->step();
    if (!row)
        return row.error();
    if (*row) {
        auto f = facilityFromJson(facility->columnText(0));
        if (!f)
            return f.error();
        summary.facility = std::move(f.value());
    } else {
        summary.facility.id = visit.facilityId;
    }
    auto cycle = db_->prepare("SELECT body FROM cycles WHERE id = ?1");
    if (!cycle)
        return cycle.error();
    cycle->bind(1, visit.cycleId);
    row = cycle->step();
    if (!row)
        return row.error();
    if (*row) {
        auto c = cycleFromJson(cycle->columnText(0));
        if (c)
            summary.cycleName = c->name;
    }
    auto engine = engineLocked(visit.templateId, visit.templateVersion);
    if (!engine)
        return engine.error();
    // Each item's latest answer (the list's summary; the visit's own screens apply the lead's
    // reconciliations, which never change whether an item is answered).
    auto answered =
        db_->prepare("SELECT item_key, value FROM observations o WHERE visit_id = ?1 AND hlc = "
                     "(SELECT max(hlc) FROM observations p WHERE p.visit_id = o.visit_id AND "
                     "p.item_key = o.item_key)");
    if (!answered)
        return answered.error();
    answered->bind(1, visit.id);
    Answers values;
    for (;;) {
        auto next = answered->step();
        if (!next)
            return next.error();
        if (!*next)
            break;
        if (auto value = answerFromJson(answered->columnText(1)))
            values[answered->columnText(0)] = std::move(value.value());
    }
    if (!*engine)
        return std::optional<VisitSummary>{std::move(summary)}; // checklist not received yet
    // The same counts the visit's home shows: items that apply to this facility and these
    // answers, and the flags the answers raise.
    const ChecklistEngine& rules = **engine;
    const FacilityProfile profile{summary.facility.type, summary.facility.populationFlags};
    for (const auto& section : rules.checklist().sections)
        for (const auto& item : section.items) {
            if (!rules.applies(section, item, profile, values))
                continue;
            ++summary.totalItems;
            auto it = values.find(item.key);
            summary.answeredItems +=
                it != values.end() && !std::holds_alternative<std::monostate>(it->second);
        }
    summary.flagCount = static_cast<int>(rules.flags(profile, values, "en").size());
    return std::optional<VisitSummary>{std::move(summary)};
}

Result<std::shared_ptr<const ChecklistEngine>>
LocalStore::engineLocked(const std::string& templateId, const std::string& version) {
    // A published checklist version never changes, so its parsed form is kept for the life of
    // the store: the visit list then parses each version once, not once per visit.
    const auto key = std::make_pair(templateId, version);
    if (auto cached = engines_.find(key); cached != engines_.end())
        return cached->second;
    auto stmt = db_->prepare("SELECT body FROM templates WHERE id = ?1 AND version = ?2");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, templateId).bind(2, version);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::shared_ptr<const ChecklistEngine>{}; // not received yet: not cached
    auto parsed = checklistFromJson(stmt->columnText(0));
    if (!parsed)
        return parsed.error();
    auto engine = std::make_shared<const ChecklistEngine>(std::move(parsed.value()));
    engines_.emplace(key, engine);
    return engine;
}

Result<std::vector<VisitSummary>> LocalStore::visits() {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT body FROM visits");
    if (!stmt)
        return stmt.error();
    auto visits = sqldb::collectRows<Visit>(
        *stmt, [](const sqldb::Statement& row) { return visitFromJson(row.columnText(0)); });
    if (!visits)
        return visits.error();
    std::vector<VisitSummary> out;
    for (const auto& visit : *visits) {
        auto summary = summarise(visit);
        if (!summary)
            return summary.error();
        out.push_back(std::move(**summary));
    }
    std::sort(out.begin(), out.end(), [](const VisitSummary& a, const VisitSummary& b) {
        return a.visit.startDate != b.visit.startDate ? a.visit.startDate < b.visit.startDate
                                                      : a.visit.id < b.visit.id;
    });
    return out;
}

Result<std::vector<VisitCycle>> LocalStore::cycles() {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT body FROM cycles");
    if (!stmt)
        return stmt.error();
    auto cycles = sqldb::collectRows<VisitCycle>(
        *stmt, [](const sqldb::Statement& row) { return cycleFromJson(row.columnText(0)); });
    if (!cycles)
        return cycles.error();
    std::sort(cycles->begin(), cycles->end(), [](const VisitCycle& a, const VisitCycle& b) {
        return a.periodStart != b.periodStart ? a.periodStart > b.periodStart : a.id < b.id;
    });
    return cycles;
}

Result<std::vector<Facility>> LocalStore::facilities() {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT body FROM facilities");
    if (!stmt)
        return stmt.error();
    auto facilities = sqldb::collectRows<Facility>(
        *stmt, [](const sqldb::Statement& row) { return facilityFromJson(row.columnText(0)); });
    if (!facilities)
        return facilities.error();
    std::sort(facilities->begin(), facilities->end(),
              [](const Facility& a, const Facility& b) { return a.name < b.name; });
    return facilities;
}

Result<std::vector<ChecklistTemplate>> LocalStore::latestChecklists() {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT id, version FROM templates");
    if (!stmt)
        return stmt.error();
    // Versions are semantic ("1.10.0" is later than "1.9.0"): compare them number by number.
    const auto numbers = [](const std::string& version) {
        std::vector<long> parts;
        std::istringstream in(version);
        for (std::string part; std::getline(in, part, '.');)
            parts.push_back(std::strtol(part.c_str(), nullptr, 10));
        return parts;
    };
    std::map<std::string, std::string> latest;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const auto id = stmt->columnText(0);
        const auto version = stmt->columnText(1);
        auto& kept = latest[id];
        if (kept.empty() || numbers(kept) < numbers(version))
            kept = version;
    }
    std::vector<ChecklistTemplate> out;
    for (const auto& [id, version] : latest) {
        auto engine = engineLocked(id, version);
        if (!engine)
            return engine.error();
        if (*engine)
            out.push_back((*engine)->checklist());
    }
    return out;
}

Result<std::optional<VisitSummary>> LocalStore::visit(const std::string& visitId) {
    std::lock_guard lock(mutex_);
    auto stmt = db_->prepare("SELECT body FROM visits WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, visitId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<VisitSummary>{};
    auto visit = visitFromJson(stmt->columnText(0));
    if (!visit)
        return visit.error();
    return summarise(*visit);
}

Result<std::optional<ChecklistTemplate>> LocalStore::checklist(const std::string& id,
                                                               const std::string& version) {
    std::lock_guard lock(mutex_);
    auto engine = engineLocked(id, version);
    if (!engine)
        return engine.error();
    if (!*engine)
        return std::optional<ChecklistTemplate>{};
    return std::optional<ChecklistTemplate>{(*engine)->checklist()};
}

Result<std::vector<Observation>> LocalStore::allObservationsLocked(const std::string& visitId) {
    auto stmt = db_->prepare(std::string("SELECT ") + kObservationColumns +
                             " FROM observations WHERE visit_id = ?1 ORDER BY hlc, device_id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, visitId);
    return sqldb::collectRows<Observation>(
        *stmt, [](const sqldb::Statement& row) { return readObservation(row, 0); });
}

Result<std::vector<Observation>> LocalStore::allObservations(const std::string& visitId) {
    std::lock_guard lock(mutex_);
    return allObservationsLocked(visitId);
}

Result<std::map<std::string, ResolvedAnswer>>
LocalStore::resolvedAnswers(const std::string& visitId) {
    std::lock_guard lock(mutex_);
    auto observations = allObservationsLocked(visitId);
    if (!observations)
        return observations.error();
    auto stmt = db_->prepare("SELECT kind, body FROM records WHERE visit_id = ?1 "
                             "AND kind = 'reconciliation'");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, visitId);
    auto settlements = sqldb::collectRows<Reconciliation>(
        *stmt, [](const sqldb::Statement& row) -> Result<Reconciliation> {
            auto record = recordFromJson(row.columnText(0), row.columnText(1));
            if (!record)
                return record.error();
            return std::get<Reconciliation>(std::move(record).value());
        });
    if (!settlements)
        return settlements.error();
    return resolveAnswers(*observations, *settlements);
}

Result<std::map<std::string, Observation>> LocalStore::currentAnswers(const std::string& visitId) {
    auto resolved = resolvedAnswers(visitId);
    if (!resolved)
        return resolved.error();
    std::map<std::string, Observation> current;
    for (auto& [key, answer] : *resolved)
        current.emplace(key, std::move(answer.standing));
    return current;
}

Result<Observation> LocalStore::recordAnswer(const std::string& visitId, const std::string& itemKey,
                                             AnswerValue value, const std::string& note,
                                             SourceTag source) {
    std::lock_guard lock(mutex_);
    auto identity = identityLocked();
    if (!identity)
        return identity.error();
    const auto& [userId, deviceId] = *identity;

    Observation o;
    o.id = newId();
    o.visitId = visitId;
    o.itemKey = itemKey;
    o.value = std::move(value);
    o.note = note;
    o.source = source;
    o.authorId = userId;
    o.deviceId = deviceId;
    o.hlc = clock_.now();
    CUSTOS_TRY(validateObservation(o));

    const Status status = sqldb::inTransaction(*db_, [&]() -> Status {
        auto insert = db_->prepare(std::string("INSERT INTO observations(") + kObservationColumns +
                                   ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        if (!insert)
            return insert.error();
        CUSTOS_TRY(bindObservation(*insert, 1, o).run());
        auto outbox = db_->prepare("INSERT INTO outbox(op_id, kind, entity_id, created_at_ms) "
                                   "VALUES(?1, 'observation', ?2, ?3)");
        if (!outbox)
            return outbox.error();
        return outbox->bind(1, newId())
            .bind(2, o.id)
            .bind(3, static_cast<std::int64_t>(systemMillis()))
            .run();
    });
    if (!status.ok())
        return status.error();
    return o;
}

Status LocalStore::integrityCheck() {
    std::lock_guard lock(mutex_);
    return db_->integrityCheck();
}

} // namespace custos::store
