#pragma once
// The data dictionary as docs/EXPORTS.md writes it: one table per dataset under a heading
// "### `name`", one row per column: | `column` | type | unit/format | meaning | missing |
// suppression |. Read by the tests so the document, the code and the files cannot drift apart.

#include <map>
#include <string>
#include <vector>

namespace custos::testkit {

/// One documented column.
struct DictionaryColumn {
    std::string name; ///< e.g. "visit_start" or the pattern "compliance_<theme>"
    std::string type; ///< text, enum, id, date, date-time, integer, number, boolean
    std::string missing;
    std::string suppression;
    int cells = 0; ///< cells in the table row (6 when well formed)
};

/// Every dataset's columns, in document order, by dataset name.
[[nodiscard]] std::map<std::string, std::vector<DictionaryColumn>> readDictionary();

/// True when the whole text is valid UTF-8 (no overlong forms, surrogates or stray bytes).
[[nodiscard]] bool isValidUtf8(const std::string& text);

} // namespace custos::testkit
