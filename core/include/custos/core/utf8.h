#pragma once
// Checks for text that comes from outside (checklist files, facility spreadsheets) before it is
// read. It is stored as JSON, which must be UTF-8; a file saved as Latin-1 or Windows-1252 is
// the usual cause of trouble, and invisible control characters (pasted from a word processor, or
// planted) are the other: yaml-cpp turns a NUL inside a value into a byte that is not UTF-8, and
// a tablet would show the rest as boxes. Finding either on reading names the place instead of
// failing later.

#include <cstdint>
#include <optional>
#include <string>

namespace custos {

/// The first place in a text that cannot be stored (1-based line and column, in characters).
struct TextFault {
    int line = 1;
    int column = 1;
    /// The control character found there; empty when the bytes there are not UTF-8.
    std::optional<std::uint32_t> control;

    /// "this is not UTF-8 text" or "this holds the invisible control character U+0016".
    [[nodiscard]] std::string describe() const;
};

/// The first byte that is not part of valid UTF-8 (overlong forms, surrogates and code points
/// past U+10FFFF included), or the first control character other than tab, line feed and
/// carriage return (U+0000-U+001F, U+007F-U+009F), if any. A byte-order mark is allowed.
[[nodiscard]] std::optional<TextFault> firstTextFault(const std::string& text);

} // namespace custos
