#pragma once
// custosctl's checklist commands: validate, publish, list and diff checklist files.

#include "custos/core/checklist.h"
#include "custos/core/result.h"
#include "custos/storage/storage.h"

#include <ostream>
#include <string>
#include <vector>

namespace custos::admin {

/// Reads and validates a checklist file.
[[nodiscard]] Result<ChecklistParse> readChecklistFile(const std::string& path);

/// Reads a checklist file that must be valid; the error names the first problem.
[[nodiscard]] Result<ChecklistTemplate> loadChecklistFile(const std::string& path);

/// Validates files, writing every problem as "file:line:column: sentence" to out. Returns the
/// number of problems (a file that cannot be read counts as one).
[[nodiscard]] int validateChecklistFiles(const std::vector<std::string>& paths, std::ostream& out);

/// Validates and stores an immutable version. Publishing the same version again with the same
/// content is accepted (nothing changes); with other content it is refused.
[[nodiscard]] Status publishChecklistFile(storage::Storage& store, const std::string& path);

/// One line per published version: "id version items languages".
[[nodiscard]] Result<std::string> describeChecklists(storage::Storage& store);

/// The differences between two checklist files.
[[nodiscard]] Result<std::string> diffChecklistFiles(const std::string& olderPath,
                                                     const std::string& newerPath);

} // namespace custos::admin
