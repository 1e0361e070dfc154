#include "score/context.hpp"

#include <algorithm>

#include "core/lines.hpp"
#include "core/utf8.hpp"
#include "core/words.hpp"
#include "normalize/case_fold.hpp"

namespace jv {

namespace {

bool only_punctuation(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) {
        return c == ' ' || c == ':' || c == '.' || c == '#' || c == '-' || c == '\t' || c == '=' || c == '(' ||
               c == '\n' || c == '\r';
    });
}

// "f.nr" inside "f.nr." is the same cue: keep the longest keyword that covers another.
void drop_covered(std::vector<std::string_view>& words) {
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    std::vector<std::string_view> kept;
    for (const auto& w : words) {
        const bool covered = std::any_of(words.begin(), words.end(), [&](std::string_view other) {
            return other.size() > w.size() && other.find(w) != std::string_view::npos;
        });
        if (!covered) kept.push_back(w);
    }
    words = std::move(kept);
}

// Whether two things stand beside each other: only spacing, punctuation and short
// abbreviations ("dr.", "med.") in `between`.
bool beside(std::string_view between) {
    std::size_t at = 0;
    while (at < between.size()) {
        const std::size_t end = word_end_at(between, at);
        if (end == at) {
            at = next_offset(between, at);
            continue;
        }
        if (end - at > 4 || end >= between.size() || between[end] != '.') return false;
        at = end + 1;
    }
    return true;
}

}  // namespace

bool ContextMatcher::before_only(std::size_t negative) const {
    return negative < spec_.negative_before_only.size() && spec_.negative_before_only[negative];
}

bool ContextMatcher::reaches(std::string_view text, Span between, bool same_line) const {
    switch (spec_.negative_reach) {
        case ContextSpec::NegativeReach::line: return same_line;
        case ContextSpec::NegativeReach::beside:
            return beside(without_complement(text.substr(between.begin, between.size())));
        case ContextSpec::NegativeReach::window: return true;
    }
    return true;
}

ContextMatcher::ContextMatcher(ContextSpec spec) : spec_(std::move(spec)) {
    // A role ending, also definite or plural ("Einingsleiarane:", "Overlegene:" over a list).
    for (const std::string& suffix : spec_.negative_suffixes)
        for (const char* ending : ContextSpec::kRoleEndings) role_forms_.add(suffix + ending, suffix);
    for (const std::string& ending : spec_.negative_complements.endings) body_endings_.add(ending, ending);
}

std::string_view ContextMatcher::without_complement(std::string_view between) const {
    const ContextSpec::Complements& c = spec_.negative_complements;
    if (c.prepositions.empty()) return between;
    const auto folded_word = [&](Span w) { return fold_case(between.substr(w.begin, w.size())); };
    std::size_t at = 0;
    while (at < between.size() && between[at] == ' ') ++at;
    Span w = word_at(between, at);
    if (w.begin != at || w.size() == 0) return between;
    const bool preposition =
        std::find(c.prepositions.begin(), c.prepositions.end(), folded_word(w)) != c.prepositions.end();
    // Words on the line, joined by spaces and hyphens ("helse- og omsorgsutvalet"), up to
    // the last that names a body; without a preposition only where the first does
    // ("kommunalsjef helse og omsorg Berit Kvam").
    std::size_t complement_end = 0;
    if (!preposition) {
        if (body_endings_.find(folded_word(w), false).empty()) return between;
        complement_end = w.end;
    }
    for (std::size_t words = 0; words < c.max_words; ++words) {
        at = w.end;
        while (at < between.size() && (between[at] == ' ' || between[at] == '-')) ++at;
        w = word_at(between, at);
        if (w.begin != at || w.size() == 0) break;
        if (!body_endings_.find(folded_word(w), false).empty()) complement_end = w.end;
    }
    return complement_end == 0 ? between : between.substr(complement_end);
}

