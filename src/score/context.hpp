#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "match/pattern_database.hpp"
#include "core/ending_set.hpp"
#include "match/rule_set.hpp"

namespace jv {

// Words near a candidate that say what it is.
struct ContextCues {
    std::vector<std::string_view> keywords;           // e.g. "f.nr." — it is an identity number
    std::vector<std::string_view> negative_keywords;  // e.g. "kontonr" — it is something else
    // A negative keyword directly labels the number ("KID: 12345678903"), with no
    // positive keyword between: the candidate is something else and is dropped.
    bool labelled_negative = false;
};

// Reads a rule's context keywords around a candidate. The keywords themselves are found
// by the one pattern scan (PatternDatabase), so a candidate costs a look into a sorted
// list, not a scan of its own.
class ContextMatcher {
public:
    explicit ContextMatcher(ContextSpec spec);
    [[nodiscard]] const ContextSpec& spec() const { return spec_; }

    // Cues within spec.before bytes before `span` and spec.after bytes after it. `hits`
    // are this rule's keyword hits in `text`, ordered by start; the views returned point
    // into this matcher's spec.
    [[nodiscard]] ContextCues find(std::string_view text, Span span, const std::vector<KeywordHit>& hits) const;

private:
    [[nodiscard]] std::string_view keyword(std::uint32_t index) const;
    // Whether a negative word with `between` separating it from the candidate counts,
    // by the rule's negative_reach; `same_line` says whether both stand on one line.
    [[nodiscard]] bool reaches(std::string_view text, Span between, bool same_line) const;
    // `between` without a role's complement at its start (" av helse- og omsorgsutvalet "
    // -> " "), or as it is when it starts with none.
    [[nodiscard]] std::string_view without_complement(std::string_view between) const;
    // The negative suffix that ends the compound directly before or after `span`, or the
    // negative tag in parentheses after it, if any.
    [[nodiscard]] std::string_view role_suffix_beside(std::string_view text, Span span) const;
    // Whether negative keyword `negative` labels only what follows it.
    [[nodiscard]] bool before_only(std::size_t negative) const;
    ContextSpec spec_;
    EndingSet role_forms_;     // negative suffixes, bare, definite and plural -> the suffix
    EndingSet body_endings_;   // the last word of a role's complement: "utvalet", "komiteen"
};

}  // namespace jv
