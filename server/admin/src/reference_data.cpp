#include "custos/admin/reference_data.h"

#include "custos/admin/admin.h"
#include "custos/admin/csv.h"
#include "custos/core/utf8.h"
#include "custos/core/uuid.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <utility>

namespace custos::admin {
namespace {

bool isIsoDate(const std::string& text) {
    static const std::regex date("[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])");
    return std::regex_match(text, date);
}

/// Every problem with a facility, as sentences.
std::vector<std::string> facilityProblems(const Facility& f) {
    std::vector<std::string> problems;
    if (f.name.empty())
        problems.push_back("the facility has no name");
    if (f.name.size() > 200)
        problems.push_back("the name is longer than 200 characters");
    if (f.officialCapacity < 0)
        problems.push_back("the capacity must be 0 or more");
    const std::pair<const char*, const std::string*> texts[] = {
        {"the name", &f.name}, {"the authority", &f.authority}, {"the region", &f.region}};
    for (const auto& [label, text] : texts)
        if (auto fault = firstTextFault(*text))
            problems.push_back(std::string(label) + ": " + fault->describe());
    for (const auto& group : f.populationFlags)
        if (!isPopulationGroup(group))
            problems.push_back("unknown population group '" + group + "'");
    return problems;
}

template <typename T, typename Named>
Result<T> resolve(const std::vector<T>& items, const std::string& idOrName, const char* what,
                  Named nameOf) {
    const T* found = nullptr;
    for (const auto& item : items) {
        if (item.id == idOrName)
            return item;
        if (nameOf(item) == idOrName) {
            if (found)
                return makeError(ErrorCode::InvalidArgument, std::string("more than one ") + what +
                                                                 " is called '" + idOrName +
                                                                 "'; use the id");
            found = &item;
        }
    }
    if (!found)
        return makeError(ErrorCode::NotFound,
                         std::string("no ") + what + " with id or name '" + idOrName + "'");
    return *found;
}

Result<Facility> resolveFacility(storage::Storage& store, const std::string& idOrName) {
    auto all = store.listFacilities();
    if (!all)
        return all.error();
    return resolve(*all, idOrName, "facility", [](const Facility& f) { return f.name; });
}

Result<VisitCycle> resolveCycle(storage::Storage& store, const std::string& idOrName) {
    auto all = store.listCycles();
    if (!all)
        return all.error();
    return resolve(*all, idOrName, "cycle", [](const VisitCycle& c) { return c.name; });
}

} // namespace

Result<std::string> addFacility(storage::Storage& store, Facility facility) {
    if (facility.id.empty())
        facility.id = newId();
    if (auto problems = facilityProblems(facility); !problems.empty())
        return makeError(ErrorCode::InvalidArgument, problems.front());
    auto existing = store.listFacilities();
    if (!existing)
        return existing.error();
    for (const auto& f : *existing)
        if (f.name == facility.name && f.id != facility.id)
            return makeError(ErrorCode::AlreadyExists,
                             "a facility called '" + facility.name + "' exists (id " + f.id + ")");
    CUSTOS_TRY(store.putFacility(facility));
    CUSTOS_TRY(audit(store, "facility.added", facility.id));
    return facility.id;
}

Result<int> importFacilitiesCsv(storage::Storage& store, const std::string& path,
                                std::ostream& problems) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::NotFound, path + ": cannot read this file");
    std::ostringstream text;
    text << in.rdbuf();
    if (auto fault = firstTextFault(text.str()))
        return makeError(ErrorCode::InvalidArgument,
                         path + ":" + std::to_string(fault->line) + ":" +
                             std::to_string(fault->column) + ": " + fault->describe() +
                             (fault->control ? "; delete it"
                                             : "; save the file as UTF-8 (CSV "
                                               "UTF-8 in a spreadsheet)") +
                             "; nothing was imported");
    auto records = parseCsv(text.str());
    if (!records)
        return makeError(ErrorCode::InvalidArgument, path + ": " + records.error().message);
    const std::vector<std::string> header{"name",   "type",     "authority",
                                          "region", "capacity", "population"};
    if (records->empty() || records->front().fields != header)
        return makeError(ErrorCode::InvalidArgument,
                         path + ":1: the first line must be the header "
                                "name,type,authority,region,capacity,population");
    auto existing = store.listFacilities();
    if (!existing)
        return existing.error();
    std::set<std::string> names;
    for (const auto& f : *existing)
        names.insert(f.name);

    std::vector<Facility> facilities;
    int bad = 0;
    for (std::size_t r = 1; r < records->size(); ++r) {
        const auto& record = (*records)[r];
        std::vector<std::string> rowProblems;
        Facility f;
        f.id = newId();
        if (record.fields.size() != header.size()) {
            rowProblems.push_back("expected 6 fields, found " +
                                  std::to_string(record.fields.size()));
        } else {
            f.name = record.fields[0];
            auto type = enumFromString<FacilityType>(record.fields[1]);
            if (!type)
                rowProblems.push_back("unknown facility type '" + record.fields[1] + "'");
            else
                f.type = *type;
            f.authority = record.fields[2];
            f.region = record.fields[3];
            try {
                std::size_t used = 0;
                f.officialCapacity = std::stoi(record.fields[4], &used);
                if (used != record.fields[4].size())
                    throw std::invalid_argument("trailing text");
            } catch (const std::exception&) {
                rowProblems.push_back("capacity '" + record.fields[4] + "' is not a whole number");
            }
            std::stringstream groups(record.fields[5]);
            for (std::string group; std::getline(groups, group, ';');)
                if (!group.empty())
                    f.populationFlags.push_back(group);
            for (auto& p : facilityProblems(f))
                rowProblems.push_back(std::move(p));
            if (!f.name.empty() && !names.insert(f.name).second)
                rowProblems.push_back("a facility called '" + f.name + "' exists already");
        }
        for (const auto& p : rowProblems)
            problems << path << ":" << record.line << ": " << p << "\n";
        bad += rowProblems.empty() ? 0 : 1;
        facilities.push_back(std::move(f));
    }
    if (bad > 0)
        return makeError(ErrorCode::InvalidArgument,
                         std::to_string(bad) + " bad row(s); nothing was imported");
    CUSTOS_TRY(store.putFacilities(facilities));
    CUSTOS_TRY(
        audit(store, "facility.imported", {}, std::to_string(facilities.size()) + " facilities"));
    return static_cast<int>(facilities.size());
}

