#include "custos/aggregate/review.h"

#include "custos/core/answer_resolution.h"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace custos::aggregate {
namespace {

/// The value a row is ordered by; nullopt sorts last.
using SortValue = std::optional<std::variant<double, std::string>>;

Result<std::function<SortValue(const FacilityCycleRow&)>> sortKey(const std::string& key) {
    using Row = FacilityCycleRow;
    if (key == "name")
        return {[](const Row& r) -> SortValue { return r.facility.name; }};
    if (key == "region")
        return {[](const Row& r) -> SortValue { return r.facility.region; }};
    auto fromStats = [](auto figure) -> std::function<SortValue(const Row&)> {
        return [figure](const Row& r) -> SortValue {
            if (!r.latest)
                return std::nullopt;
            return figure(*r.latest);
        };
    };
    if (key == "non_compliant_themes")
        return fromStats([](const VisitStats& s) -> SortValue {
            if (!s.checklistKnown)
                return std::nullopt;
            return static_cast<double>(
                std::count_if(s.themes.begin(), s.themes.end(), [](const ThemeStat& t) {
                    return t.compliance == Compliance::NonCompliant;
                }));
        });
    if (key == "urgent_findings")
        return fromStats([](const VisitStats& s) -> SortValue {
            auto it = s.findings.find(FindingSeverity::Urgent);
            return static_cast<double>(it == s.findings.end() ? 0 : it->second);
        });
    if (key == "flags")
        return fromStats([](const VisitStats& s) -> SortValue { return double(s.flags); });
    if (key == "completion")
        return fromStats([](const VisitStats& s) -> SortValue {
            if (s.applicable == 0)
                return std::nullopt;
            return double(s.answered) / s.applicable;
        });
    if (key.starts_with("indicator:")) {
        const std::string indicator = key.substr(10);
        return fromStats([indicator](const VisitStats& s) -> SortValue {
            auto it = s.indicators.find(indicator);
            if (it == s.indicators.end())
                return std::nullopt;
            return it->second;
        });
    }
    return makeError(ErrorCode::InvalidArgument,
                     "unknown sort key '" + key +
                         "': use name, region, non_compliant_themes, urgent_findings, flags, "
                         "completion or indicator:<key>");
}

/// The latest visit of each facility (by start date, then visit id) and the number of visits.
std::map<std::string, std::pair<VisitStatsPtr, int>>
latestByFacility(const std::vector<VisitStatsPtr>& stats) {
    std::map<std::string, std::pair<VisitStatsPtr, int>> latest;
    for (const auto& s : stats) {
        auto& [best, count] = latest[s->facilityId];
        ++count;
        if (!best || std::tie(s->startDate, s->visitId) > std::tie(best->startDate, best->visitId))
            best = s;
    }
    return latest;
}

} // namespace

Result<std::vector<FacilityCycleRow>> cycleOverview(const VisitCycle& cycle,
                                                    const std::vector<Facility>& facilities,
                                                    const std::vector<VisitStatsPtr>& statsOfCycle,
                                                    const OverviewOrder& order) {
    auto key = sortKey(order.key);
    if (!key)
        return key.error();
    const auto latest = latestByFacility(statsOfCycle);
    const std::unordered_set<std::string> scope(cycle.facilityIds.begin(), cycle.facilityIds.end());
    std::vector<FacilityCycleRow> rows;
    rows.reserve(facilities.size());
    for (const auto& facility : facilities) {
        const bool inScope = scope.count(facility.id) > 0;
        auto visited = latest.find(facility.id);
        if (!inScope && visited == latest.end())
            continue;
        FacilityCycleRow row{facility, {cycle.id, cycle.name, cycle.periodStart}, nullptr, 0};
        if (visited != latest.end()) {
            row.latest = visited->second.first;
            row.visits = visited->second.second;
        }
        rows.push_back(std::move(row));
    }
    std::vector<std::pair<SortValue, std::size_t>> keyed;
    for (std::size_t i = 0; i < rows.size(); ++i)
        keyed.emplace_back((*key)(rows[i]), i);
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
        if (a.first.has_value() != b.first.has_value())
            return a.first.has_value();
        if (!a.first)
            return rows[a.second].facility.name < rows[b.second].facility.name;
        if (*a.first == *b.first)
            return rows[a.second].facility.name < rows[b.second].facility.name;
        return order.descending ? *b.first < *a.first : *a.first < *b.first;
    });
    std::vector<FacilityCycleRow> ordered;
    ordered.reserve(rows.size());
    for (const auto& [value, index] : keyed)
        ordered.push_back(std::move(rows[index]));
    return ordered;
}

