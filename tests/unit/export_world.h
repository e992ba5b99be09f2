#pragma once
// A seeded store for the export tests: a generated two-cycle history (four facilities, answers,
// findings, recommendations followed up in the second cycle, two interviews per visit) plus
// what the generator does not make: a second visit in one facility and cycle with six
// interviews marked so any leak is found, findings resting on few and on many interviews, a
// finding text a naive CSV writer would break, notes, and a facility in scope but not visited.

#include "custos/core/checklist.h"
#include "custos/export/dataset_export.h"
#include "custos/storage/storage.h"

#include <memory>
#include <string>
#include <vector>

namespace custos::testkit {

struct ExportWorld {
    std::unique_ptr<storage::Storage> store;
    std::string markedVisitId;       ///< the second visit, with six interviews
    std::string unvisitedFacilityId; ///< in the second cycle's scope, never visited
    std::string secondCycleId;
    std::string trickyText; ///< a finding text with a formula, quotes, a comma and a line break
    /// Strings that must never appear in any export: user and device ids, user names, person
    /// codes, interview content, privacy notes, allegation details, status evidence, notes.
    std::vector<std::string> forbidden;
    int k = 5;
};

/// The world, seeded once per test process.
[[nodiscard]] ExportWorld& exportWorld();
/// The Mandela Rules checklist the world's visits use.
[[nodiscard]] const ChecklistTemplate& mandelaRules();
/// The whole export document for a request.
[[nodiscard]] std::string exportText(storage::Storage& store,
                                     const exports::ExportRequest& request);
/// A CSV document parsed by the RFC 4180 reader custosctl uses for imports: header first.
[[nodiscard]] std::vector<std::vector<std::string>> parseCsvRows(const std::string& csv);

} // namespace custos::testkit
