#include "custos/core/formula.h"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <cmath>
#include <map>

using custos::Formula;

namespace {
std::optional<double> eval(const std::string& text, const std::map<std::string, double>& values) {
    auto formula = Formula::parse(text);
    if (!formula)
        return std::nullopt;
    return formula->evaluate([&](const std::string& key) -> std::optional<double> {
        auto it = values.find(key);
        return it == values.end() ? std::nullopt : std::optional<double>(it->second);
    });
}
} // namespace

TEST(Formula, ArithmeticWithPrecedenceAndParentheses) {
    EXPECT_DOUBLE_EQ(*eval("1 + 2 * 3", {}), 7);
    EXPECT_DOUBLE_EQ(*eval("(1 + 2) * 3", {}), 9);
    EXPECT_DOUBLE_EQ(*eval("-2 * -3", {}), 6);
    EXPECT_DOUBLE_EQ(*eval("10 / 4", {}), 2.5);
    EXPECT_DOUBLE_EQ(*eval("min(3, max(1, 2))", {}), 2);
    EXPECT_DOUBLE_EQ(*eval("8 - 2 - 1", {}), 5) << "subtraction is left-associative";
}

TEST(Formula, ReadsDottedKeysAndListsThem) {
    auto f = Formula::parse("(acc.cell_length * acc.cell_width - acc.sanitary) / acc.occupants");
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(f->keys(), (std::vector<std::string>{"acc.cell_length", "acc.cell_width",
                                                   "acc.sanitary", "acc.occupants"}));
    const auto value = f->evaluate([](const std::string& key) -> std::optional<double> {
        static const std::map<std::string, double> v{{"acc.cell_length", 4},
                                                     {"acc.cell_width", 3},
                                                     {"acc.sanitary", 2},
                                                     {"acc.occupants", 2}};
        return v.at(key);
    });
    EXPECT_DOUBLE_EQ(*value, 5);
}

TEST(Formula, MissingInputOrDivisionByZeroGivesNoValue) {
    EXPECT_FALSE(eval("a / b", {{"a", 1}}).has_value());
    EXPECT_FALSE(eval("a / b", {{"a", 1}, {"b", 0}}).has_value());
    EXPECT_FALSE(eval("a / (b - b)", {{"a", 1}, {"b", 3}}).has_value());
}

TEST(Formula, SyntaxErrorsNameTheColumn) {
    EXPECT_EQ(Formula::parse("a * * 2").error().message, "column 5: unexpected '*'");
    EXPECT_EQ(Formula::parse("(a + b").error().message, "column 7: a ')' is missing");
    EXPECT_EQ(Formula::parse("").error().message, "column 1: the formula is empty");
    EXPECT_EQ(Formula::parse("a b").error().message, "column 3: unexpected 'b'");
    EXPECT_EQ(Formula::parse("min(1)").error().message,
              "column 6: 'min' needs two values separated by a comma");
    EXPECT_FALSE(Formula::parse(std::string(200, '(') + "1" + std::string(200, ')')).ok())
        << "deep nesting is refused, not a stack overflow";
}

RC_GTEST_PROP(FormulaProperty, ProductOfTwoKeysMatchesArithmetic, (double a, double b)) {
    RC_PRE(std::isfinite(a) && std::isfinite(b) && std::isfinite(a * b));
    const auto value = eval("x * y", {{"x", a}, {"y", b}});
    RC_ASSERT(value.has_value());
    RC_ASSERT(*value == a * b);
}

RC_GTEST_PROP(FormulaProperty, SpacePerPersonMatchesHandComputation,
              (unsigned lengthCm, unsigned widthCm, unsigned sanitaryCm2, unsigned occupants)) {
    const double length = 1.0 + lengthCm % 2000 / 100.0;
    const double width = 1.0 + widthCm % 2000 / 100.0;
    const double sanitary = sanitaryCm2 % 30000 / 10000.0;
    const auto value = eval(
        "(l * w - s) / n",
        {{"l", length}, {"w", width}, {"s", sanitary}, {"n", static_cast<double>(occupants % 50)}});
    if (occupants % 50 == 0) {
        RC_ASSERT(!value.has_value());
    } else {
        RC_ASSERT(value.has_value());
        RC_ASSERT(std::fabs(*value - (length * width - sanitary) / (occupants % 50)) < 1e-9);
    }
}
