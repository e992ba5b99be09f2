#include "custos/core/result.h"

#include <gtest/gtest.h>

using namespace custos;

namespace {
Result<int> half(int n) {
    if (n % 2 != 0)
        return makeError(ErrorCode::InvalidArgument, "odd");
    return n / 2;
}
Status chain(int n, int& out) {
    CUSTOS_TRY(half(n).ok() ? Status{} : Status{half(n).error()});
    out = half(n).value();
    return {};
}
} // namespace

TEST(Result, HoldsValueOrError) {
    auto ok = half(4);
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(*ok, 2);
    auto bad = half(3);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(bad.error().message, "odd");
}

TEST(Result, TryPropagatesFirstError) {
    int out = -1;
    EXPECT_TRUE(chain(8, out).ok());
    EXPECT_EQ(out, 4);
    out = -1;
    const auto status = chain(7, out);
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(out, -1);
}

TEST(Result, ErrorCodesHaveNames) {
    EXPECT_STREQ(toString(ErrorCode::WrongKey), "wrong key");
    EXPECT_STREQ(toString(ErrorCode::Unavailable), "unavailable");
}
