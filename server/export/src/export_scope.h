#pragma once
// What every dataset reads first: the reference data by id and the visits the request selects
// (by cycle and facility, each given as id or name).

#include "custos/core/checklist_engine.h"
#include "custos/export/export_request.h"
#include "custos/export/table_writer.h"
#include "custos/storage/storage.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace custos::exports {

/// Reference data and the selected visits of one export.
struct ExportScope {
    std::map<std::string, Facility> facilities;
    std::map<std::string, VisitCycle> cycles;
    std::map<std::string, ChecklistTemplate> templates; ///< by "id@version"
    std::vector<Visit> visits;                          ///< those the request selects
    std::string wantedCycle;
    std::string wantedFacility;

    /// The visit's facility, or an empty one when unknown (a row is still written).
    [[nodiscard]] const Facility& facilityOf(const std::string& facilityId) const;
    [[nodiscard]] const VisitCycle& cycleOf(const std::string& cycleId) const;
    /// The visit's published checklist version, or null while it is unknown here.
    [[nodiscard]] const ChecklistTemplate* checklistOf(const Visit& visit) const;
    [[nodiscard]] bool selects(const Facility& facility) const;
    [[nodiscard]] bool selects(const VisitCycle& cycle) const;
};

/// Reads the reference data and selects the visits.
[[nodiscard]] Result<ExportScope> loadScope(storage::Storage& store, const ExportRequest& request);

/// The columns that place a row in its visit (ids, names, status, start), followed by `rest`.
[[nodiscard]] std::vector<std::string> visitColumnsAnd(std::initializer_list<const char*> rest);
/// The cells of visitColumnsAnd's first columns for one visit.
[[nodiscard]] std::vector<Cell> visitCells(const ExportScope& scope, const Visit& visit);

/// Checklist engines by "id@version", built on first use (building one compiles its formulas).
class EngineCache final {
public:
    /// The engine of the visit's checklist, or null while the checklist is unknown.
    [[nodiscard]] const ChecklistEngine* of(const ExportScope& scope, const Visit& visit);

private:
    std::map<std::string, std::unique_ptr<ChecklistEngine>> engines_;
};

} // namespace custos::exports
