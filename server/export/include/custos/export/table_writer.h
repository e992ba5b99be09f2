#pragma once
// One writer for every export table, so CSV quoting, formula neutralisation, number and date
// formats and JSON typing are decided once: CSV is UTF-8 without BOM, a header row, RFC 4180
// quoting and '\n' line ends; JSON is an array of objects keyed by column, in column order.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace custos::exports {

/// One value of a row. CSV writes every kind as text (missing as an empty cell); JSON writes
/// numbers and booleans unquoted and missing as null.
struct Cell {
    enum class Kind { Text, Number, Boolean, Missing };
    Kind kind = Kind::Missing;
    std::string text;

    /// Text as is (an empty text stays "" in JSON, as in the answers export).
    [[nodiscard]] static Cell of(std::string_view text) { return {Kind::Text, std::string(text)}; }
    /// Text, or missing when empty.
    [[nodiscard]] static Cell optional(std::string_view text) {
        return text.empty() ? missing() : of(text);
    }
    /// A number with '.' as decimal point, shortest form that reads back to the same double.
    [[nodiscard]] static Cell number(double value);
    [[nodiscard]] static Cell count(std::int64_t value) {
        return {Kind::Number, std::to_string(value)};
    }
    [[nodiscard]] static Cell boolean(bool value) {
        return {Kind::Boolean, value ? "true" : "false"};
    }
    [[nodiscard]] static Cell missing() { return {}; }
};

/// Writes a table piece by piece: begin(), rows, end().
class TableWriter final {
public:
    TableWriter(std::vector<std::string> columns, bool json)
        : columns_(std::move(columns)), json_(json) {}

    [[nodiscard]] const std::vector<std::string>& columns() const { return columns_; }
    /// The CSV header row, or the opening bracket of the JSON array.
    [[nodiscard]] std::string begin() const;
    /// Appends one row; `cells` are in column order and as many as the columns.
    void row(std::span<const Cell> cells, std::string& out);
    /// What closes the document ("" for CSV).
    [[nodiscard]] std::string end() const;
    [[nodiscard]] std::int64_t rows() const { return rows_; }

private:
    std::vector<std::string> columns_;
    bool json_;
    std::int64_t rows_ = 0;
};

/// "2026-11-28T09:15:00Z" for a Unix time in milliseconds.
[[nodiscard]] std::string isoDateTime(std::uint64_t unixMillis);
/// "2026-11-28" for a Unix time in milliseconds.
[[nodiscard]] std::string isoDate(std::uint64_t unixMillis);
/// Mandela Rules numbers as "13;14".
[[nodiscard]] std::string ruleList(const std::vector<int>& refs);

} // namespace custos::exports
