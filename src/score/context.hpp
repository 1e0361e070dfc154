#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "core/span.hpp"
#include "match/literal_set.hpp"
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

// A rule's context keywords compiled once into one literal set (positive words first).
class ContextMatcher {
public:
    static Result<ContextMatcher> build(const ContextSpec& spec);
    [[nodiscard]] const LiteralSet& literals() const { return literals_; }
    [[nodiscard]] const ContextSpec& spec() const { return spec_; }

    // Cues in the case-folded windows around `span` (spec.before / spec.after bytes).
    ContextCues find(std::string_view text, Span span, const ScanScratch& scratch) const;

private:
    ContextSpec spec_;
    LiteralSet literals_;
};

}  // namespace jv
