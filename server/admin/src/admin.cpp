#include "custos/admin/admin.h"

#include "custos/core/hlc.h"
#include "custos/core/uuid.h"
#include "custos/service/secrets.h"

#include <fstream>
#include <sstream>

namespace custos::admin {

Status audit(storage::Storage& store, const Actor& actor, const std::string& action,
             const std::string& entity, const std::string& detail) {
    return store.appendAudit({0, static_cast<std::int64_t>(systemMillis()), actor.userId,
                              actor.deviceId, action, entity, detail});
}

Status audit(storage::Storage& store, const std::string& action, const std::string& entity,
             const std::string& detail) {
    return audit(store, Actor{}, action, entity, detail);
}

Status initOrganisation(storage::Storage& store, const std::string& name) {
    if (name.empty())
        return makeError(ErrorCode::InvalidArgument, "the organisation needs a name");
    CUSTOS_TRY(store.setOrganisationName(name));
    CUSTOS_TRY(audit(store, "organisation.named", {}, name));
    auto users = store.listUsers();
    if (!users)
        return users.error();
    for (const auto& user : *users)
        if (user.role == Role::Admin)
            return {};
    const User admin{newId(), kDemoAdmin, Role::Admin, true};
    CUSTOS_TRY(store.putUser(admin));
    return audit(store, "user.added", admin.id, "role admin");
}

Result<std::string> addUser(storage::Storage& store, const std::string& name, Role role) {
    if (name.empty() || name.size() > 200)
        return makeError(ErrorCode::InvalidArgument, "a user needs a name of 1 to 200 characters");
    auto users = store.listUsers();
    if (!users)
        return users.error();
    for (const auto& user : *users)
        if (user.displayName == name)
            return makeError(ErrorCode::AlreadyExists,
                             "a user called '" + name + "' exists already (id " + user.id + ")");
    const User user{newId(), name, role, true};
    CUSTOS_TRY(store.putUser(user));
    CUSTOS_TRY(audit(store, "user.added", user.id, "role " + std::string(toString(role))));
    return user.id;
}

Status setUserActive(storage::Storage& store, const std::string& userIdOrName, bool active) {
    auto user = resolveUser(store, userIdOrName);
    if (!user)
        return user.error();
    user->active = active;
    CUSTOS_TRY(store.putUser(*user));
    return audit(store, active ? "user.enabled" : "user.disabled", user->id);
}

Status setUserRole(storage::Storage& store, const std::string& userIdOrName, Role role) {
    auto user = resolveUser(store, userIdOrName);
    if (!user)
        return user.error();
    const auto before = user->role;
    user->role = role;
    CUSTOS_TRY(store.putUser(*user));
    // Devices authenticate to the user's current role on every call: the change is immediate.
    return audit(store, "user.role_changed", user->id,
                 std::string(toString(before)) + " -> " + std::string(toString(role)));
}

Result<std::string> describeUsers(storage::Storage& store) {
    auto users = store.listUsers();
    if (!users)
        return users.error();
    std::ostringstream out;
    for (const auto& u : *users)
        out << u.id << "  " << toString(u.role) << "  " << (u.active ? "active" : "disabled")
            << "  " << u.displayName << "\n";
    return out.str();
}

Result<std::string> describeDevices(storage::Storage& store) {
    auto devices = store.listDevices();
    if (!devices)
        return devices.error();
    std::ostringstream out;
    for (const auto& d : *devices)
        out << d.id << "  user " << d.userId << "  enrolled " << d.enrolledAtMs << "  "
            << (d.revoked ? "REVOKED" : "active") << "  " << d.name << "\n";
    return out.str();
}

Status revokeDevice(storage::Storage& store, const std::string& deviceId) {
    return store.revokeDevice(deviceId);
}

Result<std::string> verifyAudit(storage::Storage& store, bool& intact) {
    auto v = store.verifyAudit();
    if (!v)
        return v.error();
    intact = v->firstBadSeq == 0;
    if (!intact)
        return "audit chain BROKEN at event " + std::to_string(v->firstBadSeq) + ": " + v->problem +
               "\n" + std::to_string(v->events) + " event(s) before it verified\n";
    return "audit chain intact: " + std::to_string(v->events) +
           " event(s)\nhead hash: " + v->headHash +
           "\n(record the head hash elsewhere: a later verify that no longer "
           "reaches it shows that events were removed from the end)\n";
}

Status seedDemo(storage::Storage& store, const std::string& checklistYamlPath) {
    std::ifstream in(checklistYamlPath);
    if (!in)
        return makeError(ErrorCode::NotFound, "cannot read checklist " + checklistYamlPath);
    std::ostringstream yaml;
    yaml << in.rdbuf();
    auto checklist = loadChecklistYaml(yaml.str());
    if (!checklist)
        return makeError(ErrorCode::InvalidArgument,
                         checklistYamlPath + ":" + checklist.error().message);
    CUSTOS_TRY(store.putTemplate(*checklist));
    CUSTOS_TRY(audit(store, "checklist.published", checklist->id + "@" + checklist->version));

    auto existing = store.listVisits();
    if (!existing)
        return existing.error();
    if (!existing->empty())
        return {}; // already seeded: seeding twice must not duplicate the organisation

    const User monitor{newId(), kDemoMonitor, Role::Monitor, true};
    const User lead{newId(), kDemoLead, Role::Monitor, true};
    const User coordinator{newId(), kDemoCoordinator, Role::Coordinator, true};
    for (const auto& user : {monitor, lead, coordinator}) {
        CUSTOS_TRY(store.putUser(user));
        CUSTOS_TRY(audit(store, "user.added", user.id, "demo"));
    }

    const std::vector<Facility> facilities{
        {newId(),
         "Central Prison of Northhaven",
         FacilityType::Prison,
         "Ministry of Justice, Prison Administration",
         "North",
         850,
         {"foreign_nationals"},
         {{"A", "Wing A", "wing", 400, 0},
          {"B", "Wing B (remand)", "wing", 450, 0},
          {"B-12", "Wing B, cell 12", "cell", 2, 8.5}}},
        {newId(),
         "Riverside Remand Centre",
         FacilityType::RemandCentre,
         "Ministry of Justice, Prison Administration",
         "Capital",
         420,
         {"women", "juveniles"},
         {}},
        {newId(),
         "Harbour Street Police Station",
         FacilityType::PoliceStation,
         "Ministry of the Interior, National Police",
         "Capital",
         24,
         {},
         {{"C1", "Custody cell 1", "cell", 2, 7.0}}},
    };
    VisitCycle cycle{newId(),      "2026 periodic cycle", CycleKind::Periodic,
                     "2026-01-01", "2026-12-31",          {}};
    for (const auto& facility : facilities) {
        CUSTOS_TRY(store.putFacility(facility));
        cycle.facilityIds.push_back(facility.id);
    }
    CUSTOS_TRY(store.putCycle(cycle));

    Visit visit;
    visit.id = newId();
    visit.facilityId = facilities.front().id;
    visit.cycleId = cycle.id;
    visit.announced = false;
    visit.startDate = "2026-11-30";
    visit.endDate = "2026-12-02";
    visit.team = {{lead.id, lead.displayName, TeamRole::Head},
                  {monitor.id, monitor.displayName, TeamRole::Member}};
    visit.templateId = checklist->id;
    visit.templateVersion = checklist->version;
    visit.status = VisitStatus::Planned;
    CUSTOS_TRY(store.putVisit(visit));
    return audit(store, "demo.seeded", visit.id);
}

Result<User> resolveUser(storage::Storage& store, const std::string& idOrName) {
    auto users = store.listUsers();
    if (!users)
        return users.error();
    const User* found = nullptr;
    for (const auto& user : *users) {
        if (user.id == idOrName)
            return user;
        if (user.displayName == idOrName) {
            if (found)
                return makeError(ErrorCode::InvalidArgument,
                                 "more than one user is called '" + idOrName + "'; use the id");
            found = &user;
        }
    }
    if (!found)
        return makeError(ErrorCode::NotFound, "no user with id or name '" + idOrName + "'");
    return *found;
}

Result<std::string> issueEnrolmentCode(storage::Storage& store, const std::string& userIdOrName,
                                       std::int64_t ttlMs) {
    if (ttlMs <= 0)
        return makeError(ErrorCode::InvalidArgument, "the code's lifetime must be positive");
    auto user = resolveUser(store, userIdOrName);
    if (!user)
        return user.error();
    if (!user->active)
        return makeError(ErrorCode::FailedPrecondition,
                         "user '" + user->displayName + "' is disabled");
    const std::string code = service::newEnrolmentCode();
    CUSTOS_TRY(store.addEnrolmentCode(service::sha256Hex(service::normaliseEnrolmentCode(code)),
                                      user->id, static_cast<std::int64_t>(systemMillis()) + ttlMs));
    CUSTOS_TRY(audit(store, "enrolment_code.issued", user->id));
    return code;
}

Result<std::string> describeStatus(storage::Storage& store) {
    auto stats = store.stats();
    if (!stats)
        return stats.error();
    std::ostringstream out;
    out << "organisation: "
        << (stats->organisationName.empty() ? "(not initialised)" : stats->organisationName)
        << "\nschema version: " << stats->schemaVersion << "\nusers: " << stats->users
        << "\nactive devices: " << stats->devices << "\nfacilities: " << stats->facilities
        << "\nvisit cycles: " << stats->cycles << "\nvisits: " << stats->visits
        << "\nchecklist versions: " << stats->templates << "\nobservations: " << stats->observations
        << "\nvisit records (interviews, findings, recommendations, ...): " << stats->records
        << "\nlast change: " << stats->lastSeq << "\n";
    return out.str();
}

} // namespace custos::admin
