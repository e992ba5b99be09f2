#pragma once
// The datasets behind openExport: one file each (answers_export.cpp, indicators_export.cpp,
// findings_export.cpp, recommendations_export.cpp, facility_figures_export.cpp).

#include "custos/export/dataset_export.h"
#include "export_scope.h"

namespace custos::exports::detail {

[[nodiscard]] const std::vector<std::string>& indicatorColumns();
[[nodiscard]] const std::vector<std::string>& findingColumns();
[[nodiscard]] const std::vector<std::string>& recommendationColumns();
[[nodiscard]] const std::vector<std::string>& facilityFigureColumns();

using Opened = Result<std::unique_ptr<DatasetExport>>;
[[nodiscard]] Opened openAnswers(storage::Storage& store, const ExportRequest& request);
[[nodiscard]] Opened openIndicators(storage::Storage& store, const ExportRequest& request);
[[nodiscard]] Opened openFindings(storage::Storage& store, const ExportRequest& request);
[[nodiscard]] Opened openRecommendations(storage::Storage& store, const ExportRequest& request);
[[nodiscard]] Opened openFacilityFigures(storage::Storage& store, const ExportRequest& request);

/// Visits per piece: bounds memory and keeps stream messages well under gRPC's limits.
constexpr std::size_t kVisitsPerPiece = 8;
/// Rows per piece for datasets read as a whole (recommendations, facility figures).
constexpr std::size_t kRowsPerPiece = 200;

/// A dataset written visit by visit (answers, indicators, findings): each piece holds the rows
/// of the next kVisitsPerPiece selected visits, so memory stays bounded whatever the selection.
class PerVisitExport : public DatasetExport {
protected:
    PerVisitExport(std::vector<std::string> columns, bool json, ExportScope scope)
        : DatasetExport(std::move(columns), json), scope_(std::move(scope)) {}
    /// Appends the rows of one visit.
    [[nodiscard]] virtual Status appendVisit(const Visit& visit, std::string& out) = 0;

    ExportScope scope_;

private:
    Result<bool> more(std::string& out) final {
        if (nextVisit_ >= scope_.visits.size())
            return false;
        for (std::size_t n = 0; n < kVisitsPerPiece && nextVisit_ < scope_.visits.size(); ++n)
            CUSTOS_TRY(appendVisit(scope_.visits[nextVisit_++], out));
        return true;
    }

    std::size_t nextVisit_ = 0;
};

} // namespace custos::exports::detail
