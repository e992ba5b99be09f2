#pragma once
// Indicator formulas: arithmetic over answer and indicator keys, parsed once, evaluated often.

#include "custos/core/result.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace custos {

/// A parsed formula such as "(acc.cell_length * acc.cell_width - acc.sanitary) / acc.occupants".
/// Grammar: expr = term {(+|-) term}; term = factor {(*|/) factor};
/// factor = number | key | min(expr, expr) | max(expr, expr) | (expr) | -factor.
class Formula final {
public:
    /// Parses text; the error message is "column N: sentence" (1-based).
    [[nodiscard]] static Result<Formula> parse(std::string_view text);

    /// Supplies the value of a key, or nullopt when it has none (unanswered, not a number).
    using Lookup = std::function<std::optional<double>(const std::string&)>;
    /// The value, or nullopt when an input is missing or the result is not finite (e.g. a
    /// division by zero): a missing value must never turn into a wrong one.
    [[nodiscard]] std::optional<double> evaluate(const Lookup& lookup) const;
    /// Every key the formula reads, in order of first use.
    [[nodiscard]] const std::vector<std::string>& keys() const { return keys_; }

    struct Node;

private:
    std::shared_ptr<const Node> root_;
    std::vector<std::string> keys_;
};

} // namespace custos
