#pragma once
// A small RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF, UTF-8 byte-order mark).

#include "custos/core/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace custos::admin {

/// One record and the line it starts on (1-based), for error messages.
struct CsvRecord {
    int line = 0;
    std::vector<std::string> fields;
};

/// Splits text into records. Fails only on an unterminated quoted field.
[[nodiscard]] Result<std::vector<CsvRecord>> parseCsv(std::string_view text);

} // namespace custos::admin
