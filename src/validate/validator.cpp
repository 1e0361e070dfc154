#include "validate/validator.hpp"

#include <array>

#include "validate/identity_number.hpp"
#include "validate/layout.hpp"

namespace jv {

namespace {

// Shows the birth date part (as clerks know it from `010190*****`) and hides the
// individual number and control digits; an FH-number has no date, so only its first digit shows.
std::string mask_identity_number(const std::string& digits, IdentityKind kind) {
    const std::size_t shown = kind == IdentityKind::fh ? 1 : 6;
    return digits.substr(0, shown) + std::string(digits.size() - shown, '*');
}

std::optional<Confirmed> no_identity_number(const Rule& rule, std::string_view text, Span span) {
    const LayoutReading reading = read_digit_layout(text, span, rule.layouts);
    if (!reading.digits) return std::nullopt;
    const IdentityCheck check = check_identity_number(*reading.digits);
    if (!check.valid) return std::nullopt;
    Confirmed c;
    c.type = std::string(finding_type(check.kind));
    // Numbers valid only under the 2032 rule are not issued yet, so such a match is
    // more often chance than a person.
    c.base_score = check.only_under_2032_rule ? 0.55 : 0.75;
    c.evidence.push_back(check.only_under_2032_rule ? "checksum-2032-rule" : "checksum");
    c.evidence.push_back(check.kind == IdentityKind::fh ? "fh-number" : "valid-date");
    c.evidence.push_back("kind:" + std::string(to_string(check.kind)));
    c.evidence.push_back("layout:" + reading.layout);
    c.masked = mask_identity_number(*reading.digits, check.kind);
    return c;
}

using ValidatorFn = std::optional<Confirmed> (*)(const Rule&, std::string_view, Span);

constexpr std::array<std::pair<std::string_view, ValidatorFn>, 1> kValidators{{
    {"no_identity_number", &no_identity_number},
}};

}  // namespace

std::optional<Confirmed> validate_candidate(const Rule& rule, std::string_view text, Span span) {
    for (const auto& [name, fn] : kValidators)
        if (name == rule.validator) return fn(rule, text, span);
    return std::nullopt;
}

bool validator_exists(std::string_view name) {
    for (const auto& [known, fn] : kValidators)
        if (known == name) return true;
    return false;
}

}  // namespace jv
