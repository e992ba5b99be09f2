#include "custos/admin/admin.h"

#include "custos/core/hlc.h"
#include "custos/core/uuid.h"
#include "custos/service/secrets.h"

#include <fstream>
#include <sstream>

namespace custos::admin {

Status initOrganisation(storage::Storage& store, const std::string& name) {
    if (name.empty())
        return makeError(ErrorCode::InvalidArgument, "the organisation needs a name");
    CUSTOS_TRY(store.setOrganisationName(name));
    auto users = store.listUsers();
    if (!users)
        return users.error();
    for (const auto& user : *users)
        if (user.role == Role::Admin)
            return {};
    return store.putUser({newId(), kDemoAdmin, Role::Admin, true});
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

    auto existing = store.listVisits();
    if (!existing)
        return existing.error();
    if (!existing->empty())
        return {}; // already seeded: seeding twice must not duplicate the organisation

    const User monitor{newId(), kDemoMonitor, Role::Monitor, true};
    const User lead{newId(), kDemoLead, Role::Monitor, true};
    const User coordinator{newId(), kDemoCoordinator, Role::Coordinator, true};
    for (const auto& user : {monitor, lead, coordinator})
        CUSTOS_TRY(store.putUser(user));

    const std::vector<Facility> facilities{
        {newId(), "Central Prison of Northhaven", FacilityType::Prison,
         "Ministry of Justice, Prison Administration", "North", 850, {"foreign_nationals"}},
        {newId(), "Riverside Remand Centre", FacilityType::RemandCentre,
         "Ministry of Justice, Prison Administration", "Capital", 420, {"women", "juveniles"}},
        {newId(), "Harbour Street Police Station", FacilityType::PoliceStation,
         "Ministry of the Interior, National Police", "Capital", 24, {}},
    };
    VisitCycle cycle{newId(), "2026 periodic cycle", CycleKind::Periodic, "2026-01-01",
                     "2026-12-31", {}};
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
    return store.putVisit(visit);
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
                                      user->id,
                                      static_cast<std::int64_t>(systemMillis()) + ttlMs));
    return code;
}

Result<std::string> describeStatus(storage::Storage& store) {
    auto stats = store.stats();
    if (!stats)
        return stats.error();
    std::ostringstream out;
    out << "organisation: " << (stats->organisationName.empty() ? "(not initialised)"
                                                                 : stats->organisationName)
        << "\nschema version: " << stats->schemaVersion << "\nusers: " << stats->users
        << "\nactive devices: " << stats->devices << "\nfacilities: " << stats->facilities
        << "\nvisit cycles: " << stats->cycles << "\nvisits: " << stats->visits
        << "\nchecklist versions: " << stats->templates
        << "\nobservations: " << stats->observations << "\nlast change: " << stats->lastSeq
        << "\n";
    return out.str();
}

} // namespace custos::admin