std::string_view ContextMatcher::role_suffix_beside(std::string_view text, Span span) const {
    constexpr std::size_t kMaxGap = 16;  // a table's padding, ", ", a line break
    const auto role_suffix = [&](Span w) -> std::string_view {
        if (w.size() < 3) return {};
        return role_forms_.find(fold_case(text.substr(w.begin, w.size())), true);
    };
    if (const Span before = word_before(text, span.begin, kMaxGap); before.size() > 0)
        if (const auto suffix = role_suffix(before); !suffix.empty()) return suffix;
    // "Elin Skår (SV)": a tag in parentheses.
    if (!spec_.negative_tags.empty() && text.substr(span.end, 2) == " (") {
        const Span tag = word_at(text, span.end + 2);
        if (tag.begin == span.end + 2 && tag.end < text.size() && (text[tag.end] == ')' || text[tag.end] == '.')) {
            const std::string word = fold_case(text.substr(tag.begin, tag.size()));
            for (const std::string& t : spec_.negative_tags)
                if (t == word || (t.back() == '.' && t.compare(0, t.size() - 1, word) == 0)) return t;
        }
    }
    // Signatures side by side, each title under its name ("Ragnhild Sæbø      Tove Vik\n
    // fylkesleder        fagansvarlig"): the word in the next line at the name's column.
    const std::size_t line_begin = line_around(text, span.begin).begin;
    const std::size_t line_end = text.find('\n', span.end);
    if (line_end != std::string_view::npos) {
        const std::size_t below = line_end + 1 + (span.begin - line_begin);
        const std::size_t next_end = std::min(text.find('\n', line_end + 1), text.size());
        if (below < next_end && (below == line_end + 1 || text[below - 1] == ' ' || text[below - 1] == '\t')) {
            const Span title = word_at(text, below);
            if (title.begin == below)
                if (const auto suffix = role_suffix(title); !suffix.empty()) return suffix;
        }
    }
    std::size_t at = span.end;
    const auto gap = [](char c) { return c == ' ' || c == '\t' || c == ',' || c == '|' || c == '\n' || c == '\r'; };
    while (at < text.size() && at - span.end < kMaxGap && gap(text[at])) ++at;
    if (at == span.end || at >= text.size()) return {};
    const Span after = word_at(text, at);
    // (A label with its colon, or a title before a name, names what follows it: "Ola Berg
    // Saksbehandler: Nina Vik", "søster Hege Tveit, ruskonsulent Anita Holm".)
    if (after.begin != at || (after.end < text.size() && text[after.end] == ':')) return {};
    if (after.end + 1 < text.size() && text[after.end] == ' ') {
        const UChar32 next = code_point_at(text, after.end + 1);
        if (next >= 0 && u_isupper(next)) return {};
    }
    return role_suffix(after);
}

std::string_view ContextMatcher::keyword(std::uint32_t index) const {
    const std::size_t positives = spec_.keywords.size();
    return index < positives ? spec_.keywords[index] : spec_.negative_keywords[index - positives];
}

ContextCues ContextMatcher::find(std::string_view text, Span span, const std::vector<KeywordHit>& hits) const {
    ContextCues cues;
    if (!spec_.negative_suffixes.empty() || !spec_.negative_tags.empty())
        if (const auto suffix = role_suffix_beside(text, span); !suffix.empty()) cues.negative_keywords.push_back(suffix);
    if (hits.empty()) return cues;
    const std::size_t before_begin = char_start(text, span.begin > spec_.before ? span.begin - spec_.before : 0);
    const std::size_t after_end = std::min(text.size(), span.end + spec_.after);
    const std::string_view before = text.substr(before_begin, span.begin - before_begin);
    const std::string_view after = text.substr(span.end, after_end - span.end);
    const std::size_t positives = spec_.keywords.size();
    // Negative words label what stands beside them: they count on the number's own line,
    // or as the label just before it, even at the end of the line above ("Kontonr.\n1234...").
    const std::size_t newline_before = before.rfind('\n');
    const std::size_t line_start =
        newline_before == std::string_view::npos ? before_begin : before_begin + newline_before + 1;
    const std::size_t newline_after = after.find('\n');
    const std::size_t line_end =
        newline_after == std::string_view::npos ? std::string_view::npos : span.end + newline_after;

    std::size_t nearest_positive = std::string::npos;  // bytes between a keyword's end and the number
    std::size_t nearest_negative_label = std::string::npos;
    auto it = std::lower_bound(hits.begin(), hits.end(), before_begin,
                               [](const KeywordHit& h, std::size_t at) { return h.span.begin < at; });
    for (; it != hits.end() && it->span.begin < after_end; ++it) {
        const KeywordHit& h = *it;
        const std::string_view word = keyword(h.keyword);
        const bool positive = h.keyword < positives;
        if (h.span.end <= span.begin) {
            const std::size_t distance = span.begin - h.span.end;
            if (positive) {
                cues.keywords.push_back(word);
                nearest_positive = std::min(nearest_positive, distance);
                continue;
            }
            const bool label = distance <= spec_.label_distance &&
                               only_punctuation(text.substr(h.span.end, span.begin - h.span.end));
            if (label) nearest_negative_label = std::min(nearest_negative_label, distance);
            if (label || reaches(text, Span{h.span.end, span.begin}, h.span.begin >= line_start))
                cues.negative_keywords.push_back(word);
        } else if (h.span.begin >= span.end && h.span.end <= after_end) {
            const bool same_line = line_end == std::string_view::npos || h.span.end <= line_end;
            if (positive) cues.keywords.push_back(word);
            // (A label with its colon, "Saksbehandler: Per Hansen", names what follows it.)
            else if (!before_only(h.keyword - positives) && !(h.span.end < text.size() && text[h.span.end] == ':') &&
                     reaches(text, Span{span.end, h.span.begin}, same_line))
                cues.negative_keywords.push_back(word);
        }
    }
    drop_covered(cues.keywords);
    drop_covered(cues.negative_keywords);
    cues.labelled_negative = nearest_negative_label != std::string::npos &&
                             (nearest_positive == std::string::npos || nearest_positive > nearest_negative_label);
    return cues;
}

}  // namespace jv
