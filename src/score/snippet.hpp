#pragma once
#include <string>
#include <string_view>

#include "core/span.hpp"

namespace jv {

// A one-line excerpt around `span` for a clerk to find the place, with the finding
// replaced by its masked form and every other long digit run masked too (it may be
// another person's number).
std::string masked_snippet(std::string_view text, Span span, std::string_view masked, std::size_t radius = 40);

// Replaces the digits of every run of six or more digits (single spaces, dots or dashes
// between them allowed) with '*', keeping the rest of the text.
std::string mask_digit_runs(std::string_view text);

}  // namespace jv
