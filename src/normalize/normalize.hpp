#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/offset_map.hpp"
#include "core/span.hpp"

namespace jv {

// Text prepared for matching, with the way back to the part text it came from.
// When normalising changed nothing (the common case), `text` views the part text and
// no copy is made; otherwise it views `owned`. Not copyable, since `text` may point
// into `owned`.
struct NormText {
    NormText() = default;
    NormText(const NormText&) = delete;
    NormText& operator=(const NormText&) = delete;
    NormText(NormText&&) = delete;
    NormText& operator=(NormText&&) = delete;

    std::string_view text;
    std::string owned;
    // Maps applied in order (first: cleaned -> part text, then NFC -> cleaned). Steps
    // that changed nothing are not stored.
    std::vector<OffsetMap> steps;

    [[nodiscard]] Span to_part(Span span) const;
};

// Invisible and layout characters that split words or numbers for a matcher but not for
// a reader: soft hyphens, zero-width characters and word joiners are removed;
// no-break, figure, thin and narrow spaces become a space; Unicode hyphens become '-';
// ligatures (ﬁ) are spelt out; a word hyphenated over a line break is joined.
// Then NFC, so a composed and a decomposed "ø" match alike. NFKC is not used: it would
// turn superscript footnote digits into digits glued to a number.
// `part_text` must outlive the result.
void normalize(std::string_view part_text, NormText& out);

}  // namespace jv
