#pragma once
#include <algorithm>
#include <cstddef>
#include <string_view>

#include "core/span.hpp"
#include "core/utf8.hpp"

namespace jv {

// How lines are laid out: recipient blocks, and prose wrapped over lines.

// The line of `text` that holds byte `at` (a line break belongs to the line it ends),
// without its line break.
inline Span line_around(std::string_view text, std::size_t at) {
    const std::size_t begin = at == 0 ? 0 : text.rfind('\n', at - 1) + 1;  // (npos + 1 == 0)
    const std::size_t end = std::min(text.find('\n', at), text.size());
    return {begin, end};
}

// Whether the line ending at the break `newline` is prose wrapped mid-sentence ("...
// nemleg hos\nGeir Apeland"): long, and ending in a small letter, a comma or a closing
// parenthesis ("... psykisk lidelse (paranoid schizofreni)\nog at han ..."). A heading
// or a list item is short, so the next line starts afresh there.
inline bool wrapped_line_before(std::string_view t, std::size_t newline) {
    constexpr std::size_t kProseLine = 40;
    const std::size_t begin = line_around(t, newline).begin;
    std::size_t end = newline;
    while (end > begin && (t[end - 1] == ' ' || t[end - 1] == '\r')) --end;
    if (end - begin < kProseLine) return false;
    if (t[end - 1] == ',' || t[end - 1] == ')') return true;
    const UChar32 last = code_point_before(t, end);
    return last >= 0 && (last < 0x80 ? (last >= 'a' && last <= 'z') : u_islower(last) != 0);
}

// A Norwegian postcode line: four digits, a space and a place ("8006 Bodø").
inline bool postcode_line(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && line[i] == ' ') ++i;
    std::size_t digits = 0;
    while (i + digits < line.size() && line[i + digits] >= '0' && line[i + digits] <= '9') ++digits;
    return digits == 4 && i + digits + 1 < line.size() && line[i + digits] == ' ' && line[i + digits + 1] != ' ';
}

// Whether a postcode line follows the line that ends at `line_end` (its line break or the
// text's end) within `max_lines` lines and before a blank line: the line is the top of a
// recipient block ("Kari Nordmann\nStorgata 12\n8006 Bodø").
inline bool address_block_below(std::string_view text, std::size_t line_end, std::size_t max_lines) {
    std::size_t at = line_end;
    for (std::size_t n = 0; n < max_lines && at < text.size(); ++n) {
        const std::size_t begin = at + 1;
        const std::size_t end = std::min(text.find('\n', begin), text.size());
        if (end == begin) return false;  // a blank line ends the block
        if (postcode_line(text.substr(begin, end - begin))) return true;
        at = end;
    }
    return false;
}

}  // namespace jv
