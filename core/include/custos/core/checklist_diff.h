#pragma once
// What changed between two versions of a checklist, for reviewers and for `custosctl diff`.

#include "custos/core/checklist.h"

#include <string>
#include <vector>

namespace custos {

/// The differences between two checklist versions, item by item.
struct ChecklistDiff {
    std::vector<std::string> added;                           ///< new item keys
    std::vector<std::string> removed;                         ///< old keys with no successor
    std::vector<std::pair<std::string, std::string>> renamed; ///< old key -> new key
    std::vector<std::pair<std::string, std::string>> changed; ///< key -> what changed

    [[nodiscard]] bool empty() const {
        return added.empty() && removed.empty() && renamed.empty() && changed.empty();
    }
};

/// Compares two versions; renames come from the newer version's migrates_from (renamed and
/// split), so a renamed item is not reported as removed plus added.
[[nodiscard]] ChecklistDiff diffChecklists(const ChecklistTemplate& older,
                                           const ChecklistTemplate& newer);

/// The diff as text: one line per change ("+ key", "- key", "~ old -> new", "* key: what").
[[nodiscard]] std::string formatDiff(const ChecklistDiff& diff);

} // namespace custos
