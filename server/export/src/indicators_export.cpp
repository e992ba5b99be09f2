// The indicators dataset: one row per visit and indicator of its checklist, the value computed
// by the checklist engine from the visit's current answers (as the tablets and the aggregates
// compute it) and whether it breaches a standard.
#include "custos/core/answer_resolution.h"
#include "datasets.h"
#include "export_scope.h"

#include <algorithm>

namespace custos::exports {
namespace {

/// The visit's current answers by item key (latest by HLC, the lead's reconciliations honoured).
Result<Answers> currentAnswers(storage::Storage& store, const std::string& visitId) {
    auto observations = store.countingObservations(visitId);
    if (!observations)
        return observations.error();
    auto settlements = store.reconciliationsOfVisit(visitId);
    if (!settlements)
        return settlements.error();
    Answers answers;
    for (const auto& [key, answer] : resolveAnswers(*observations, *settlements))
        if (!std::holds_alternative<std::monostate>(answer.standing.value))
            answers.emplace(key, answer.standing.value);
    return answers;
}

class IndicatorExport final : public detail::PerVisitExport {
public:
    IndicatorExport(storage::Storage& store, ExportScope scope, bool json)
        : PerVisitExport(detail::indicatorColumns(), json, std::move(scope)), store_(store) {}

private:
    Status appendVisit(const Visit& visit, std::string& out) override {
        const ChecklistEngine* engine = engines_.of(scope_, visit);
        if (!engine)
            return {}; // no indicators are defined until the checklist version is known
        auto answers = currentAnswers(store_, visit.id);
        if (!answers)
            return answers.error();
        const auto& facility = scope_.facilityOf(visit.facilityId);
        const FacilityProfile profile{facility.type, facility.populationFlags};
        const auto values = engine->indicators(*answers);
        // The most severe breached standard of each indicator (Urgent sorts first).
        std::map<std::string, Flag> worst;
        for (auto& flag : engine->flags(profile, *answers, "en")) {
            if (!flag.indicator)
                continue;
            auto [it, inserted] = worst.try_emplace(flag.key, flag);
            if (!inserted && flag.severity < it->second.severity)
                it->second = std::move(flag);
        }
        const auto visitPart = visitCells(scope_, visit);
        for (const auto& indicator : engine->checklist().indicators) {
            const auto value = values.find(indicator.key);
            const bool known = value != values.end();
            const bool tested =
                std::any_of(indicator.thresholds.begin(), indicator.thresholds.end(),
                            [](const Threshold& t) { return !t.op.empty(); });
            const auto breach = worst.find(indicator.key);
            const bool breached = breach != worst.end();
            std::vector<Cell> cells = visitPart;
            cells.push_back(Cell::of(indicator.key));
            cells.push_back(Cell::optional(indicator.label.in("en")));
            cells.push_back(Cell::optional(indicator.unit));
            cells.push_back(known ? Cell::number(value->second) : Cell::missing());
            cells.push_back(known && tested ? Cell::boolean(breached) : Cell::missing());
            cells.push_back(breached ? Cell::of(toString(breach->second.severity))
                                     : Cell::missing());
            cells.push_back(breached ? Cell::optional(breach->second.source) : Cell::missing());
            addRow(cells, out);
        }
        return {};
    }

    storage::Storage& store_;
    EngineCache engines_;
};

} // namespace

namespace detail {

const std::vector<std::string>& indicatorColumns() {
    static const std::vector<std::string> columns = visitColumnsAnd(
        {"indicator", "label", "unit", "value", "breached", "breach_severity", "standard_source"});
    return columns;
}

Opened openIndicators(storage::Storage& store, const ExportRequest& request) {
    auto scope = loadScope(store, request);
    if (!scope)
        return scope.error();
    return std::unique_ptr<DatasetExport>(
        std::make_unique<IndicatorExport>(store, std::move(scope).value(), request.json));
}

} // namespace detail
} // namespace custos::exports
