#include "custos/core/observation.h"

#include "custos/core/uuid.h"

#include <gtest/gtest.h>

#include <limits>

using namespace custos;

TEST(Observation, AnswerValuesRoundTripThroughJson) {
    const std::vector<AnswerValue> values{AnswerValue{}, AnswerValue{AnswerCode::Partial},
                                          AnswerValue{3.25}, AnswerValue{std::int64_t{42}},
                                          AnswerValue{std::string{"Cell 4: \"damp\""}}};
    for (const auto& value : values) {
        auto back = answerFromJson(answerToJson(value));
        ASSERT_TRUE(back.ok());
        EXPECT_EQ(*back, value);
    }
    EXPECT_FALSE(answerFromJson("{\"answer\":\"maybe\"}").ok());
    EXPECT_FALSE(answerFromJson("not json").ok());
}

TEST(Observation, FastAndFullReadersAgreeOnEveryNumberForm) {
    // Numbers and counts are read without the JSON parser; extremes must survive exactly.
    for (double number : {0.0, -0.0, 0.1, 1e-300, 1e300, -2.5e-7, 123456789.125,
                          std::numeric_limits<double>::max(), std::numeric_limits<double>::min()}) {
        auto back = answerFromJson(answerToJson(AnswerValue{number}));
        ASSERT_TRUE(back.ok());
        EXPECT_EQ(std::get<double>(*back), number) << answerToJson(AnswerValue{number});
    }
    for (std::int64_t count :
         {std::int64_t{0}, std::int64_t{-1}, std::numeric_limits<std::int64_t>::max(),
          std::numeric_limits<std::int64_t>::min()}) {
        auto back = answerFromJson(answerToJson(AnswerValue{count}));
        ASSERT_TRUE(back.ok());
        EXPECT_EQ(std::get<std::int64_t>(*back), count);
    }
    for (auto code : {AnswerCode::Yes, AnswerCode::No, AnswerCode::Partial,
                      AnswerCode::NotApplicable, AnswerCode::NotVerified})
        EXPECT_EQ(*answerFromJson(answerToJson(AnswerValue{code})), AnswerValue{code});
    // Forms the fast reader does not take still go through the full parser.
    EXPECT_EQ(*answerFromJson(R"({ "count" : 7 })"), AnswerValue{std::int64_t{7}});
    EXPECT_FALSE(answerFromJson(R"({"count":7x})").ok());
    EXPECT_FALSE(answerFromJson(R"({"answer":"perhaps"})").ok());
}

TEST(Observation, DisplayForms) {
    EXPECT_EQ(answerToDisplay(AnswerValue{AnswerCode::NotVerified}), "not_verified");
    EXPECT_EQ(answerToDisplay(AnswerValue{std::int64_t{7}}), "7");
    EXPECT_EQ(answerToDisplay(AnswerValue{}), "");
}

TEST(Observation, ValidationRejectsBadShapes) {
    Observation o;
    o.id = newId();
    o.visitId = newId();
    o.itemKey = "acc.light";
    o.value = AnswerCode::Yes;
    EXPECT_TRUE(validateObservation(o).ok());

    auto bad = o;
    bad.id = "42";
    EXPECT_FALSE(validateObservation(bad).ok());
    bad = o;
    bad.itemKey = "";
    EXPECT_FALSE(validateObservation(bad).ok());
    bad = o;
    bad.note = std::string(70 * 1024, 'x');
    EXPECT_FALSE(validateObservation(bad).ok());
    bad = o;
    bad.value = std::numeric_limits<double>::quiet_NaN();
    EXPECT_FALSE(validateObservation(bad).ok());
}
