#pragma once
// What the server knows about one visit in figures: compliance and flags by theme, indicator
// values, findings by severity, recommendations and interview-derived counts. Computed from the
// visit's data by one pure function, used both incrementally (in the push transaction) and from
// scratch (tests, repair), so the two can never disagree in method.

#include "custos/core/checklist_engine.h"
#include "custos/core/entities.h"
#include "custos/core/observation.h"
#include "custos/core/records.h"
#include "custos/core/result.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace custos::aggregate {

/// One theme (checklist section) of one visit.
struct ThemeStat {
    std::string theme;
    Compliance compliance = Compliance::NotAssessed;
    int assessed = 0;
    int met = 0;
    int flags = 0;
    int urgentFlags = 0;
    int answered = 0;
    int applicable = 0;
    friend bool operator==(const ThemeStat&, const ThemeStat&) = default;
};

/// The figures of one visit.
struct VisitStats {
    std::string visitId;
    std::string facilityId;
    std::string cycleId;
    std::string startDate;
    VisitStatus status = VisitStatus::Planned;
    bool checklistKnown = false; ///< false until the visit's checklist version is published
    int answered = 0;
    int applicable = 0;
    int flags = 0;
    int urgentFlags = 0;
    int divergentItems = 0;
    std::map<FindingSeverity, int> findings; ///< current findings by severity
    int recommendations = 0;
    // Interview-derived counts: suppressed below k wherever they leave the server.
    int interviews = 0;
    int allegations = 0;
    int reprisalRisks = 0;
    std::vector<ThemeStat> themes;
    std::map<std::string, double> indicators;

    friend bool operator==(const VisitStats&, const VisitStats&) = default;
};

/// Figures are shared read-only: the server's cache hands out the same copy to every query.
using VisitStatsPtr = std::shared_ptr<const VisitStats>;

/// The latest version of each record entity (by HLC, device breaking ties); reconciliations and
/// recommendation updates, which are never edited, are all kept.
[[nodiscard]] std::vector<VisitRecord> currentVersions(const std::vector<VisitRecord>& history);

/// Computes a visit's figures. `engine` is null while the visit's checklist is unknown; the
/// record counts are still filled in.
[[nodiscard]] VisitStats computeVisitStats(const Visit& visit, const Facility& facility,
                                           const ChecklistEngine* engine,
                                           const std::vector<Observation>& observations,
                                           const std::vector<VisitRecord>& records);

/// The stored form of VisitStats (one JSON document per visit).
[[nodiscard]] std::string statsToJson(const VisitStats& stats);
[[nodiscard]] Result<VisitStats> statsFromJson(const std::string& json);

} // namespace custos::aggregate
