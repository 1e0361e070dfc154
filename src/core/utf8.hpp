#pragma once
#include <cstdint>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "core/span.hpp"

namespace jv {

// Code points around a byte offset in UTF-8 text (U_SENTINEL at the ends or on bad bytes).
inline UChar32 code_point_at(std::string_view t, std::size_t at) {
    if (at >= t.size()) return U_SENTINEL;
    if (static_cast<unsigned char>(t[at]) < 0x80) return static_cast<unsigned char>(t[at]);  // ASCII: no decoding
    auto i = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(t.data()), i, static_cast<int32_t>(t.size()), c);
    return c;
}

inline UChar32 code_point_before(std::string_view t, std::size_t at) {
    if (at == 0 || at > t.size()) return U_SENTINEL;
    if (static_cast<unsigned char>(t[at - 1]) < 0x80) return static_cast<unsigned char>(t[at - 1]);
    auto i = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_PREV(reinterpret_cast<const uint8_t*>(t.data()), 0, i, c);
    return c;
}

inline std::size_t next_offset(std::string_view t, std::size_t at) {
    auto i = static_cast<int32_t>(at);
    U8_FWD_1(reinterpret_cast<const uint8_t*>(t.data()), i, static_cast<int32_t>(t.size()));
    return static_cast<std::size_t>(i);
}

inline std::size_t previous_offset(std::string_view t, std::size_t at) {
    auto i = static_cast<int32_t>(at);
    U8_BACK_1(reinterpret_cast<const uint8_t*>(t.data()), 0, i);
    return static_cast<std::size_t>(i);
}

// ASCII is answered without ICU: most text is ASCII, and these run for every hit.
inline bool is_letter(UChar32 c) {
    if (c >= 0 && c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return c >= 0 && u_isalpha(c);
}
inline bool is_alnum(UChar32 c) {
    if (c >= 0 && c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
    return c >= 0 && u_isalnum(c);
}

// `at` moved back to the start of the UTF-8 character it falls in.
inline std::size_t char_start(std::string_view t, std::size_t at) {
    while (at > 0 && at < t.size() && (static_cast<unsigned char>(t[at]) & 0xC0) == 0x80) --at;
    return at;
}

// The word around `at`: letters, with inner hyphens and apostrophes ("Anne-Lise", "O'Neil").
inline Span word_at(std::string_view t, std::size_t at) {
    std::size_t b = at;
    while (b > 0) {
        const std::size_t p = previous_offset(t, b);
        const UChar32 c = code_point_at(t, p);
        if (is_letter(c)) {
            b = p;
        } else if ((c == '-' || c == '\'') && p > 0 && is_letter(code_point_before(t, p))) {
            b = p;
        } else {
            break;
        }
    }
    std::size_t e = at;
    while (e < t.size()) {
        const UChar32 c = code_point_at(t, e);
        if (is_letter(c)) {
            e = next_offset(t, e);
        } else if ((c == '-' || c == '\'') && is_letter(code_point_at(t, e + 1))) {
            e = e + 1;
        } else {
            break;
        }
    }
    return {b, e};
}

// The word that ends where `at` is once spacing, colons and line breaks (at most `max_gap`
// bytes of them) are stepped over: the label or title before a name ("Pasient:\nKari",
// "pasient K.N."). An empty span if no word ends there.
inline Span word_before(std::string_view t, std::size_t at, std::size_t max_gap) {
    std::size_t end = at;
    while (end > 0 && at - end < max_gap && (t[end - 1] == ' ' || t[end - 1] == '\t' || t[end - 1] == ':' || t[end - 1] == '\n'))
        --end;
    if (end == 0 || end == at) return {};
    const Span w = word_at(t, previous_offset(t, end));
    return w.end == end ? w : Span{};
}

}  // namespace jv
