// The recommendations dataset: every recommendation with the cycle and facility it was made in,
// its current status and when that last changed (status history as follow-up computes it).
// Evidence notes of status changes are free text and are not exported.
#include "custos/aggregate/review.h"
#include "datasets.h"
#include "export_scope.h"

#include <ctime>

namespace custos::exports {
namespace {

std::string todayUtc() {
    return isoDate(static_cast<std::uint64_t>(std::time(nullptr)) * 1000);
}

std::string idList(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids)
        out += (out.empty() ? "" : ";") + id;
    return out;
}

class RecommendationExport final : public DatasetExport {
public:
    RecommendationExport(ExportScope scope, std::vector<aggregate::RecommendationState> states,
                         bool json)
        : DatasetExport(detail::recommendationColumns(), json), scope_(std::move(scope)),
          states_(std::move(states)) {}

private:
    Result<bool> more(std::string& out) override {
        if (next_ >= states_.size())
            return false;
        for (std::size_t n = 0; n < detail::kRowsPerPiece && next_ < states_.size(); ++n)
            appendState(states_[next_++], out);
        return true;
    }

    void appendState(const aggregate::RecommendationState& state, std::string& out) {
        const auto& r = state.recommendation;
        const auto& facility = scope_.facilityOf(state.facilityId);
        const auto& cycle = scope_.cycleOf(state.cycleId);
        const bool changed = !state.history.empty();
        const std::vector<Cell> cells{
            Cell::of(r.header.id),
            Cell::optional(state.cycleId),
            Cell::optional(cycle.name),
            Cell::optional(state.facilityId),
            Cell::optional(facility.name),
            Cell::of(toString(facility.type)),
            Cell::optional(facility.region),
            Cell::optional(r.header.visitId),
            Cell::optional(r.addressee),
            Cell::of(toString(r.priority)),
            Cell::optional(r.dueDate),
            Cell::optional(r.text),
            Cell::of(toString(state.status)),
            changed ? Cell::of(isoDate(state.history.back().header.hlc.wallMillis()))
                    : Cell::missing(),
            Cell::count(static_cast<std::int64_t>(state.history.size())),
            Cell::boolean(state.overdue),
            Cell::optional(idList(r.findingIds))};
        addRow(cells, out);
    }

    ExportScope scope_;
    std::vector<aggregate::RecommendationState> states_;
    std::size_t next_ = 0;
};

} // namespace

namespace detail {

const std::vector<std::string>& recommendationColumns() {
    static const std::vector<std::string> columns{
        "recommendation_id", "cycle_id",   "cycle",    "facility_id",    "facility",
        "facility_type",     "region",     "visit_id", "addressee",      "priority",
        "due_date",          "text",       "status",   "status_changed", "status_changes",
        "overdue",           "finding_ids"};
    return columns;
}

Opened openRecommendations(storage::Storage& store, const ExportRequest& request) {
    auto scope = loadScope(store, request);
    if (!scope)
        return scope.error();
    auto records = store.recommendationRecords("");
    auto visits = store.listVisits();
    if (!records)
        return records.error();
    if (!visits)
        return visits.error();
    std::vector<aggregate::RecommendationState> selected;
    for (auto& state : aggregate::recommendationStates(
             *records, *visits, request.today.empty() ? todayUtc() : request.today))
        if (scope->selects(scope->facilityOf(state.facilityId)) &&
            scope->selects(scope->cycleOf(state.cycleId)))
            selected.push_back(std::move(state));
    return std::unique_ptr<DatasetExport>(std::make_unique<RecommendationExport>(
        std::move(scope).value(), std::move(selected), request.json));
}

} // namespace detail
} // namespace custos::exports
