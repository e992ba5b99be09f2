#pragma once
// `custosctl report`: a visit's report as PDF, from the data directory.

#include "custos/core/result.h"
#include "custos/storage/storage.h"

#include <string>

namespace custos::ctl {

/// Assembles the visit's dossier and writes its report to `outFile` (empty: a file named after
/// the visit in the current directory); returns the path written.
[[nodiscard]] Result<std::string> writeVisitReport(storage::Storage& store,
                                                   const std::string& visitId,
                                                   const std::string& language,
                                                   const std::string& outFile);

} // namespace custos::ctl
