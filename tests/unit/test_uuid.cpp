#include "custos/core/uuid.h"

#include <gtest/gtest.h>

#include <set>

using custos::Uuid;

TEST(Uuid, V7HasVersionVariantAndTime) {
    const auto id = Uuid::v7At(1'700'000'000'123ULL);
    EXPECT_EQ(id.version(), 7);
    EXPECT_EQ(id.bytes()[8] & 0xC0, 0x80);
    EXPECT_EQ(id.unixMillis(), 1'700'000'000'123ULL);
}

TEST(Uuid, TextRoundTripsAndIsCanonical) {
    const auto id = Uuid::v7();
    const auto text = id.toString();
    ASSERT_EQ(text.size(), 36u);
    EXPECT_EQ(text[14], '7');
    const auto parsed = Uuid::parse(text);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, id);
}

TEST(Uuid, RejectsMalformedText) {
    EXPECT_FALSE(Uuid::parse("").has_value());
    EXPECT_FALSE(Uuid::parse("0190b6a4-7e3c-7000-8000-00000000000").has_value());
    EXPECT_FALSE(Uuid::parse("0190b6a4x7e3c-7000-8000-000000000000").has_value());
    EXPECT_FALSE(Uuid::parse("0190b6a4-7e3c-7000-8000-00000000000g").has_value());
    EXPECT_TRUE(Uuid::parse("0190B6A4-7E3C-7000-8000-000000000000").has_value());
}

TEST(Uuid, ManyAreUniqueAndTimeOrdered) {
    std::set<std::string> seen;
    Uuid previous = Uuid::v7At(1000);
    for (std::uint64_t ms = 1001; ms < 11001; ++ms) {
        const auto id = Uuid::v7At(ms);
        EXPECT_LT(previous, id) << "ids of later milliseconds must sort later";
        EXPECT_TRUE(seen.insert(id.toString()).second);
        previous = id;
    }
}
