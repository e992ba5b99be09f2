#include "export_scope.h"

namespace custos::exports {
namespace {

std::string templateKey(const std::string& id, const std::string& version) {
    return id + "@" + version;
}

bool matches(const std::string& wanted, const std::string& id, const std::string& name) {
    return wanted.empty() || wanted == id || wanted == name;
}

} // namespace

const Facility& ExportScope::facilityOf(const std::string& facilityId) const {
    static const Facility kUnknown{};
    auto it = facilities.find(facilityId);
    return it == facilities.end() ? kUnknown : it->second;
}

const VisitCycle& ExportScope::cycleOf(const std::string& cycleId) const {
    static const VisitCycle kUnknown{};
    auto it = cycles.find(cycleId);
    return it == cycles.end() ? kUnknown : it->second;
}

const ChecklistTemplate* ExportScope::checklistOf(const Visit& visit) const {
    auto it = templates.find(templateKey(visit.templateId, visit.templateVersion));
    return it == templates.end() ? nullptr : &it->second;
}

bool ExportScope::selects(const Facility& facility) const {
    return matches(wantedFacility, facility.id, facility.name);
}

bool ExportScope::selects(const VisitCycle& cycle) const {
    return matches(wantedCycle, cycle.id, cycle.name);
}

Result<ExportScope> loadScope(storage::Storage& store, const ExportRequest& request) {
    auto visits = store.listVisits();
    auto facilities = store.listFacilities();
    auto cycles = store.listCycles();
    auto templates = store.listTemplates();
    if (!visits || !facilities || !cycles || !templates)
        return makeError(ErrorCode::Internal, "cannot read the store for the export");
    ExportScope scope;
    scope.wantedCycle = request.cycle;
    scope.wantedFacility = request.facility;
    for (auto& f : *facilities)
        scope.facilities[f.id] = std::move(f);
    for (auto& c : *cycles)
        scope.cycles[c.id] = std::move(c);
    for (auto& t : *templates) {
        auto key = templateKey(t.id, t.version);
        scope.templates[std::move(key)] = std::move(t);
    }
    for (auto& visit : *visits)
        if (scope.selects(scope.facilityOf(visit.facilityId)) &&
            scope.selects(scope.cycleOf(visit.cycleId)))
            scope.visits.push_back(std::move(visit));
    return scope;
}

std::vector<std::string> visitColumnsAnd(std::initializer_list<const char*> rest) {
    std::vector<std::string> columns{"cycle_id", "cycle",         "facility_id",
                                     "facility", "facility_type", "region",
                                     "visit_id", "visit_status",  "visit_start"};
    columns.insert(columns.end(), rest.begin(), rest.end());
    return columns;
}

std::vector<Cell> visitCells(const ExportScope& scope, const Visit& visit) {
    const auto& facility = scope.facilityOf(visit.facilityId);
    const auto& cycle = scope.cycleOf(visit.cycleId);
    return {Cell::of(visit.cycleId),
            Cell::optional(cycle.name),
            Cell::of(visit.facilityId),
            Cell::optional(facility.name),
            Cell::of(toString(facility.type)),
            Cell::optional(facility.region),
            Cell::of(visit.id),
            Cell::of(toString(visit.status)),
            Cell::optional(visit.startDate)};
}

const ChecklistEngine* EngineCache::of(const ExportScope& scope, const Visit& visit) {
    const ChecklistTemplate* checklist = scope.checklistOf(visit);
    if (!checklist)
        return nullptr;
    auto& engine = engines_[templateKey(checklist->id, checklist->version)];
    if (!engine)
        engine = std::make_unique<ChecklistEngine>(*checklist);
    return engine.get();
}

} // namespace custos::exports
