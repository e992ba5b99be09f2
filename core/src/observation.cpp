#include "custos/core/observation.h"

#include "custos/core/uuid.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <optional>
#include <sstream>

namespace custos {

namespace {
template <class... Ts> struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

constexpr std::size_t kMaxTextBytes = 64 * 1024;
constexpr std::size_t kMaxKeyBytes = 200;
} // namespace

std::string answerToJson(const AnswerValue& value) {
    nlohmann::json j = std::visit(Overloaded{
                                      [](std::monostate) { return nlohmann::json::object(); },
                                      [](AnswerCode code) {
                                          return nlohmann::json{{"answer", toString(code)}};
                                      },
                                      [](double number) {
                                          return nlohmann::json{{"number", number}};
                                      },
                                      [](std::int64_t count) {
                                          return nlohmann::json{{"count", count}};
                                      },
                                      [](const std::string& text) {
                                          return nlohmann::json{{"text", text}};
                                      },
                                      [](const std::vector<std::string>& keys) {
                                          return nlohmann::json{{"choices", keys}};
                                      },
                                  },
                                  value);
    return j.dump();
}

namespace {

/// The forms answerToJson writes for codes, numbers and counts, read without a JSON parser:
/// exports and figures read a million of them. Anything else goes to the full parser.
std::optional<AnswerValue> fastAnswerFromJson(std::string_view text) {
    auto between = [&](std::string_view prefix) -> std::optional<std::string_view> {
        if (!text.starts_with(prefix) || !text.ends_with("}"))
            return std::nullopt;
        return text.substr(prefix.size(), text.size() - prefix.size() - 1);
    };
    if (text == "{}")
        return AnswerValue{};
    if (auto code = between(R"({"answer":")"); code && code->ends_with('"')) {
        if (auto value = enumFromString<AnswerCode>(code->substr(0, code->size() - 1)))
            return AnswerValue{*value};
        return std::nullopt;
    }
    if (auto count = between(R"({"count":)")) {
        std::int64_t value = 0;
        const auto [end, error] =
            std::from_chars(count->data(), count->data() + count->size(), value);
        if (error == std::errc{} && end == count->data() + count->size())
            return AnswerValue{value};
        return std::nullopt;
    }
    if (auto number = between(R"({"number":)")) {
        double value = 0;
        const auto [end, error] =
            std::from_chars(number->data(), number->data() + number->size(), value);
        if (error == std::errc{} && end == number->data() + number->size())
            return AnswerValue{value};
    }
    return std::nullopt;
}

} // namespace

Result<AnswerValue> answerFromJson(const std::string& text) {
    if (auto fast = fastAnswerFromJson(text))
        return *std::move(fast);
    try {
        const auto j = nlohmann::json::parse(text);
        if (j.contains("answer")) {
            auto code = enumFromString<AnswerCode>(j["answer"].get<std::string>());
            if (!code)
                return makeError(ErrorCode::Corrupt, "unknown answer code");
            return AnswerValue{*code};
        }
        if (j.contains("number"))
            return AnswerValue{j["number"].get<double>()};
        if (j.contains("count"))
            return AnswerValue{j["count"].get<std::int64_t>()};
        if (j.contains("text"))
            return AnswerValue{j["text"].get<std::string>()};
        if (j.contains("choices"))
            return AnswerValue{j["choices"].get<std::vector<std::string>>()};
        return AnswerValue{};
    } catch (const nlohmann::json::exception&) {
        return makeError(ErrorCode::Corrupt, "stored answer is not valid JSON");
    }
}

std::string answerToDisplay(const AnswerValue& value) {
    return std::visit(Overloaded{
                          [](std::monostate) { return std::string{}; },
                          [](AnswerCode code) { return std::string(toString(code)); },
                          [](double number) {
                              std::ostringstream out;
                              out << number;
                              return out.str();
                          },
                          [](std::int64_t count) { return std::to_string(count); },
                          [](const std::string& text) { return text; },
                          [](const std::vector<std::string>& keys) {
                              std::string joined;
                              for (const auto& key : keys)
                                  joined += (joined.empty() ? "" : ",") + key;
                              return joined;
                          },
                      },
                      value);
}

Status validateObservation(const Observation& o) {
    if (!isUuid(o.id))
        return makeError(ErrorCode::InvalidArgument, "observation id is not a UUID");
    if (!isUuid(o.visitId))
        return makeError(ErrorCode::InvalidArgument, "observation visit id is not a UUID");
    if (o.itemKey.empty() || o.itemKey.size() > kMaxKeyBytes)
        return makeError(ErrorCode::InvalidArgument, "observation item key is empty or too long");
    if (o.note.size() > kMaxTextBytes)
        return makeError(ErrorCode::InvalidArgument, "observation note is longer than 64 KiB");
    if (const auto* text = std::get_if<std::string>(&o.value); text && text->size() > kMaxTextBytes)
        return makeError(ErrorCode::InvalidArgument, "observation text is longer than 64 KiB");
    if (const auto* keys = std::get_if<std::vector<std::string>>(&o.value)) {
        if (keys->size() > 100)
            return makeError(ErrorCode::InvalidArgument, "observation has too many choices");
        for (const auto& key : *keys)
            if (key.empty() || key.size() > kMaxKeyBytes)
                return makeError(ErrorCode::InvalidArgument, "observation choice key is invalid");
    }
    if (const auto* number = std::get_if<double>(&o.value); number && !std::isfinite(*number))
        return makeError(ErrorCode::InvalidArgument, "observation number is not finite");
    return {};
}

} // namespace custos
