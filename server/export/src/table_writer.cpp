#include "custos/export/table_writer.h"

#include <nlohmann/json.hpp>

#include <cassert>
#include <cctype>
#include <charconv>
#include <cmath>
#include <ctime>

namespace custos::exports {
namespace {

/// Length of the valid UTF-8 sequence starting at text[i], or 0 if none starts there.
std::size_t utf8Length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    const unsigned char lead = byte(0);
    std::size_t length = 0;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF)
        length = 3;
    else if (lead >= 0xF0 && lead <= 0xF4)
        length = 4;
    else
        return 0;
    if (i + length > text.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k)
        if ((byte(k) & 0xC0) != 0x80)
            return 0;
    // Overlong forms, surrogates and code points above U+10FFFF are not UTF-8 either.
    if ((lead == 0xE0 && byte(1) < 0xA0) || (lead == 0xED && byte(1) > 0x9F) ||
        (lead == 0xF0 && byte(1) < 0x90) || (lead == 0xF4 && byte(1) > 0x8F))
        return 0;
    return length;
}

/// The text with every byte that is not part of valid UTF-8 replaced by U+FFFD, so an export
/// always opens as UTF-8 whatever an old client once stored.
std::string validUtf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8Length(text, i);
        if (length == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

/// Appends one CSV field. Quotes what needs it (RFC 4180); also neutralises spreadsheet
/// formulas (=, +, -, @), which a hostile note could otherwise use to run commands in an
/// analyst's spreadsheet. Numbers such as -3.5 are left alone.
void appendCsvField(std::string& out, std::string_view value) {
    const bool formula = !value.empty() &&
                         std::string_view("=+-@").find(value.front()) != std::string_view::npos &&
                         !(value.size() > 1 &&
                           (std::isdigit(static_cast<unsigned char>(value[1])) || value[1] == '.'));
    const bool quote = value.find_first_of(",\"\n\r") != std::string_view::npos;
    if (quote)
        out += '"';
    if (formula)
        out += '\'';
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    if (quote)
        out += '"';
}

std::string formatUtc(std::uint64_t unixMillis, const char* format) {
    const std::time_t seconds = static_cast<std::time_t>(unixMillis / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, format, &utc);
    return buffer;
}

} // namespace

Cell Cell::number(double value) {
    if (!std::isfinite(value))
        return missing(); // neither CSV readers nor JSON agree on how to write infinity
    char buffer[64];
    // to_chars ignores the locale: always '.', and the shortest text that reads back exactly.
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    assert(error == std::errc{});
    return {Kind::Number, std::string(buffer, end)};
}

std::string TableWriter::begin() const {
    if (json_)
        return "[";
    std::string out;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        if (i)
            out += ',';
        appendCsvField(out, columns_[i]);
    }
    out += '\n';
    return out;
}

void TableWriter::row(std::span<const Cell> cells, std::string& out) {
    assert(cells.size() == columns_.size());
    if (json_) {
        // ordered_json keeps the dictionary's column order in every object.
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < columns_.size(); ++i) {
            const Cell& cell = cells[i];
            switch (cell.kind) {
            case Cell::Kind::Text:
                object[columns_[i]] = validUtf8(cell.text);
                break;
            case Cell::Kind::Number:
                object[columns_[i]] = nlohmann::ordered_json::parse(cell.text);
                break;
            case Cell::Kind::Boolean:
                object[columns_[i]] = cell.text == "true";
                break;
            case Cell::Kind::Missing:
                object[columns_[i]] = nullptr;
                break;
            }
        }
        out += rows_ == 0 ? "\n  " : ",\n  ";
        out += object.dump();
    } else {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i)
                out += ',';
            appendCsvField(out, validUtf8(cells[i].text));
        }
        out += '\n';
    }
    ++rows_;
}

std::string TableWriter::end() const {
    if (json_)
        return rows_ ? "\n]\n" : "]\n";
    return {};
}

std::string isoDateTime(std::uint64_t unixMillis) {
    return formatUtc(unixMillis, "%Y-%m-%dT%H:%M:%SZ");
}

std::string isoDate(std::uint64_t unixMillis) {
    return formatUtc(unixMillis, "%Y-%m-%d");
}

std::string ruleList(const std::vector<int>& refs) {
    std::string out;
    for (int r : refs)
        out += (out.empty() ? "" : ";") + std::to_string(r);
    return out;
}

} // namespace custos::exports
