#pragma once
// UTF-8 checks for text that comes from outside (checklist files, facility spreadsheets): it
// is stored as JSON, which must be UTF-8, and a file saved as Latin-1 or Windows-1252 is the
// usual cause. Finding it on reading names the place instead of failing later.

#include <optional>
#include <string>
#include <utility>

namespace custos {

/// Where the first byte that is not part of valid UTF-8 sits (1-based line and column), if
/// any. Overlong forms, surrogates and code points past U+10FFFF count as invalid.
[[nodiscard]] std::optional<std::pair<int, int>> firstInvalidUtf8(const std::string& text);

} // namespace custos
