#pragma once
// A generated, plausible multi-cycle history: facilities visited cycle after cycle, answers,
// findings, recommendations followed up in later cycles, interviews. It is written through
// Storage::applyOps as the visit teams themselves, so every figure is computed exactly as real
// pushes compute it. Used for demo data (scripts/run), benchmarks and aggregate property tests.

#include "custos/core/checklist.h"
#include "custos/core/result.h"
#include "custos/storage/storage.h"

#include <cstdint>
#include <functional>
#include <random>
#include <string>

namespace custos::admin {

/// The size and make-up of a generated history.
struct HistoryShape {
    int facilities = 3;
    int cycles = 3;
    int itemsPerVisit = 40; ///< distinct items answered per visit (capped by the checklist)
    int answersPerItem = 1; ///< >1 adds later answers (edits, second team member)
    int findingsPerVisit = 3;
    int recommendationsPerVisit = 2;
    int interviewsPerVisit = 2;
    int monitors = 6;     ///< pool of monitors teams are drawn from
    int firstYear = 2023; ///< cycle n covers year firstYear + n
    /// Facilities whose visit in the cycle before the last is submitted but not yet reviewed
    /// (a coordinator's pending work in demos and review tests).
    int awaitingReview = 0;
    std::uint32_t seed = 1;
    std::size_t batch = 1000; ///< ops per applyOps call
};

/// What was generated.
struct HistorySummary {
    std::vector<std::string> facilityIds;
    std::vector<std::string> cycleIds;
    std::vector<std::string> visitIds;
    std::int64_t observations = 0;
    std::int64_t records = 0;
};

/// A plausible answer for an item (yes/no codes, measurements in range, choice keys...).
[[nodiscard]] AnswerValue plausibleAnswer(const ChecklistItem& item, std::mt19937& rng);

/// Generates the history with `checklist` (published here if needed). The last cycle's visits
/// stay in progress; earlier ones are submitted by their leads and reviewed by a coordinator,
/// except `awaitingReview` of the cycle before the last, which wait for review.
[[nodiscard]] Result<HistorySummary>
generateHistory(storage::Storage& store, const ChecklistTemplate& checklist,
                const HistoryShape& shape,
                const std::function<void(const std::string&)>& progress = {});

} // namespace custos::admin
