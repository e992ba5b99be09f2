#pragma once
// SHA-256, as lowercase hex: content addresses of attachments, hashes of credentials and codes.

#include <string>
#include <string_view>

namespace custos {

/// The SHA-256 of the bytes, as 64 lowercase hex digits.
[[nodiscard]] std::string sha256Hex(std::string_view bytes);

} // namespace custos