Status setSubUnit(storage::Storage& store, const std::string& facilityRef, const SubUnit& unit,
                  const Actor& actor) {
    if (unit.key.empty() || unit.key.size() > 100)
        return makeError(ErrorCode::InvalidArgument, "a sub-unit needs a key (e.g. B-12)");
    if (unit.capacity < 0 || !(unit.areaM2 >= 0) || !std::isfinite(unit.areaM2))
        return makeError(ErrorCode::InvalidArgument,
                         "a sub-unit's capacity and area cannot be negative");
    auto facility = resolveFacility(store, facilityRef);
    if (!facility)
        return facility.error();
    auto existing = std::find_if(facility->subUnits.begin(), facility->subUnits.end(),
                                 [&](const SubUnit& u) { return u.key == unit.key; });
    if (existing != facility->subUnits.end())
        *existing = unit;
    else
        facility->subUnits.push_back(unit);
    CUSTOS_TRY(store.putFacility(*facility));
    return audit(store, actor, "facility.unit_set", facility->id, unit.key);
}

Result<std::string> describeFacilities(storage::Storage& store) {
    auto all = store.listFacilities();
    if (!all)
        return all.error();
    std::ostringstream out;
    for (const auto& f : *all)
        out << f.id << "  " << toString(f.type) << "  capacity " << f.officialCapacity << "  "
            << f.region << "  " << f.name
            << (f.subUnits.empty() ? "" : "  (" + std::to_string(f.subUnits.size()) + " units)")
            << "\n";
    return out.str();
}

Result<std::string> createCycle(storage::Storage& store, const std::string& name, CycleKind kind,
                                const std::string& start, const std::string& end,
                                const Actor& actor) {
    if (name.empty())
        return makeError(ErrorCode::InvalidArgument, "the cycle needs a name");
    if (!isIsoDate(start) || !isIsoDate(end))
        return makeError(ErrorCode::InvalidArgument, "dates must be written YYYY-MM-DD");
    if (end < start)
        return makeError(ErrorCode::InvalidArgument, "the cycle ends before it starts");
    const VisitCycle cycle{newId(), name, kind, start, end, {}};
    CUSTOS_TRY(store.putCycle(cycle));
    CUSTOS_TRY(audit(store, actor, "cycle.created", cycle.id));
    return cycle.id;
}

Status addFacilityToCycle(storage::Storage& store, const std::string& cycleRef,
                          const std::string& facilityRef, const Actor& actor) {
    auto cycle = resolveCycle(store, cycleRef);
    if (!cycle)
        return cycle.error();
    auto facility = resolveFacility(store, facilityRef);
    if (!facility)
        return facility.error();
    auto& ids = cycle->facilityIds;
    if (std::find(ids.begin(), ids.end(), facility->id) != ids.end())
        return {};
    ids.push_back(facility->id);
    CUSTOS_TRY(store.putCycle(*cycle));
    return audit(store, actor, "cycle.facility_added", cycle->id, facility->id);
}

