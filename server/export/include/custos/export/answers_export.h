#pragma once
// The answers export: the current answer of every answered item of every matching visit (see
// dataset_export.h for the other datasets and the streaming interface).

#include "custos/export/dataset_export.h"

namespace custos::exports {

/// The columns of the answers export, in order (the data dictionary is docs/EXPORTS.md).
[[nodiscard]] const std::vector<std::string>& answerColumns(bool includeNotes);

/// Writes the whole answers export to out, whatever request.dataset says; returns the rows.
[[nodiscard]] Result<std::int64_t> exportAnswers(storage::Storage& store,
                                                 const ExportRequest& request, std::ostream& out);

} // namespace custos::exports
