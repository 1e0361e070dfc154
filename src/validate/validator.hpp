#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "match/rule_set.hpp"

namespace jv {

// A candidate the rule's validator accepted: what it is, how sure, and why.
struct Confirmed {
    std::string type;
    double base_score = 0.0;
    std::vector<std::string> evidence;
    std::string masked;  // the value with its identifying part hidden
};

// Runs the validator a rule names on one candidate span of `text`; nullopt rejects it.
std::optional<Confirmed> validate_candidate(const Rule& rule, std::string_view text, Span span);

// Whether `name` is a validator this build knows (checked when rules are loaded).
bool validator_exists(std::string_view name);

}  // namespace jv
