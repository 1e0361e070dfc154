#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "match/rule_set.hpp"

namespace jv {

// Words near a candidate that say what it is.
struct ContextCues {
    std::vector<std::string> keywords;           // e.g. "f.nr." — it is an identity number
    std::vector<std::string> negative_keywords;  // e.g. "kontonr" — it is something else
    // A negative keyword directly labels the number ("KID: 12345678903"), with no
    // positive keyword between: the candidate is something else and is dropped.
    bool labelled_negative = false;
};

ContextCues find_context_cues(std::string_view text, Span span, const ContextSpec& spec);

}  // namespace jv
