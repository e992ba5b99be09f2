#include "export_dictionary.h"

#include "process.h"

namespace custos::testkit {
namespace {

std::string trim(std::string s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

/// The cells of a Markdown table row "| a | b |".
std::vector<std::string> cellsOf(const std::string& line) {
    std::vector<std::string> cells;
    std::string cell;
    for (std::size_t i = 1; i < line.size(); ++i) {
        if (line[i] == '|') {
            cells.push_back(trim(cell));
            cell.clear();
        } else {
            cell += line[i];
        }
    }
    return cells;
}

std::string unquoted(const std::string& cell) {
    if (cell.size() >= 2 && cell.front() == '`' && cell.back() == '`')
        return cell.substr(1, cell.size() - 2);
    return cell;
}

} // namespace

std::map<std::string, std::vector<DictionaryColumn>> readDictionary() {
    const std::string text = readFile(std::string(CUSTOS_SOURCE_DIR) + "/docs/EXPORTS.md");
    std::map<std::string, std::vector<DictionaryColumn>> dictionary;
    std::string dataset;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string line = text.substr(start, end - start);
        start = end + 1;
        if (line.starts_with("### `")) {
            dataset = unquoted(trim(line.substr(4)));
            dictionary[dataset];
            continue;
        }
        if (line.starts_with("#"))
            dataset.clear(); // any other heading ends the dictionary section
        if (dataset.empty() || !line.starts_with("| `"))
            continue; // the table's header and separator rows name no column
        const auto cells = cellsOf(line);
        DictionaryColumn column;
        column.cells = static_cast<int>(cells.size());
        column.name = unquoted(cells.at(0));
        column.type = cells.size() > 1 ? cells[1] : "";
        column.missing = cells.size() > 4 ? cells[4] : "";
        column.suppression = cells.size() > 5 ? cells[5] : "";
        dictionary[dataset].push_back(column);
    }
    return dictionary;
}

bool isValidUtf8(const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        if (c < 0x80)
            length = 1;
        else if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            length = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            length = 4;
        else
            return false;
        if (i + length > text.size())
            return false;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80)
                return false;
        const auto next = length > 1 ? static_cast<unsigned char>(text[i + 1]) : 0;
        if ((c == 0xE0 && next < 0xA0) || (c == 0xED && next > 0x9F) ||
            (c == 0xF0 && next < 0x90) || (c == 0xF4 && next > 0x8F))
            return false;
        i += length;
    }
    return true;
}

} // namespace custos::testkit
