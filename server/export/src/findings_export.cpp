// The findings dataset: the current version of every finding of the selected visits, with how
// many observations and interviews it rests on. Interview content, person codes and the ids of
// observations and interviews are never written; the interview count is suppressed under k
// because a finding resting on one or two interviews points at the people who gave them.
#include "custos/aggregate/review.h"
#include "datasets.h"
#include "export_scope.h"

namespace custos::exports {
namespace {

class FindingExport final : public detail::PerVisitExport {
public:
    FindingExport(storage::Storage& store, ExportScope scope, const ExportRequest& request)
        : PerVisitExport(detail::findingColumns(), request.json, std::move(scope)), store_(store),
          k_(request.suppressionK) {}

private:
    Status appendVisit(const Visit& visit, std::string& out) override {
        auto history = store_.recordsOfVisit(visit.id);
        if (!history)
            return history.error();
        const auto visitPart = visitCells(scope_, visit);
        for (const auto& record : aggregate::currentVersions(*history)) {
            const auto* finding = std::get_if<Finding>(&record);
            if (!finding)
                continue;
            const auto interviews =
                aggregate::suppressSmall(static_cast<int>(finding->interviewIds.size()), k_);
            std::vector<Cell> cells = visitPart;
            cells.push_back(Cell::of(finding->header.id));
            cells.push_back(Cell::optional(finding->theme));
            cells.push_back(Cell::of(toString(finding->severity)));
            cells.push_back(Cell::optional(ruleList(finding->ruleRefs)));
            cells.push_back(Cell::optional(finding->text));
            cells.push_back(Cell::count(static_cast<std::int64_t>(finding->observationIds.size())));
            cells.push_back(interviews ? Cell::count(*interviews) : Cell::missing());
            cells.push_back(Cell::boolean(!interviews));
            addRow(cells, out);
        }
        return {};
    }

    storage::Storage& store_;
    int k_;
};

} // namespace

namespace detail {

const std::vector<std::string>& findingColumns() {
    static const std::vector<std::string> columns = visitColumnsAnd(
        {"finding_id", "theme", "severity", "rules", "text", "supporting_observations",
         "supporting_interviews", "supporting_interviews_suppressed"});
    return columns;
}

Opened openFindings(storage::Storage& store, const ExportRequest& request) {
    auto scope = loadScope(store, request);
    if (!scope)
        return scope.error();
    return std::unique_ptr<DatasetExport>(
        std::make_unique<FindingExport>(store, std::move(scope).value(), request));
}

} // namespace detail
} // namespace custos::exports
