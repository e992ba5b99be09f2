#include "custos/core/uuid.h"

#include <chrono>
#include <mutex>
#include <random>

namespace custos {
namespace {

std::uint64_t nowMillis() {
    using namespace std::chrono;
    return static_cast<std::uint64_t>(
        duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

// One generator per thread, seeded from the OS; ids need uniqueness, not secrecy.
std::mt19937_64& generator() {
    thread_local std::mt19937_64 engine{[] {
        std::random_device device;
        std::seed_seq seed{device(), device(), device(), device(), device(), device()};
        return std::mt19937_64{seed};
    }()};
    return engine;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

Uuid Uuid::v7() {
    return v7At(nowMillis());
}

Uuid Uuid::v7At(std::uint64_t unixMillis) {
    std::array<std::uint8_t, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(unixMillis >> (8 * (5 - i)));
    std::uint64_t r1 = generator()();
    std::uint64_t r2 = generator()();
    for (int i = 0; i < 2; ++i)
        b[static_cast<std::size_t>(6 + i)] = static_cast<std::uint8_t>(r1 >> (8 * i));
    for (int i = 0; i < 8; ++i)
        b[static_cast<std::size_t>(8 + i)] = static_cast<std::uint8_t>(r2 >> (8 * i));
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0F) | 0x70); // version 7
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3F) | 0x80); // RFC 4122 variant
    return Uuid{b};
}

std::optional<Uuid> Uuid::parse(std::string_view text) {
    if (text.size() != 36)
        return std::nullopt;
    std::array<std::uint8_t, 16> b{};
    std::size_t byte = 0;
    for (std::size_t i = 0; i < 36;) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (text[i] != '-')
                return std::nullopt;
            ++i;
            continue;
        }
        int hi = hexValue(text[i]);
        int lo = hexValue(text[i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        b[byte++] = static_cast<std::uint8_t>((hi << 4) | lo);
        i += 2;
    }
    return Uuid{b};
}

std::string Uuid::toString() const {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.push_back('-');
        out.push_back(digits[bytes_[i] >> 4]);
        out.push_back(digits[bytes_[i] & 0x0F]);
    }
    return out;
}

std::uint64_t Uuid::unixMillis() const noexcept {
    std::uint64_t ms = 0;
    for (std::size_t i = 0; i < 6; ++i)
        ms = (ms << 8) | bytes_[i];
    return ms;
}

bool Uuid::isNil() const noexcept {
    for (auto byte : bytes_)
        if (byte != 0)
            return false;
    return true;
}

} // namespace custos
