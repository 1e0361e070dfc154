#include "validate/validator.hpp"

#include <array>

#include "validate/identity_number.hpp"
#include "validate/layout.hpp"
#include "validate/person_name.hpp"
#include "validate/health_term.hpp"

namespace jv {

namespace {

// Shows the birth date part (as clerks know it from `010190*****`) and hides the
// individual number and control digits; an FH-number has no date, so only its first digit shows.
std::string mask_identity_number(const std::string& digits, IdentityKind kind) {
    const std::size_t shown = kind == IdentityKind::fh ? 1 : 6;
    return digits.substr(0, shown) + std::string(digits.size() - shown, '*');
}

class IdentityNumberValidator final : public Validator {
public:
    explicit IdentityNumberValidator(const Rule& rule) : layouts_(rule.layouts) {}

    std::vector<Confirmed> validate(std::string_view text, const std::vector<Span>& candidates) const override {
        std::vector<Confirmed> out;
        for (const Span& span : candidates)
            if (auto c = check(text, span)) out.push_back(std::move(*c));
        return out;
    }

private:
    std::optional<Confirmed> check(std::string_view text, Span span) const {
        const LayoutReading reading = read_digit_layout(text, span, layouts_);
        if (!reading.digits) return std::nullopt;
        const IdentityCheck check = check_identity_number(*reading.digits);
        if (!check.valid) return std::nullopt;
        Confirmed c;
        c.span = span;
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
    std::vector<std::string> layouts_;
};

using Factory = std::unique_ptr<Validator> (*)(const Rule&);

template <typename T>
std::unique_ptr<Validator> make(const Rule& rule) {
    return std::make_unique<T>(rule);
}

constexpr std::array<std::pair<std::string_view, Factory>, 4> kValidators{{
    {"no_identity_number", &make<IdentityNumberValidator>},
    {"person_name", &make_person_name_validator},
    {"health_term", &make_health_term_validator},
    {"diagnosis_code", &make_diagnosis_code_validator},
}};

}  // namespace

std::unique_ptr<Validator> make_validator(const Rule& rule) {
    for (const auto& [name, factory] : kValidators)
        if (name == rule.validator) return factory(rule);
    return nullptr;
}

bool validator_exists(std::string_view name) {
    for (const auto& [known, factory] : kValidators)
        if (known == name) return true;
    return false;
}

}  // namespace jv
