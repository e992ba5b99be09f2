#pragma once
// Observations as database rows, in the same nine columns in the client store and the server:
// id, visit_id, item_key, value, note, source, author_id, device_id, hlc.

#include "custos/core/observation.h"
#include "custos/sqldb/database.h"

#include <string>
#include <string_view>

namespace custos::sqldb {

/// The column list, for SELECT and INSERT statements.
inline constexpr const char* kObservationColumns =
    "id, visit_id, item_key, value, note, source, author_id, device_id, hlc";

/// The column list qualified by a table alias ("o.id, o.visit_id, ..."), for joins.
[[nodiscard]] std::string observationColumns(std::string_view alias);

/// Reads an observation from nine columns starting at `first`.
[[nodiscard]] Result<Observation> readObservation(const Statement& stmt, int first);

/// Binds an observation to nine parameters starting at `first`.
Statement& bindObservation(Statement& stmt, int first, const Observation& observation);

} // namespace custos::sqldb
