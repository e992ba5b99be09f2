#pragma once
// Test support: a visit with everything its report shows — answers, findings of every severity,
// recommendations, interviews under each consent scope carrying marker texts, and a previous
// visit to the same facility with a recommendation followed up since. Written into a data
// directory initialised with `custosctl init --demo` (any checklist), through the storage
// interface as the visit lead would push it, so the server's own rules and figures apply.

#include "custos/storage/storage.h"

#include <string>
#include <vector>

namespace custos::testkit {

/// How big the seeded visit is.
struct DossierShape {
    int answers = 40; ///< items answered (at most the checklist's answerable items)
    int findings = 6; ///< includes at least one urgent and one good practice
    int recommendations = 4;
};

/// What was seeded, for the assertions.
struct DossierWorld {
    std::string visitId;
    std::string previousVisitId;
    std::string facilityName;
    std::vector<std::string> findingTexts;
    std::vector<std::string> recommendationTexts;
    std::string earlierRecommendationText; ///< made at the previous visit
    std::string earlierEvidence;           ///< its status update's evidence, at this visit
    // Interview marker texts and pseudonyms, one per consent scope.
    std::string noneContent, internalContent, authoritiesContent;
    std::string noneCode, internalCode, authoritiesCode;
};

/// Seeds the demo visit of `store` (see custosctl init --demo).
[[nodiscard]] Result<DossierWorld> seedDossierVisit(storage::Storage& store,
                                                    const DossierShape& shape = {});

/// Opens the data directory's store and seeds it (the server may be running: it notices).
[[nodiscard]] DossierWorld seedDossierDataDir(const std::string& dataDir,
                                              const DossierShape& shape = {});

} // namespace custos::testkit
