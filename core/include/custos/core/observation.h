#pragma once
// Observations (answers) and the operations that carry local changes to the server.

#include "custos/core/enums.h"
#include "custos/core/hlc.h"
#include "custos/core/result.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace custos {

/// The value of an answer. monostate means "cleared"; double holds numbers and durations (in the
/// item's unit); int64 counts; string text, dates (ISO) and single choices; the vector holds
/// the keys of a multiple choice.
using AnswerValue = std::variant<std::monostate, AnswerCode, double, std::int64_t, std::string,
                                 std::vector<std::string>>;

/// One answer to one checklist item by one monitor. Append-only: a change is a new observation.
struct Observation {
    std::string id;
    std::string visitId;
    std::string itemKey;
    AnswerValue value;
    std::string note;
    SourceTag source = SourceTag::Observed;
    std::string authorId;
    std::string deviceId;
    Hlc hlc;

    friend bool operator==(const Observation&, const Observation&) = default;
};

/// Encodes an answer value as compact JSON text for storage (e.g. {"answer":"yes"}).
[[nodiscard]] std::string answerToJson(const AnswerValue& value);
/// Decodes answerToJson's form.
[[nodiscard]] Result<AnswerValue> answerFromJson(const std::string& json);
/// A short display form: "yes", "3.5", "12", or the text.
[[nodiscard]] std::string answerToDisplay(const AnswerValue& value);

/// Checks an observation's shape before it is stored or sent (ids, key, value kind).
[[nodiscard]] Status validateObservation(const Observation& observation);

} // namespace custos
