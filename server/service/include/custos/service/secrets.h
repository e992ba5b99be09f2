#pragma once
// Random secrets and their hashes: device credentials, enrolment codes, key files.

#include "custos/core/digest.h"

#include <string>
#include <string_view>

namespace custos::service {

/// A device credential: 32 random bytes, base64url without padding (43 characters).
[[nodiscard]] std::string newCredential();
/// An enrolment code a person can type: 12 characters from an unambiguous alphabet,
/// shown as XXXX-XXXX-XXXX.
[[nodiscard]] std::string newEnrolmentCode();
/// Upper-cases and removes separators so "abcd efgh-jklm" matches "ABCD-EFGH-JKLM".
[[nodiscard]] std::string normaliseEnrolmentCode(std::string_view code);
/// 32 random bytes as 64 hex digits (the embedded store's raw SQLCipher key).
[[nodiscard]] std::string newHexKey();
/// SHA-256 as lowercase hex (core/digest.h).
using custos::sha256Hex;

} // namespace custos::service
