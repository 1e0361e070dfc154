#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace jv {

// Another finding near a snippet, shown only in its masked form.
struct MaskedSpan {
    Span span;
    std::string_view masked;
};

// A one-line excerpt around `span` for a clerk to find the place: the finding in
// brackets in its masked form, every other finding nearby (`others`, ordered by start)
// masked too — a health term's snippet must not show the patient's name in clear — and
// every other long digit run masked (it may be a number no rule confirmed).
std::string masked_snippet(std::string_view text, Span span, std::string_view masked,
                           const std::vector<MaskedSpan>& others = {}, std::size_t radius = 40);

// Replaces the digits of every run of six or more digits (single spaces, dots or dashes
// between them allowed) with '*', keeping the rest of the text.
std::string mask_digit_runs(std::string_view text);

}  // namespace jv
