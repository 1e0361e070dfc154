#include "validate/layout.hpp"

#include "core/utf8.hpp"

#include <unicode/uchar.h>
#include <algorithm>
#include <unicode/utf8.h>

namespace jv {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Letters and digits in any script count as glued; punctuation such as « or – does not.
bool alnum_before(std::string_view text, std::size_t at) { return is_alnum(code_point_before(text, at)); }
bool alnum_after(std::string_view text, std::size_t at) { return is_alnum(code_point_at(text, at)); }

// Characters that continue a number: a decimal comma, a dotted or dashed group, a slash.
bool is_glue(char c) { return c == '.' || c == ',' || c == '-' || c == '/'; }

bool is_line_break_chunk(std::string_view chunk) { return chunk.find('\n') != std::string_view::npos; }

// Digit counts after which a group ends, e.g. "6-5" -> {6}; "11" -> {}.
std::vector<std::size_t> split_points(std::string_view layout) {
    std::vector<std::size_t> points;
    std::size_t total = 0;
    std::size_t group = 0;
    for (char c : layout) {
        if (c == '-') {
            total += group;
            points.push_back(total);
            group = 0;
        } else {
            group = group * 10 + static_cast<std::size_t>(c - '0');
        }
    }
    return points;
}

// A layout fits when every separator falls on one of its splits, and every split it
// needs has a separator or a line break.
bool fits(const std::vector<std::size_t>& splits, const std::vector<std::size_t>& separators,
          const std::vector<std::size_t>& line_breaks) {
    const auto has = [](const std::vector<std::size_t>& v, std::size_t x) {
        return std::find(v.begin(), v.end(), x) != v.end();
    };
    for (std::size_t s : separators)
        if (!has(splits, s)) return false;
    for (std::size_t s : splits)
        if (!has(separators, s) && !has(line_breaks, s)) return false;
    return true;
}

std::size_t total_digits(std::string_view layout) {
    const auto points = split_points(std::string(layout) + "-");
    return points.empty() ? 0 : points.back();
}

}  // namespace

LayoutReading read_digit_layout(std::string_view text, Span span, const std::vector<std::string>& layouts) {
    if (span.end > text.size() || span.begin >= span.end) return {std::nullopt, {}, "boundary"};
    if (alnum_before(text, span.begin) || alnum_after(text, span.end)) return {std::nullopt, {}, "boundary"};
    const std::size_t b = span.begin;
    const std::size_t e = span.end;
    if (b >= 2 && is_glue(text[b - 1]) && is_digit(text[b - 2])) return {std::nullopt, {}, "boundary"};
    if (e + 1 < text.size() && is_glue(text[e]) && is_digit(text[e + 1])) return {std::nullopt, {}, "boundary"};

    std::string digits;
    std::vector<std::size_t> separators;   // digit counts after which a separator stands
    std::vector<std::size_t> line_breaks;  // digit counts after which a line break stands
    char separator = 0;                    // the one separator character used, if any
    std::size_t i = b;
    while (i < e) {
        if (is_digit(text[i])) {
            digits.push_back(text[i++]);
            continue;
        }
        const std::size_t chunk_begin = i;
        while (i < e && !is_digit(text[i])) ++i;
        const std::string_view chunk = text.substr(chunk_begin, i - chunk_begin);
        if (is_line_break_chunk(chunk)) {
            line_breaks.push_back(digits.size());
            continue;
        }
        if (chunk.size() != 1) return {std::nullopt, {}, "separator"};
        if (separator != 0 && chunk[0] != separator) return {std::nullopt, {}, "separator"};
        separator = chunk[0];
        separators.push_back(digits.size());
    }
    // A grouped number followed or preceded by one more group with the same separator
    // belongs to something longer (a phone list, an amount, a grouped account number).
    if (separator != 0) {
        if (b >= 2 && text[b - 1] == separator && is_digit(text[b - 2])) return {std::nullopt, {}, "grouping"};
        if (e + 1 < text.size() && text[e] == separator && is_digit(text[e + 1])) return {std::nullopt, {}, "grouping"};
    }
    for (const auto& layout : layouts) {
        if (total_digits(layout) != digits.size()) continue;
        if (fits(split_points(layout), separators, line_breaks)) return {std::move(digits), layout, {}};
    }
    return {std::nullopt, {}, "layout"};
}

}  // namespace jv
