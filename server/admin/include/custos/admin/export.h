#pragma once
// Exports of visit answers for analysts: CSV (UTF-8, header row, ISO dates) or JSON.

#include "custos/core/result.h"
#include "custos/storage/storage.h"

#include <ostream>
#include <string>

namespace custos::admin {

/// Which answers to export and how.
struct ExportRequest {
    std::string cycle;         ///< id or name; empty = every cycle
    std::string facility;      ///< id or name; empty = every facility
    bool json = false;         ///< JSON array instead of CSV
    bool includeNotes = false; ///< free-text notes can identify people: off unless asked for
};

/// Writes the current answer of every answered item of every matching visit (latest by HLC,
/// device id breaking ties), one row each, with the facility, cycle, theme and rules it belongs
/// to. No person or device identifiers are exported. Returns the number of rows.
[[nodiscard]] Result<int> exportAnswers(storage::Storage& store, const ExportRequest& request,
                                        std::ostream& out);

} // namespace custos::admin
