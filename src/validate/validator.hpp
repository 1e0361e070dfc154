#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "match/rule_set.hpp"

namespace jv {

// A candidate the rule's validator accepted: where it is (it may have grown from the
// matched span, e.g. a given name into a full name), what it is, how sure, and why.
struct Confirmed {
    Span span;
    std::string type;
    double base_score = 0.0;
    std::vector<std::string> evidence;
    std::string masked;  // the value with its identifying part hidden
};

// Confirms or rejects one rule's candidates in a text. Built once per rule when the
// engine starts (word lists become sets then), used by every thread; no state per call.
class Validator {
public:
    virtual ~Validator() = default;
    // `candidates` are the rule's matches, ordered by start.
    [[nodiscard]] virtual std::vector<Confirmed> validate(std::string_view text,
                                                          const std::vector<Span>& candidates) const = 0;
    // Whether a text without candidates can hold nothing for this rule (most rules); a
    // validator that finds things of its own (names learnt from usage) says false.
    [[nodiscard]] virtual bool needs_candidates() const { return true; }
};

// The validator a rule names; null when the name is unknown.
std::unique_ptr<Validator> make_validator(const Rule& rule);
bool validator_exists(std::string_view name);

}  // namespace jv