Result<std::string> describeCycles(storage::Storage& store) {
    auto all = store.listCycles();
    if (!all)
        return all.error();
    std::ostringstream out;
    for (const auto& c : *all)
        out << c.id << "  " << toString(c.kind) << "  " << c.periodStart << " to " << c.periodEnd
            << "  " << c.facilityIds.size() << " facilities  " << c.name << "\n";
    return out.str();
}

Result<std::string> planVisit(storage::Storage& store, const VisitPlan& plan, const Actor& actor) {
    auto facility = resolveFacility(store, plan.facility);
    if (!facility)
        return facility.error();
    auto cycle = resolveCycle(store, plan.cycle);
    if (!cycle)
        return cycle.error();
    if (std::find(cycle->facilityIds.begin(), cycle->facilityIds.end(), facility->id) ==
        cycle->facilityIds.end())
        return makeError(ErrorCode::FailedPrecondition,
                         "facility '" + facility->name + "' is not in cycle '" + cycle->name +
                             "'; add it first with: custosctl cycle add-facility");
    if (!isIsoDate(plan.start) || !isIsoDate(plan.end) || plan.end < plan.start)
        return makeError(ErrorCode::InvalidArgument,
                         "visit dates must be YYYY-MM-DD and end on or after the start");
    auto templates = store.listTemplates();
    if (!templates)
        return templates.error();
    if (std::none_of(templates->begin(), templates->end(), [&](const ChecklistTemplate& t) {
            return t.id == plan.checklistId && t.version == plan.checklistVersion;
        }))
        return makeError(ErrorCode::NotFound, "checklist " + plan.checklistId + " version " +
                                                  plan.checklistVersion +
                                                  " is not published; publish it first");
    Visit visit;
    visit.id = newId();
    visit.facilityId = facility->id;
    visit.cycleId = cycle->id;
    visit.announced = plan.announced;
    visit.startDate = plan.start;
    visit.endDate = plan.end;
    visit.templateId = plan.checklistId;
    visit.templateVersion = plan.checklistVersion;
    CUSTOS_TRY(store.putVisit(visit));
    CUSTOS_TRY(audit(store, actor, "visit.planned", visit.id));
    return visit.id;
}

Status setVisitTeam(storage::Storage& store, const std::string& visitId,
                    const std::vector<std::string>& members, const Actor& actor) {
    auto visit = store.findVisit(visitId);
    if (!visit)
        return visit.error();
    std::vector<TeamMember> team;
    std::set<std::string> seen;
    int heads = 0;
    for (const auto& entry : members) {
        const auto colon = entry.rfind(':');
        const std::string who = colon == std::string::npos ? entry : entry.substr(0, colon);
        const std::string roleName =
            colon == std::string::npos ? "member" : entry.substr(colon + 1);
        auto role = enumFromString<TeamRole>(roleName);
        if (!role)
            return makeError(ErrorCode::InvalidArgument, "unknown team role '" + roleName + "'");
        auto user = resolveUser(store, who);
        if (!user)
            return user.error();
        if (!user->active)
            return makeError(ErrorCode::FailedPrecondition,
                             "user '" + user->displayName + "' is disabled");
        if (!seen.insert(user->id).second)
            return makeError(ErrorCode::InvalidArgument,
                             "'" + user->displayName + "' is listed twice");
        heads += *role == TeamRole::Head;
        team.push_back({user->id, user->displayName, *role});
    }
    if (heads != 1)
        return makeError(ErrorCode::InvalidArgument,
                         "a visit team needs exactly one head (user:head)");
    visit->team = std::move(team);
    CUSTOS_TRY(store.putVisit(*visit));
    return audit(store, actor, "visit.team_set", visit->id,
                 std::to_string(members.size()) + " members");
}

Result<std::string> describeVisits(storage::Storage& store) {
    auto visits = store.listVisits();
    if (!visits)
        return visits.error();
    auto facilities = store.listFacilities();
    if (!facilities)
        return facilities.error();
    std::map<std::string, std::string> names;
    for (const auto& f : *facilities)
        names[f.id] = f.name;
    std::ostringstream out;
    for (const auto& v : *visits) {
        out << v.id << "  " << v.startDate << " to " << v.endDate << "  " << toString(v.status)
            << "  " << names[v.facilityId] << "  team:";
        for (const auto& m : v.team)
            out << " " << m.displayName << " (" << toString(m.role) << ")";
        out << "\n";
    }
    return out.str();
}

} // namespace custos::admin
