#pragma once
// UUIDv7 identifiers (RFC 9562): time-ordered, generated wherever a record is created.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace custos {

/// A 128-bit UUID kept as bytes; text form is the canonical lower-case 8-4-4-4-12 string.
class Uuid final {
public:
    Uuid() = default;
    explicit Uuid(std::array<std::uint8_t, 16> bytes) : bytes_(bytes) {}

    /// A new version-7 UUID: 48-bit Unix milliseconds, then 74 random bits.
    [[nodiscard]] static Uuid v7();
    /// A version-7 UUID for a given time, for tests and reproducible fixtures.
    [[nodiscard]] static Uuid v7At(std::uint64_t unixMillis);
    /// Parses the canonical text form; nullopt for anything else.
    [[nodiscard]] static std::optional<Uuid> parse(std::string_view text);

    [[nodiscard]] std::string toString() const;
    [[nodiscard]] int version() const noexcept { return bytes_[6] >> 4; }
    /// Milliseconds since the Unix epoch embedded in a v7 UUID.
    [[nodiscard]] std::uint64_t unixMillis() const noexcept;
    [[nodiscard]] bool isNil() const noexcept;
    [[nodiscard]] const std::array<std::uint8_t, 16>& bytes() const noexcept { return bytes_; }

    friend bool operator==(const Uuid&, const Uuid&) = default;
    friend auto operator<=>(const Uuid&, const Uuid&) = default;

private:
    std::array<std::uint8_t, 16> bytes_{};
};

/// Shorthand: a fresh UUIDv7 in text form.
[[nodiscard]] inline std::string newId() {
    return Uuid::v7().toString();
}

/// True when text is a canonical UUID string.
[[nodiscard]] inline bool isUuid(std::string_view text) {
    return Uuid::parse(text).has_value();
}

} // namespace custos
