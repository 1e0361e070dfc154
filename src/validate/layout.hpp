#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace jv {

// The digits of a candidate and how they were grouped, or why it was rejected.
struct LayoutReading {
    std::optional<std::string> digits;
    std::string layout;         // the accepted grouping, e.g. "6-5"
    std::string_view rejected;  // boundary, grouping, separator, layout
};

// Vectorscan has no look-around, so the pattern finds a superset; this checks what it
// cannot: no letter or digit glued to either end, no continuation of a longer grouped
// or decimal number (`1 234 567 890 12`, `12345678901,50`), one kind of separator
// between groups, and a grouping among `layouts` ("6-5", "2-2-2-3-2", ...). A line
// break may stand in for a separator or split a group anywhere, as wrapped text does.
LayoutReading read_digit_layout(std::string_view text, Span span, const std::vector<std::string>& layouts);

}  // namespace jv
