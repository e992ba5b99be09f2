#pragma once
// custosctl's organisation data commands: facilities (incl. CSV import), cycles and visits.

#include "custos/admin/admin.h"
#include "custos/core/result.h"
#include "custos/storage/storage.h"

#include <ostream>
#include <string>
#include <vector>

namespace custos::admin {

/// Checks and adds a facility (a new id is made when it has none); returns its id.
[[nodiscard]] Result<std::string> addFacility(storage::Storage& store, Facility facility);

/// Imports facilities from CSV with the header
/// `name,type,authority,region,capacity,population` (population: groups separated by ';').
/// Every bad row is reported to `problems` as "FILE:LINE: sentence"; if any row is bad, nothing
/// is imported. Returns the number imported.
[[nodiscard]] Result<int> importFacilitiesCsv(storage::Storage& store, const std::string& path,
                                              std::ostream& problems);

/// Adds or replaces (by key) a wing, unit, cell or dormitory of a facility (id or name).
[[nodiscard]] Status setSubUnit(storage::Storage& store, const std::string& facility,
                                const SubUnit& unit, const Actor& actor = {});
[[nodiscard]] Result<std::string> describeFacilities(storage::Storage& store);

/// Creates a visit cycle; returns its id.
[[nodiscard]] Result<std::string> createCycle(storage::Storage& store, const std::string& name,
                                              CycleKind kind, const std::string& start,
                                              const std::string& end, const Actor& actor = {});
/// Puts a facility (id or name) in a cycle's scope.
[[nodiscard]] Status addFacilityToCycle(storage::Storage& store, const std::string& cycle,
                                        const std::string& facility, const Actor& actor = {});
[[nodiscard]] Result<std::string> describeCycles(storage::Storage& store);

/// What a new visit needs.
struct VisitPlan {
    std::string facility;   ///< id or name
    std::string cycle;      ///< id or name
    std::string start, end; ///< ISO dates
    std::string checklistId, checklistVersion;
    bool announced = false;
};
/// Plans a visit of a facility in a cycle with a published checklist; returns its id.
[[nodiscard]] Result<std::string> planVisit(storage::Storage& store, const VisitPlan& plan,
                                            const Actor& actor = {});
/// Sets a visit's team from "user" or "user:role" entries (role: head, member, doctor, lawyer,
/// interpreter, expert); exactly one head is required.
[[nodiscard]] Status setVisitTeam(storage::Storage& store, const std::string& visitId,
                                  const std::vector<std::string>& members, const Actor& actor = {});
[[nodiscard]] Result<std::string> describeVisits(storage::Storage& store);

} // namespace custos::admin
