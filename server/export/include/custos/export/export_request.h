#pragma once
// What an analyst export holds and how it is written, shared by custosctl and the Export RPC so
// both produce the same bytes for the same request.

#include <optional>
#include <string>
#include <string_view>

namespace custos::exports {

/// The tables an export can hold; docs/EXPORTS.md is their data dictionary.
enum class Dataset { Answers, Indicators, Findings, Recommendations, FacilityFigures };

/// The dataset's name on the command line and in the dictionary ("facility_figures").
[[nodiscard]] std::string_view toString(Dataset dataset);
/// The dataset with this name, if any.
[[nodiscard]] std::optional<Dataset> datasetFromString(std::string_view name);

/// Which rows to export and how.
struct ExportRequest {
    Dataset dataset = Dataset::Answers;
    std::string cycle;         ///< id or name; empty = every cycle
    std::string facility;      ///< id or name; empty = every facility
    bool json = false;         ///< JSON array instead of CSV
    bool includeNotes = false; ///< free-text notes can identify people: off unless asked for
    /// Interview-derived counts with 0 < count < k are suppressed. 5 is also the server's default
    /// (ServerOptions::suppressionK); the RPC passes the server's configured value.
    int suppressionK = 5;
    std::string today; ///< ISO date deciding "overdue"; empty = today's date (UTC)
};

} // namespace custos::exports
