#include "custos/service/secrets.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <cctype>
#include <stdexcept>

namespace custos::service {
namespace {

template <std::size_t N> std::array<unsigned char, N> randomBytes() {
    std::array<unsigned char, N> bytes{};
    // A failing CSPRNG must never degrade into predictable credentials.
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
        throw std::runtime_error("the system random number generator failed");
    return bytes;
}

std::string hex(const unsigned char* data, std::size_t size) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        out.push_back(digits[data[i] >> 4]);
        out.push_back(digits[data[i] & 0x0F]);
    }
    return out;
}

} // namespace

std::string newCredential() {
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const auto bytes = randomBytes<32>();
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (unsigned char byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out.push_back(alphabet[(buffer >> bits) & 0x3F]);
        }
    }
    if (bits > 0)
        out.push_back(alphabet[(buffer << (6 - bits)) & 0x3F]);
    return out;
}

std::string newEnrolmentCode() {
    // Crockford's base32 without I, L, O, U: nothing to confuse when read aloud or typed.
    static constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const auto bytes = randomBytes<12>();
    std::string code;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 8)
            code.push_back('-');
        code.push_back(alphabet[bytes[i] & 0x1F]);
    }
    return code;
}

std::string normaliseEnrolmentCode(std::string_view code) {
    std::string out;
    for (char c : code) {
        if (c == '-' || std::isspace(static_cast<unsigned char>(c)))
            continue;
        out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    return out;
}

std::string newHexKey() {
    const auto bytes = randomBytes<32>();
    return hex(bytes.data(), bytes.size());
}

} // namespace custos::service
