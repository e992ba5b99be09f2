#pragma once
// The coordinator's review queries, assembled from stored visit figures: the cycle overview,
// a facility's trend across cycles and recommendation follow-up. Pure functions over data the
// storage interface returns, so every backend answers them the same way.

#include "custos/aggregate/visit_stats.h"
#include "custos/core/entities.h"
#include "custos/core/records.h"

#include <optional>
#include <string>
#include <vector>

namespace custos::aggregate {

/// What a row needs to name its cycle (not the cycle's scope: 500 rows must not each copy the
/// ids of 500 facilities).
struct CycleRef {
    std::string id;
    std::string name;
    std::string periodStart;
};

/// One facility within one cycle: its latest visit's figures, if it was visited.
struct FacilityCycleRow {
    Facility facility;
    CycleRef cycle;
    VisitStatsPtr latest; ///< latest visit by start date; null if not visited yet
    int visits = 0;       ///< visits to the facility in this cycle
};

/// How to order the cycle overview: "name", "region", "non_compliant_themes",
/// "urgent_findings", "flags", "completion", or "indicator:<key>" (e.g. "indicator:occupancy_pct").
struct OverviewOrder {
    std::string key = "name";
    bool descending = false;
};

/// Every facility in scope of a cycle, ordered. Facilities without a value for the sort key come
/// last whatever the direction, so "worst first" never starts with unknowns.
[[nodiscard]] Result<std::vector<FacilityCycleRow>>
cycleOverview(const VisitCycle& cycle, const std::vector<Facility>& facilities,
              const std::vector<VisitStatsPtr>& statsOfCycle, const OverviewOrder& order);

/// One facility across cycles, oldest cycle first; cycles without a visit are left out.
[[nodiscard]] std::vector<FacilityCycleRow>
facilityTrend(const Facility& facility, const std::vector<VisitCycle>& cycles,
              const std::vector<VisitStatsPtr>& statsOfFacility);

/// A recommendation with its whole status history.
struct RecommendationState {
    Recommendation recommendation; ///< current version
    std::string facilityId;
    std::string cycleId;                       ///< the cycle of the visit that made it
    std::vector<RecommendationUpdate> history; ///< oldest first
    RecommendationStatus status = RecommendationStatus::Open;
    bool overdue = false; ///< due date passed while still open
};

/// Implementation figures of the recommendations made in one facility and cycle.
struct FollowUpRate {
    std::string facilityId;
    std::string cycleId;
    int total = 0;
    int implemented = 0;
    int partiallyImplemented = 0;
    int stillOpen = 0;
    int overdue = 0;
    /// implemented / (total - no longer applicable); partial counts half. -1 when nothing counts.
    double rate = -1;
};

/// Builds each recommendation's state from all versions and updates; `today` is an ISO date.
[[nodiscard]] std::vector<RecommendationState>
recommendationStates(const std::vector<VisitRecord>& recommendationsAndUpdates,
                     const std::vector<Visit>& visits, const std::string& today);

/// Implementation rate per (facility, cycle of origin).
[[nodiscard]] std::vector<FollowUpRate>
followUpRates(const std::vector<RecommendationState>& states);

/// The value shown for an interview-derived count: nullopt ("fewer than k") when 0 < count < k.
[[nodiscard]] std::optional<int> suppressSmall(int count, int k);

} // namespace custos::aggregate
