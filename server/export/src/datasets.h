#pragma once
// The datasets behind openExport: one file each (answers_export.cpp, indicators_export.cpp,
// findings_export.cpp, recommendations_export.cpp, facility_figures_export.cpp).

#include "custos/export/dataset_export.h"

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

} // namespace custos::exports::detail
