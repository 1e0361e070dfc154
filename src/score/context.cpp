#include "score/context.hpp"


#include <algorithm>

#include "core/utf8.hpp"
#include "normalize/case_fold.hpp"

namespace jv {

namespace {

bool letter_or_digit_at(std::string_view text, std::size_t at) { return is_alnum(code_point_at(text, at)); }
bool letter_or_digit_before(std::string_view text, std::size_t at) { return is_alnum(code_point_before(text, at)); }

// A keyword counts as a whole word: no letter or digit glued before it, nor after it
// unless it ends in punctuation ("f.nr." may be followed directly by the number).
bool whole_word(std::string_view folded, std::string_view word, std::size_t begin, std::size_t end) {
    if (letter_or_digit_before(folded, begin)) return false;
    const bool ends_in_letter = letter_or_digit_before(word, word.size());
    return !(ends_in_letter && letter_or_digit_at(folded, end));
}

bool only_punctuation(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) {
        return c == ' ' || c == ':' || c == '.' || c == '#' || c == '-' || c == '\t' || c == '=' || c == '(' ||
               c == '\n' || c == '\r';
    });
}

// "f.nr" inside "f.nr." is the same cue: keep the longest keyword that covers another.
void drop_covered(std::vector<std::string>& words) {
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    std::vector<std::string> kept;
    for (const auto& w : words) {
        const bool covered = std::any_of(words.begin(), words.end(), [&](const std::string& other) {
            return other.size() > w.size() && other.find(w) != std::string::npos;
        });
        if (!covered) kept.push_back(w);
    }
    words = std::move(kept);
}

struct Hit {
    std::size_t keyword;  // index into the literal set
    std::size_t begin;
    std::size_t end;
};

std::vector<Hit> whole_word_hits(std::string_view folded, const LiteralSet& set, const ScanScratch& scratch) {
    std::vector<Hit> hits;
    set.scan(folded, scratch, [&](std::size_t id, std::size_t begin, std::size_t end) {
        if (whole_word(folded, set.literals()[id], begin, end)) hits.push_back({id, begin, end});
    });
    return hits;
}

}  // namespace

Result<ContextMatcher> ContextMatcher::build(const ContextSpec& spec) {
    std::vector<std::string> words = spec.keywords;
    words.insert(words.end(), spec.negative_keywords.begin(), spec.negative_keywords.end());
    auto set = LiteralSet::build(std::move(words));
    if (!set) return set.error();
    ContextMatcher m;
    m.spec_ = spec;
    m.literals_ = std::move(*set);
    return m;
}

ContextCues ContextMatcher::find(std::string_view text, Span span, const ScanScratch& scratch) const {
    const std::size_t before_begin = char_start(text, span.begin > spec_.before ? span.begin - spec_.before : 0);
    const std::size_t after_end = char_start(text, std::min(text.size(), span.end + spec_.after));
    const std::string before = fold_case(text.substr(before_begin, span.begin - before_begin));
    const std::string after = fold_case(text.substr(span.end, after_end - span.end));
    const std::size_t positives = spec_.keywords.size();
    // Negative words label what stands beside them: they count on the number's own line,
    // or as the label just before it, even at the end of the line above ("Kontonr.\n1234...").
    const std::size_t line_start = before.rfind('\n') == std::string::npos ? 0 : before.rfind('\n') + 1;
    const std::size_t line_end = after.find('\n');

    ContextCues cues;
    std::size_t nearest_positive = std::string::npos;  // bytes between a keyword's end and the number
    std::size_t nearest_negative_label = std::string::npos;
    for (const Hit& h : whole_word_hits(before, literals_, scratch)) {
        const std::string& word = literals_.literals()[h.keyword];
        const std::size_t distance = before.size() - h.end;
        if (h.keyword < positives) {
            cues.keywords.push_back(word);
            nearest_positive = std::min(nearest_positive, distance);
            continue;
        }
        const bool label = distance <= spec_.label_distance && only_punctuation(std::string_view(before).substr(h.end));
        if (label) nearest_negative_label = std::min(nearest_negative_label, distance);
        if (label || h.begin >= line_start || !spec_.negative_same_line) cues.negative_keywords.push_back(word);
    }
    for (const Hit& h : whole_word_hits(after, literals_, scratch)) {
        const std::string& word = literals_.literals()[h.keyword];
        if (h.keyword < positives) cues.keywords.push_back(word);
        else if (line_end == std::string::npos || h.end <= line_end || !spec_.negative_same_line)
            cues.negative_keywords.push_back(word);
    }
    drop_covered(cues.keywords);
    drop_covered(cues.negative_keywords);
    cues.labelled_negative = nearest_negative_label != std::string::npos &&
                             (nearest_positive == std::string::npos || nearest_positive > nearest_negative_label);
    return cues;
}

}  // namespace jv
