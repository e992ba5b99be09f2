#include "custos/sqldb/observation_rows.h"

namespace custos::sqldb {

Result<Observation> readObservation(const Statement& stmt, int first) {
    Observation o;
    o.id = stmt.columnText(first);
    o.visitId = stmt.columnText(first + 1);
    o.itemKey = stmt.columnText(first + 2);
    auto value = answerFromJson(stmt.columnText(first + 3));
    if (!value)
        return value.error();
    o.value = std::move(value.value());
    o.note = stmt.columnText(first + 4);
    o.source = enumFromString<SourceTag>(stmt.columnText(first + 5)).value_or(SourceTag::Observed);
    o.authorId = stmt.columnText(first + 6);
    o.deviceId = stmt.columnText(first + 7);
    o.hlc = Hlc{static_cast<std::uint64_t>(stmt.columnInt(first + 8))};
    return o;
}

Statement& bindObservation(Statement& stmt, int first, const Observation& o) {
    return stmt.bind(first, o.id)
        .bind(first + 1, o.visitId)
        .bind(first + 2, o.itemKey)
        .bind(first + 3, answerToJson(o.value))
        .bind(first + 4, o.note)
        .bind(first + 5, toString(o.source))
        .bind(first + 6, o.authorId)
        .bind(first + 7, o.deviceId)
        .bind(first + 8, static_cast<std::int64_t>(o.hlc.packed));
}

std::string observationColumns(std::string_view alias) {
    std::string out;
    std::string_view columns = kObservationColumns;
    while (!columns.empty()) {
        const auto comma = columns.find(", ");
        out += (out.empty() ? "" : ", ") + std::string(alias) + "." +
               std::string(columns.substr(0, comma));
        columns = comma == std::string_view::npos ? std::string_view{} : columns.substr(comma + 2);
    }
    return out;
}

} // namespace custos::sqldb
