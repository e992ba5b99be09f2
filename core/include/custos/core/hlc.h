#pragma once
// Hybrid logical clock: orders events across devices whose wall clocks disagree.

#include <cstdint>
#include <functional>
#include <mutex>
#include <string>

namespace custos {

/// A hybrid timestamp packed in 64 bits: 48 bits of wall milliseconds, 16 bits of counter.
/// Packing keeps comparison a single integer compare and storage a single column.
struct Hlc {
    std::uint64_t packed = 0;

    [[nodiscard]] static constexpr Hlc of(std::uint64_t wallMillis, std::uint16_t counter) {
        return Hlc{(wallMillis << 16) | counter};
    }
    [[nodiscard]] constexpr std::uint64_t wallMillis() const { return packed >> 16; }
    [[nodiscard]] constexpr std::uint16_t counter() const {
        return static_cast<std::uint16_t>(packed & 0xFFFF);
    }
    /// "wallMillis.counter", for logs and debugging.
    [[nodiscard]] std::string toString() const;

    friend constexpr auto operator<=>(const Hlc&, const Hlc&) = default;
};

/// Issues monotonically increasing Hlc values and merges timestamps received from peers.
/// Thread-safe. The wall clock is injectable so tests can make it jump backwards.
class HybridLogicalClock final {
public:
    using WallClock = std::function<std::uint64_t()>;

    /// Uses the system clock.
    HybridLogicalClock();
    explicit HybridLogicalClock(WallClock wallClock);

    /// A timestamp for a local event, greater than every timestamp issued or observed before.
    [[nodiscard]] Hlc now();
    /// Merges a timestamp received from another node so later local events order after it.
    [[nodiscard]] Hlc observe(Hlc remote);
    /// The greatest timestamp issued or observed so far (for persisting across restarts).
    [[nodiscard]] Hlc last() const;
    /// Restores the clock after a restart so it never issues a timestamp twice.
    void restore(Hlc persisted);

    /// Largest forward skew accepted from a peer before observe() ignores its wall time.
    static constexpr std::uint64_t kMaxForwardSkewMillis = 24ULL * 3600 * 1000;

private:
    Hlc advance(std::uint64_t wall, std::uint64_t remoteWall, std::uint16_t remoteCounter);

    WallClock wallClock_;
    mutable std::mutex mutex_;
    Hlc last_{};
};

/// Milliseconds since the Unix epoch from the system clock.
[[nodiscard]] std::uint64_t systemMillis();

} // namespace custos
