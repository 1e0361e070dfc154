#include "score/snippet.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace jv {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_group_separator(char c) { return c == ' ' || c == '.' || c == '-' || c == '\n' || c == '\r' || c == '\t'; }

// Length of the separator starting at `at` that joins two digit groups: one space,
// dot or dash, or a line break with its indent (a number wrapped over two lines).
std::size_t separator_length(std::string_view s, std::size_t at) {
    if (at >= s.size()) return 0;
    if (s[at] == '.' || s[at] == '-') return 1;
    std::size_t end = at;
    bool line_break = false;
    while (end < s.size() && (s[end] == ' ' || s[end] == '\t' || s[end] == '\r' || s[end] == '\n')) {
        line_break = line_break || s[end] == '\n';
        ++end;
    }
    const std::size_t length = end - at;
    return (length == 1 || line_break) ? length : 0;
}

// Line breaks and tabs in s[from, end) become spaces: a snippet is one line.
void to_one_line(std::string& s, std::size_t from) {
    std::replace_if(s.begin() + static_cast<std::ptrdiff_t>(from), s.end(),
                    [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
}

// Every run of six or more digits in s[from, end) (groups joined by one separator count
// as one run) has its digits replaced by '*'.
void mask_digit_runs_in_place(std::string& out, std::size_t from) {
    std::size_t i = from;
    while (i < out.size()) {
        if (!is_digit(out[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        std::size_t digits = 0;
        while (end < out.size()) {
            if (is_digit(out[end])) {
                ++digits;
                ++end;
                continue;
            }
            const std::size_t sep = separator_length(out, end);
            if (sep == 0 || end + sep >= out.size() || !is_digit(out[end + sep])) break;
            end += sep;
        }
        if (digits >= 6)
            for (std::size_t j = i; j < end; ++j)
                if (is_digit(out[j])) out[j] = '*';
        i = end;
    }
}

}  // namespace

std::string mask_digit_runs(std::string_view text) {
    std::string out(text);
    mask_digit_runs_in_place(out, 0);
    return out;
}

std::string masked_snippet(std::string_view text, Span span, std::string_view masked,
                           const std::vector<MaskedSpan>& others, std::size_t radius) {
    std::size_t from = char_start(text, span.begin > radius ? span.begin - radius : 0);
    std::size_t to = char_start(text, std::min(text.size(), span.end + radius));
    // Never cut through a number at the edges: a cut run would escape masking.
    while (from > 0 && (is_digit(text[from - 1]) || is_group_separator(text[from - 1])) && span.begin - from < 2 * radius)
        --from;
    while (to < text.size() && (is_digit(text[to]) || is_group_separator(text[to])) && to - span.end < 2 * radius) ++to;
    // Nor through another finding: widen the window to hold it whole.
    for (const auto& o : others) {
        if (o.span.end <= from || o.span.begin >= to) continue;
        from = std::min(from, o.span.begin);
        to = std::max(to, o.span.end);
    }
    std::string out;
    out.reserve(to - from + 16);
    std::size_t cursor = from;
    const auto plain = [&](std::size_t until) {
        if (until > cursor) {
            const std::size_t start = out.size();
            out.append(text.substr(cursor, until - cursor));
            mask_digit_runs_in_place(out, start);
            to_one_line(out, start);
        }
        cursor = std::max(cursor, until);
    };
    const auto put = [&](Span s, std::string_view shown, bool brackets) {
        plain(s.begin);
        if (brackets) out += "[";
        out += shown;
        if (brackets) out += "]";
        cursor = std::max(cursor, s.end);
    };
    for (const auto& o : others) {
        if (o.span.end <= from || o.span.begin >= to || o.span == span) continue;
        if (cursor <= span.begin && o.span.begin >= span.begin) put(span, masked, true);
        if (o.span.begin < cursor) continue;  // overlaps what is already shown
        put(o.span, o.masked, false);
    }
    if (cursor <= span.begin) put(span, masked, true);
    plain(to);
    return out;
}

}  // namespace jv
