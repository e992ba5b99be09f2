#include "custos/export/answers_export.h"

#include "custos/core/answer_resolution.h"
#include "datasets.h"
#include "export_scope.h"

namespace custos::exports {
namespace {

/// The answer as text; numbers in the export's format ('.', full precision) rather than the
/// screen's, which rounds to six digits.
std::string valueText(const AnswerValue& value) {
    if (const auto* number = std::get_if<double>(&value))
        return Cell::number(*number).text;
    return answerToDisplay(value);
}

/// Where an item sits in its checklist, with its columns ready.
struct ItemPlace {
    std::string section;
    std::string rules;
    std::string_view type;
    std::string unit;
};

/// The current answer of every answered item of every selected visit, one row each.
class AnswerExport final : public detail::PerVisitExport {
public:
    AnswerExport(storage::Storage& store, ExportScope scope, const ExportRequest& request)
        : PerVisitExport(answerColumns(request.includeNotes), request.json, std::move(scope)),
          store_(store), includeNotes_(request.includeNotes) {}

private:
    Status appendVisit(const Visit& visit, std::string& out) override {
        const auto& facility = scope_.facilityOf(visit.facilityId);
        const auto& cycle = scope_.cycleOf(visit.cycleId);
        std::map<std::string, ItemPlace> places;
        if (const auto* checklist = scope_.checklistOf(visit))
            for (const auto& section : checklist->sections)
                for (const auto& item : section.items)
                    places[item.key] = {section.key, ruleList(item.ruleRefs), toString(item.type),
                                        item.unit};
        auto observations = store_.countingObservations(visit.id);
        if (!observations)
            return observations.error();
        auto settlements = store_.reconciliationsOfVisit(visit.id);
        if (!settlements)
            return settlements.error();
        for (const auto& [key, answer] : resolveAnswers(*observations, *settlements)) {
            const Observation& o = answer.standing;
            if (std::holds_alternative<std::monostate>(o.value))
                continue; // cleared
            const auto found = places.find(key);
            static const ItemPlace kUnknown{};
            const ItemPlace& place = found == places.end() ? kUnknown : found->second;
            // Every value is text, as this export has always been written.
            std::vector<Cell> cells{Cell::of(cycle.name),
                                    Cell::of(facility.name),
                                    Cell::of(toString(facility.type)),
                                    Cell::of(facility.region),
                                    Cell::of(visit.startDate),
                                    Cell::of(visit.endDate),
                                    Cell::of(place.section),
                                    Cell::of(key),
                                    Cell::of(place.rules),
                                    Cell::of(place.type),
                                    Cell::of(place.unit),
                                    Cell::of(valueText(o.value)),
                                    Cell::of(toString(o.source)),
                                    Cell::of(isoDateTime(o.hlc.wallMillis())),
                                    Cell::of(answer.divergent ? "true" : "false")};
            if (includeNotes_)
                cells.push_back(Cell::of(o.note));
            addRow(cells, out);
        }
        return {};
    }

    storage::Storage& store_;
    bool includeNotes_;
};

} // namespace

const std::vector<std::string>& answerColumns(bool includeNotes) {
    static const std::vector<std::string> withNotes{
        "cycle",   "facility",    "facility_type", "region",    "visit_start", "visit_end",
        "section", "item_key",    "rules",         "item_type", "unit",        "value",
        "source",  "answered_at", "divergent",     "note"};
    static const std::vector<std::string> withoutNotes(withNotes.begin(), withNotes.end() - 1);
    return includeNotes ? withNotes : withoutNotes;
}

Result<std::int64_t> exportAnswers(storage::Storage& store, const ExportRequest& request,
                                   std::ostream& out) {
    ExportRequest answers = request;
    answers.dataset = Dataset::Answers;
    return exportDataset(store, answers, out);
}

namespace detail {

Opened openAnswers(storage::Storage& store, const ExportRequest& request) {
    auto scope = loadScope(store, request);
    if (!scope)
        return scope.error();
    return std::unique_ptr<DatasetExport>(
        std::make_unique<AnswerExport>(store, std::move(scope).value(), request));
}

} // namespace detail
} // namespace custos::exports
