#include "validate/layout.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace jv {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Letters and digits in any script count as glued; punctuation such as « or – does not.
bool alnum_before(std::string_view text, std::size_t at) {
    if (at == 0) return false;
    int32_t i = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
    return c >= 0 && u_isalnum(c);
}

bool alnum_after(std::string_view text, std::size_t at) {
    if (at >= text.size()) return false;
    int32_t i = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
    return c >= 0 && u_isalnum(c);
}

// Characters that continue a number: a decimal comma, a dotted or dashed group, a slash.
bool is_glue(char c) { return c == '.' || c == ',' || c == '-' || c == '/'; }

bool is_line_break_chunk(std::string_view chunk) { return chunk.find('\n') != std::string_view::npos; }

}  // namespace

LayoutReading read_digit_layout(std::string_view text, Span span, bool grouped, std::size_t digit_count) {
    if (span.end > text.size() || span.begin >= span.end) return {std::nullopt, "boundary"};
    if (alnum_before(text, span.begin) || alnum_after(text, span.end)) return {std::nullopt, "boundary"};
    const std::size_t b = span.begin;
    const std::size_t e = span.end;
    if (b >= 2 && is_glue(text[b - 1]) && is_digit(text[b - 2])) return {std::nullopt, "boundary"};
    if (e + 1 < text.size() && is_glue(text[e]) && is_digit(text[e + 1])) return {std::nullopt, "boundary"};

    std::string digits;
    char separator = 0;  // the one separator character used between groups, if any
    std::size_t i = b;
    while (i < e) {
        if (is_digit(text[i])) {
            digits.push_back(text[i++]);
            continue;
        }
        const std::size_t chunk_begin = i;
        while (i < e && !is_digit(text[i])) ++i;
        const std::string_view chunk = text.substr(chunk_begin, i - chunk_begin);
        if (is_line_break_chunk(chunk)) continue;
        if (chunk.size() != 1) return {std::nullopt, "separator"};
        if (separator != 0 && chunk[0] != separator) return {std::nullopt, "separator"};
        separator = chunk[0];
    }
    if (digits.size() != digit_count) return {std::nullopt, "digit-count"};
    // A grouped number followed or preceded by one more group with the same separator
    // belongs to something longer (a phone list, an amount, a grouped account number).
    if (grouped && separator != 0) {
        if (b >= 2 && text[b - 1] == separator && is_digit(text[b - 2])) return {std::nullopt, "grouping"};
        if (e + 1 < text.size() && text[e] == separator && is_digit(text[e + 1])) return {std::nullopt, "grouping"};
    }
    return {std::move(digits), {}};
}

}  // namespace jv
