#include "custos/core/hlc.h"

#include <gtest/gtest.h>

using custos::Hlc;
using custos::HybridLogicalClock;

TEST(Hlc, PacksWallAndCounter) {
    const auto h = Hlc::of(123456789, 42);
    EXPECT_EQ(h.wallMillis(), 123456789u);
    EXPECT_EQ(h.counter(), 42);
    EXPECT_LT(Hlc::of(5, 65535), Hlc::of(6, 0));
}

TEST(Hlc, MonotonicWhenWallClockStandsStill) {
    HybridLogicalClock clock([] { return std::uint64_t{1000}; });
    const auto a = clock.now();
    const auto b = clock.now();
    EXPECT_LT(a, b);
    EXPECT_EQ(b.wallMillis(), 1000u);
    EXPECT_EQ(b.counter(), 1);
}

TEST(Hlc, MonotonicWhenWallClockGoesBackwards) {
    std::uint64_t wall = 5000;
    HybridLogicalClock clock([&] { return wall; });
    const auto a = clock.now();
    wall = 1000; // the tablet's clock was corrected backwards
    const auto b = clock.now();
    EXPECT_LT(a, b);
}

TEST(Hlc, ObserveOrdersLaterEventsAfterRemote) {
    HybridLogicalClock clock([] { return std::uint64_t{1000}; });
    const auto remote = Hlc::of(2000, 7);
    const auto merged = clock.observe(remote);
    EXPECT_GT(merged, remote);
    EXPECT_GT(clock.now(), merged);
}

TEST(Hlc, IgnoresRemoteFarInTheFuture) {
    HybridLogicalClock clock([] { return std::uint64_t{1000}; });
    const auto bogus = Hlc::of(1000 + HybridLogicalClock::kMaxForwardSkewMillis + 10, 0);
    const auto merged = clock.observe(bogus);
    EXPECT_LT(merged, bogus);
}

TEST(Hlc, CounterOverflowBorrowsNextMillisecond) {
    HybridLogicalClock clock([] { return std::uint64_t{1000}; });
    clock.restore(Hlc::of(1000, 65535));
    const auto next = clock.now();
    EXPECT_EQ(next, Hlc::of(1001, 0));
}

TEST(Hlc, RestoreNeverGoesBack) {
    HybridLogicalClock clock([] { return std::uint64_t{10}; });
    clock.restore(Hlc::of(500, 3));
    EXPECT_GT(clock.now(), Hlc::of(500, 3));
    clock.restore(Hlc::of(1, 0));
    EXPECT_GT(clock.last(), Hlc::of(500, 3));
}
