#pragma once
// Assembles the VisitDossier of one visit from storage: the coordinator's visit review and the
// visit report both read it, over ReviewService.VisitDossier and `custosctl report`.

#include "custos/core/result.h"
#include "custos/core/visit_dossier.h"
#include "custos/storage/storage.h"

#include <string>

namespace custos::aggregate {

/// The dossier of `visitId` in `language` ("en", "fr"; other languages fall back per text).
/// Answers are resolved and figures computed exactly as for the tablets, the aggregates and the
/// exports (resolveAnswers, computeVisitStats, ChecklistEngine). Interviews with consent None
/// are left out: they never leave the visit team (storage policy, FeedScope::Organisation).
/// `today` (ISO date) decides which recommendations are overdue; empty means the UTC date now.
/// NotFound for an unknown visit.
[[nodiscard]] Result<VisitDossier> assembleDossier(storage::Storage& store,
                                                   const std::string& visitId,
                                                   const std::string& language,
                                                   const std::string& today = {});

} // namespace custos::aggregate