std::vector<FacilityCycleRow> facilityTrend(const Facility& facility,
                                            const std::vector<VisitCycle>& cycles,
                                            const std::vector<VisitStatsPtr>& statsOfFacility) {
    std::map<std::string, std::vector<VisitStatsPtr>> byCycle;
    for (const auto& s : statsOfFacility)
        if (s->facilityId == facility.id)
            byCycle[s->cycleId].push_back(s);
    std::vector<const VisitCycle*> ordered;
    for (const auto& c : cycles)
        if (byCycle.count(c.id))
            ordered.push_back(&c);
    std::sort(ordered.begin(), ordered.end(), [](const VisitCycle* a, const VisitCycle* b) {
        return std::tie(a->periodStart, a->id) < std::tie(b->periodStart, b->id);
    });
    std::vector<FacilityCycleRow> points;
    for (const auto* cycle : ordered) {
        const auto latest = latestByFacility(byCycle[cycle->id]);
        const auto& [best, count] = latest.at(facility.id);
        points.push_back({facility, {cycle->id, cycle->name, cycle->periodStart}, best, count});
    }
    return points;
}

std::vector<RecommendationState> recommendationStates(const std::vector<VisitRecord>& records,
                                                      const std::vector<Visit>& visits,
                                                      const std::string& today) {
    std::map<std::string, const Visit*> visitById;
    for (const auto& v : visits)
        visitById[v.id] = &v;
    std::map<std::string, RecommendationState> states;
    std::vector<const RecommendationUpdate*> updates;
    const auto current = currentVersions(records); // `updates` points into it
    for (const auto& record : current) {
        if (const auto* r = std::get_if<Recommendation>(&record)) {
            RecommendationState state;
            state.recommendation = *r;
            if (auto v = visitById.find(r->header.visitId); v != visitById.end()) {
                state.facilityId = v->second->facilityId;
                state.cycleId = v->second->cycleId;
            }
            states[r->header.id] = std::move(state);
        } else if (const auto* u = std::get_if<RecommendationUpdate>(&record)) {
            updates.push_back(u);
        }
    }
    std::sort(updates.begin(), updates.end(), [](const auto* a, const auto* b) {
        return isLater(b->header.hlc, b->header.deviceId, a->header.hlc, a->header.deviceId);
    });
    for (const auto* u : updates)
        if (auto it = states.find(u->recommendationId); it != states.end()) {
            it->second.history.push_back(*u);
            it->second.status = u->status;
        }
    std::vector<RecommendationState> out;
    for (auto& [id, state] : states) {
        const auto& due = state.recommendation.dueDate;
        state.overdue = !due.empty() && due < today && isOpenStatus(state.status);
        out.push_back(std::move(state));
    }
    return out;
}

std::vector<FollowUpRate> followUpRates(const std::vector<RecommendationState>& states) {
    std::map<std::pair<std::string, std::string>, FollowUpRate> rates;
    std::map<std::pair<std::string, std::string>, int> notApplicable;
    for (const auto& s : states) {
        auto& rate = rates[{s.facilityId, s.cycleId}];
        rate.facilityId = s.facilityId;
        rate.cycleId = s.cycleId;
        ++rate.total;
        rate.implemented += s.status == RecommendationStatus::Implemented;
        rate.partiallyImplemented += s.status == RecommendationStatus::PartiallyImplemented;
        rate.stillOpen += isOpenStatus(s.status);
        rate.overdue += s.overdue;
        notApplicable[{s.facilityId, s.cycleId}] +=
            s.status == RecommendationStatus::NoLongerApplicable;
    }
    std::vector<FollowUpRate> out;
    for (auto& [key, rate] : rates) {
        const int counted = rate.total - notApplicable[key];
        if (counted > 0)
            rate.rate = (rate.implemented + 0.5 * rate.partiallyImplemented) / counted;
        out.push_back(rate);
    }
    return out;
}

std::optional<int> suppressSmall(int count, int k) {
    if (count > 0 && count < k)
        return std::nullopt;
    return count;
}

} // namespace custos::aggregate
