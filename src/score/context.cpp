#include "score/context.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "normalize/case_fold.hpp"

namespace jv {

namespace {

// Moves `at` back to the start of the UTF-8 character it is in.
std::size_t char_start(std::string_view text, std::size_t at) {
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
}

bool letter_or_digit_at(std::string_view text, std::size_t at) {
    if (at >= text.size()) return false;
    int32_t i = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, static_cast<int32_t>(text.size()), c);
    return c >= 0 && u_isalnum(c);
}

bool letter_or_digit_before(std::string_view text, std::size_t at) {
    if (at == 0) return false;
    int32_t i = static_cast<int32_t>(at);
    UChar32 c = 0;
    U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
    return c >= 0 && u_isalnum(c);
}

// Positions just past each whole-word occurrence of `word` in `folded`.
std::vector<std::size_t> word_ends(std::string_view folded, std::string_view word) {
    std::vector<std::size_t> ends;
    if (word.empty()) return ends;
    for (std::size_t at = folded.find(word); at != std::string_view::npos; at = folded.find(word, at + 1)) {
        const std::size_t end = at + word.size();
        // A keyword that ends in punctuation ("f.nr.") needs no boundary after it.
        const bool ends_in_letter = letter_or_digit_before(word, word.size());
        if (letter_or_digit_before(folded, at)) continue;
        if (ends_in_letter && letter_or_digit_at(folded, end)) continue;
        ends.push_back(end);
    }
    return ends;
}

bool only_punctuation(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) {
        return c == ' ' || c == ':' || c == '.' || c == '#' || c == '-' || c == '\t' || c == '=' || c == '(' ||
               c == '\n' || c == '\r';
    });
}

std::string_view line_tail(std::string_view s) {
    const auto nl = s.rfind('\n');
    return nl == std::string_view::npos ? s : s.substr(nl + 1);
}

std::string_view line_head(std::string_view s) { return s.substr(0, s.find('\n')); }

// "f.nr" inside "f.nr." is the same cue: keep the longest keyword that covers another.
void drop_covered(std::vector<std::string>& words) {
    std::vector<std::string> kept;
    for (const auto& w : words) {
        const bool covered = std::any_of(words.begin(), words.end(), [&](const std::string& other) {
            return other.size() > w.size() && other.find(w) != std::string::npos;
        });
        if (!covered) kept.push_back(w);
    }
    words = std::move(kept);
}

}  // namespace

ContextCues find_context_cues(std::string_view text, Span span, const ContextSpec& spec) {
    const std::size_t before_begin = char_start(text, span.begin > spec.before ? span.begin - spec.before : 0);
    const std::size_t after_end = char_start(text, std::min(text.size(), span.end + spec.after));
    const std::string before = fold_case(text.substr(before_begin, span.begin - before_begin));
    const std::string after = fold_case(text.substr(span.end, after_end - span.end));

    ContextCues cues;
    std::size_t nearest_positive = std::string::npos;  // distance from the keyword's end to the number
    std::size_t nearest_negative = std::string::npos;
    for (const auto& k : spec.keywords) {
        const auto ends = word_ends(before, k);
        const bool after_hit = !word_ends(after, k).empty();
        if (ends.empty() && !after_hit) continue;
        cues.keywords.push_back(k);
        if (!ends.empty()) nearest_positive = std::min(nearest_positive, before.size() - ends.back());
    }
    // A negative word counts when it stands on the number's own line, or when it is the
    // label just before the number, even at the end of the line above ("Kontonr.\n1234...").
    const std::string_view before_line = line_tail(before);
    const std::string_view after_line = line_head(after);
    for (const auto& k : spec.negative_keywords) {
        const auto ends = word_ends(before, k);
        const bool on_line = !word_ends(before_line, k).empty() || !word_ends(after_line, k).empty();
        bool label = false;
        if (!ends.empty()) {
            const std::size_t distance = before.size() - ends.back();
            label = distance <= spec.label_distance && only_punctuation(std::string_view(before).substr(ends.back()));
            if (label) nearest_negative = std::min(nearest_negative, distance);
        }
        if (on_line || label) cues.negative_keywords.push_back(k);
    }
    drop_covered(cues.keywords);
    drop_covered(cues.negative_keywords);
    cues.labelled_negative = nearest_negative != std::string::npos &&
                             (nearest_positive == std::string::npos || nearest_positive > nearest_negative);
    return cues;
}

}  // namespace jv
