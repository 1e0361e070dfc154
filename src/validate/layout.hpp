#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/span.hpp"

namespace jv {

// The digits of a candidate once its written form has been checked, or why it was rejected.
struct LayoutReading {
    std::optional<std::string> digits;
    std::string_view rejected;  // boundary, grouping, separator, digit-count
};

// Vectorscan has no look-around, so patterns find a superset; this checks what they
// cannot: no letter or digit glued to either end, no continuation of a longer grouped
// or decimal number (`1 234 567 890 12`, `12345678901,50`), one kind of separator
// between groups (a line break may stand in for it), and exactly `digit_count` digits.
LayoutReading read_digit_layout(std::string_view text, Span span, bool grouped, std::size_t digit_count);

}  // namespace jv
