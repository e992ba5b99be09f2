#include "custos/core/hlc.h"

#include <algorithm>
#include <chrono>

namespace custos {

std::uint64_t systemMillis() {
    using namespace std::chrono;
    return static_cast<std::uint64_t>(
        duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

std::string Hlc::toString() const {
    return std::to_string(wallMillis()) + "." + std::to_string(counter());
}

HybridLogicalClock::HybridLogicalClock() : HybridLogicalClock(systemMillis) {}

HybridLogicalClock::HybridLogicalClock(WallClock wallClock) : wallClock_(std::move(wallClock)) {}

Hlc HybridLogicalClock::advance(std::uint64_t wall, std::uint64_t remoteWall,
                                std::uint16_t remoteCounter) {
    const std::uint64_t lastWall = last_.wallMillis();
    const std::uint64_t newWall = std::max({wall, lastWall, remoteWall});
    std::uint32_t counter = 0;
    if (newWall == lastWall && newWall == remoteWall)
        counter = std::max<std::uint32_t>(last_.counter(), remoteCounter) + 1;
    else if (newWall == lastWall)
        counter = static_cast<std::uint32_t>(last_.counter()) + 1;
    else if (newWall == remoteWall)
        counter = static_cast<std::uint32_t>(remoteCounter) + 1;
    if (counter > 0xFFFF) {
        // Counter overflow within one millisecond: borrow the next millisecond rather than wrap,
        // which would break monotonicity.
        last_ = Hlc::of(newWall + 1, 0);
        return last_;
    }
    last_ = Hlc::of(newWall, static_cast<std::uint16_t>(counter));
    return last_;
}

Hlc HybridLogicalClock::now() {
    std::lock_guard lock(mutex_);
    return advance(wallClock_(), 0, 0);
}

Hlc HybridLogicalClock::observe(Hlc remote) {
    std::lock_guard lock(mutex_);
    const std::uint64_t wall = wallClock_();
    if (remote.wallMillis() > wall + kMaxForwardSkewMillis) {
        // A peer far in the future would drag every later timestamp with it; keep ours.
        return advance(wall, 0, 0);
    }
    return advance(wall, remote.wallMillis(), remote.counter());
}

Hlc HybridLogicalClock::last() const {
    std::lock_guard lock(mutex_);
    return last_;
}

void HybridLogicalClock::restore(Hlc persisted) {
    std::lock_guard lock(mutex_);
    last_ = std::max(last_, persisted);
}

} // namespace custos
