#include "custos/export/dataset_export.h"

#include "custos/export/answers_export.h"
#include "datasets.h"

#include <array>

namespace custos::exports {
namespace {

constexpr std::array<std::pair<Dataset, std::string_view>, 5> kNames{{
    {Dataset::Answers, "answers"},
    {Dataset::Indicators, "indicators"},
    {Dataset::Findings, "findings"},
    {Dataset::Recommendations, "recommendations"},
    {Dataset::FacilityFigures, "facility_figures"},
}};

} // namespace

std::string_view toString(Dataset dataset) {
    for (const auto& [d, name] : kNames)
        if (d == dataset)
            return name;
    return "answers";
}

std::optional<Dataset> datasetFromString(std::string_view name) {
    for (const auto& [d, known] : kNames)
        if (known == name)
            return d;
    return std::nullopt;
}

const std::vector<std::string>& datasetColumns(Dataset dataset, bool includeNotes) {
    switch (dataset) {
    case Dataset::Answers:
        break;
    case Dataset::Indicators:
        return detail::indicatorColumns();
    case Dataset::Findings:
        return detail::findingColumns();
    case Dataset::Recommendations:
        return detail::recommendationColumns();
    case Dataset::FacilityFigures:
        return detail::facilityFigureColumns();
    }
    return answerColumns(includeNotes);
}

Result<std::optional<std::string>> DatasetExport::next() {
    if (finished_)
        return std::optional<std::string>{};
    if (!started_) {
        started_ = true;
        return std::optional<std::string>{writer_.begin()};
    }
    std::string out;
    auto more = this->more(out);
    if (!more)
        return more.error();
    if (!*more) {
        finished_ = true;
        out += writer_.end();
        if (out.empty())
            return std::optional<std::string>{};
    }
    return std::optional<std::string>{std::move(out)};
}

Result<std::unique_ptr<DatasetExport>> openExport(storage::Storage& store,
                                                  const ExportRequest& request) {
    switch (request.dataset) {
    case Dataset::Answers:
        break;
    case Dataset::Indicators:
        return detail::openIndicators(store, request);
    case Dataset::Findings:
        return detail::openFindings(store, request);
    case Dataset::Recommendations:
        return detail::openRecommendations(store, request);
    case Dataset::FacilityFigures:
        return detail::openFacilityFigures(store, request);
    }
    return detail::openAnswers(store, request);
}

Result<std::int64_t> exportDataset(storage::Storage& store, const ExportRequest& request,
                                   std::ostream& out) {
    auto exporter = openExport(store, request);
    if (!exporter)
        return exporter.error();
    for (;;) {
        auto piece = (*exporter)->next();
        if (!piece)
            return piece.error();
        if (!*piece)
            break;
        out << **piece;
    }
    return (*exporter)->rows();
}

} // namespace custos::exports
