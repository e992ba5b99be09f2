#include "custos/core/utf8.h"

#include <cstdio>

namespace custos {
namespace {

bool isForbiddenControl(std::uint32_t code) {
    if (code == '\t' || code == '\n' || code == '\r')
        return false;
    return code < 0x20 || (code >= 0x7F && code <= 0x9F);
}

} // namespace

std::string TextFault::describe() const {
    if (!control)
        return "this is not UTF-8 text";
    char name[16];
    std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(*control));
    return std::string("this holds the invisible control character ") + name;
}

std::optional<TextFault> firstTextFault(const std::string& text) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const std::size_t length = byte < 0x80           ? 1
                                   : (byte >> 5) == 0x6  ? 2
                                   : (byte >> 4) == 0xE  ? 3
                                   : (byte >> 3) == 0x1E ? 4
                                                         : 0;
        const TextFault here{line, column, std::nullopt};
        if (length == 0 || i + length > text.size())
            return here;
        std::uint32_t code = length == 1 ? byte : byte & (0x7F >> length);
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80)
                return here;
            code = (code << 6) | (next & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
        static constexpr std::uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (code < kSmallest[length] || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            return here;
        if (isForbiddenControl(code))
            return TextFault{line, column, code};
        if (byte == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    return std::nullopt;
}

} // namespace custos
