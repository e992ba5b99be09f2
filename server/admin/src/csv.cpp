#include "custos/admin/csv.h"

namespace custos::admin {

Result<std::vector<CsvRecord>> parseCsv(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3); // spreadsheets often save UTF-8 with a byte-order mark
    std::vector<CsvRecord> records;
    CsvRecord record{1, {}};
    std::string field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field.push_back(c);
            }
            continue;
        }
        if (c == '"' && field.empty() && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == ',') {
            record.fields.push_back(std::move(field));
            field.clear();
            fieldStarted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            record.fields.push_back(std::move(field));
            field.clear();
            fieldStarted = false;
            const bool blank = record.fields.size() == 1 && record.fields[0].empty();
            if (!blank)
                records.push_back(std::move(record));
            ++line;
            record = CsvRecord{line, {}};
        } else {
            field.push_back(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return makeError(ErrorCode::InvalidArgument,
                         "line " + std::to_string(quoteLine) + ": a quoted field is never closed");
    if (fieldStarted || !record.fields.empty()) {
        record.fields.push_back(std::move(field));
        records.push_back(std::move(record));
    }
    return records;
}

} // namespace custos::admin
