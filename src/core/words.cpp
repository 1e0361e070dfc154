#include "core/words.hpp"

#include "core/utf8.hpp"

namespace jv {

namespace words_detail {

std::size_t alnum_length(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    // Latin-1 letters (À..ÿ but × and ÷) are most of Norwegian's non-ASCII: no ICU.
    if (lead == 0xC3 && at + 1 < text.size()) {
        const auto next = static_cast<unsigned char>(text[at + 1]);
        if ((next & 0xC0) != 0x80) return 0;
        return next == 0x97 || next == 0xB7 ? 0 : 2;
    }
    const UChar32 c = code_point_at(text, at);
    if (c < 0x80 || !u_isalnum(c)) return 0;
    return next_offset(text, at) - at;
}

std::uint64_t keep_letters(std::string_view text, std::size_t block, std::uint64_t mask, std::uint64_t high,
                           Pending& pending) {
    const std::size_t limit = std::min<std::size_t>(64, text.size() - block);
    const auto bit = [](std::size_t i) { return std::uint64_t{1} << i; };
    std::size_t i = 0;
    // The rest of a character that began in the block before.
    for (; pending.bytes > 0 && i < limit; ++i, --pending.bytes) {
        if (!pending.letter) mask &= ~bit(i);
        high &= ~bit(i);
    }
    while (high != 0) {
        const auto at = static_cast<std::size_t>(__builtin_ctzll(high));
        const std::size_t offset = block + at;
        // A lead byte decides for its whole character; a stray continuation byte is no letter.
        const bool lead = static_cast<unsigned char>(text[offset]) >= 0xC0;
        const std::size_t length = lead ? next_offset(text, offset) - offset : 1;
        const bool letter = lead && alnum_length(text, offset) != 0;
        for (std::size_t k = 0; k < length; ++k) {
            if (at + k >= 64) {
                pending = {static_cast<unsigned>(length - k), letter};
                break;
            }
            if (!letter) mask &= ~bit(at + k);
            high &= ~bit(at + k);
        }
    }
    return mask;
}

}  // namespace words_detail

std::size_t word_end_at(std::string_view text, std::size_t at) {
    while (at < text.size()) {
        const auto c = static_cast<unsigned char>(text[at]);
        const unsigned char l = c | 0x20;
        std::size_t len = 0;
        if ((l >= 'a' && l <= 'z') || (c >= '0' && c <= '9')) len = 1;
        else if (c >= 0x80) len = words_detail::alnum_length(text, at);
        if (len == 0) break;
        at += len;
    }
    return at;
}

}  // namespace jv
