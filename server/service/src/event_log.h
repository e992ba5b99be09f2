#pragma once
// Structured operational log: one JSON object per line on stderr. Events carry ids, counts,
// durations and error kinds only — never credentials, codes, keys, answers, notes or interview
// content (tests scan a whole scenario's log for them).

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace custos::service {

/// A field of a log event: name and value (numbers are written as text by the caller).
using LogField = std::pair<std::string_view, std::string>;

/// Writes {"ts": ..., "event": event, fields...} as one line; thread-safe.
void logEvent(std::string_view event, std::initializer_list<LogField> fields);

} // namespace custos::service
