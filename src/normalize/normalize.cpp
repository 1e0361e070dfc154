#include "normalize/normalize.hpp"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <optional>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "core/byte_scan.hpp"
#include "core/utf8.hpp"

namespace jv {

namespace {

// The replacement for an invisible or layout character starting at `at`, and its length;
// nullptr when the character is kept. Switches on the bytes rather than comparing a
// table: this runs on every non-ASCII character of every document.
const char* replacement_at(std::string_view t, std::size_t at, std::size_t& length) {
    const auto byte = [&](std::size_t k) { return at + k < t.size() ? static_cast<unsigned char>(t[at + k]) : 0u; };
    const unsigned lead = byte(0);
    if (lead == 0xC2) {
        length = 2;
        if (byte(1) == 0xAD) return "";   // soft hyphen
        if (byte(1) == 0xA0) return " ";  // no-break space
        return nullptr;
    }
    length = 3;
    if (lead == 0xEF) {
        if (byte(1) == 0xBB && byte(2) == 0xBF) return "";  // stray BOM
        // Latin ligatures U+FB00..FB06, as PDFs set them: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
        static constexpr const char* kLigatures[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
        if (byte(1) == 0xAC && byte(2) >= 0x80 && byte(2) <= 0x86) return kLigatures[byte(2) - 0x80];
        return nullptr;
    }
    if (lead != 0xE2) return nullptr;
    if (byte(1) == 0x81) return byte(2) == 0xA0 ? "" : nullptr;  // word joiner
    if (byte(1) != 0x80) return nullptr;
    switch (byte(2)) {
        case 0x8B: case 0x8C: case 0x8D: return "";                         // zero-width space, (non-)joiner
        case 0x87: case 0x89: case 0x8A: case 0xAF: return " ";             // figure, thin, hair, narrow no-break space
        case 0x90: case 0x91: return "-";                                   // hyphen, non-breaking hyphen
        default: return nullptr;
    }
}

bool is_letter_before(std::string_view t, std::size_t at) { return is_letter(code_point_before(t, at)); }

// A word hyphenated over a line break: a letter, '-', the line break with any indent,
// then a letter. Returns how many bytes to drop after the hyphen's position, and
// whether the hyphen goes too: "Nord-\nmann" reads "Nordmann", but "Anne-\nLise"
// keeps its hyphen ("Anne-Lise"), since a capital after the break marks a real one.
struct HyphenBreak {
    std::size_t length = 0;  // bytes from the hyphen to the next letter
    bool keep_hyphen = false;
};

std::optional<HyphenBreak> hyphen_break_at(std::string_view t, std::size_t at) {
    if (t[at] != '-' || !is_letter_before(t, at)) return std::nullopt;
    std::size_t i = at + 1;
    if (i < t.size() && t[i] == '\r') ++i;
    if (i >= t.size() || t[i] != '\n') return std::nullopt;
    ++i;
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
    if (i >= t.size()) return std::nullopt;
    const UChar32 c = code_point_at(t, i);
    if (!is_letter(c)) return std::nullopt;
    return HyphenBreak{i - at, u_isupper(c) != 0};
}

bool any_hyphen_break(std::string_view t) {
    for (std::size_t at = t.find("-\n"); at != std::string_view::npos; at = t.find("-\n", at + 1))
        if (hyphen_break_at(t, at)) return true;
    for (std::size_t at = t.find("-\r\n"); at != std::string_view::npos; at = t.find("-\r\n", at + 1))
        if (hyphen_break_at(t, at)) return true;
    return false;
}

struct Survey {
    bool any_replacement = false;
    bool maybe_not_nfc = false;
};

// One pass that finds whether anything must change. Only characters from U+0300 up
// (UTF-8 lead byte 0xCC or more) can make text non-NFC; of those, ICU says which are
// inert (never take part in composition), like the dashes and quotes of ordinary text.
Survey survey(std::string_view text, const icu::Normalizer2& nfc) {
    Survey s;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while ((i = skip_ascii(bytes, i, n)) < n) {
        const uint8_t lead = bytes[i];
        std::size_t skip = 0;
        if ((lead == 0xC2 || lead == 0xE2 || lead == 0xEF) && replacement_at(text, i, skip)) s.any_replacement = true;
        auto at = static_cast<int32_t>(i);
        UChar32 c = 0;
        U8_NEXT(bytes, at, static_cast<int32_t>(n), c);
        if (lead >= 0xCC && !s.maybe_not_nfc && (c < 0 || !nfc.isInert(c))) s.maybe_not_nfc = true;
        i = std::max(static_cast<std::size_t>(at), i + 1);
    }
    return s;
}

std::pair<std::string, OffsetMap> clean_invisibles(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    OffsetMap map;
    std::size_t copied_from = 0;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    for (std::size_t i = 0; (i = find_any_of4(bytes, i, text.size(), '-', 0xC2, 0xE2, 0xEF)) < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '-') {
            const auto hyphen = hyphen_break_at(text, i);
            if (!hyphen) continue;
            const std::size_t keep = hyphen->keep_hyphen ? 1 : 0;
            out.append(text.substr(copied_from, i + keep - copied_from));
            map.append(i + keep - copied_from, i + keep - copied_from);
            map.append(0, hyphen->length - keep);
            i += hyphen->length - 1;
            copied_from = i + 1;
            continue;
        }
        std::size_t length = 0;
        const char* r = replacement_at(text, i, length);
        if (r == nullptr) continue;
        out.append(text.substr(copied_from, i - copied_from));
        map.append(i - copied_from, i - copied_from);
        const std::size_t r_len = std::strlen(r);
        out.append(r, r_len);
        map.append(r_len, length);
        i += length - 1;
        copied_from = i + 1;
    }
    out.append(text.substr(copied_from));
    map.append(text.size() - copied_from, text.size() - copied_from);
    return {std::move(out), std::move(map)};
}

// NFC with ICU's edit record, which is exactly the offset map we need. Returns false
// when the text was already NFC.
bool to_nfc(std::string_view text, const icu::Normalizer2& nfc, std::string& out, OffsetMap& map) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
    if (nfc.isNormalizedUTF8(piece, status) || U_FAILURE(status)) return false;
    status = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
    icu::Edits edits;
    nfc.normalizeUTF8(0, piece, sink, &edits, status);
    if (U_FAILURE(status)) return false;
    auto it = edits.getFineIterator();
    while (it.next(status)) map.append(static_cast<std::size_t>(it.newLength()), static_cast<std::size_t>(it.oldLength()));
    return true;
}

}  // namespace

Span NormText::to_part(Span span) const {
    for (auto step = steps.rbegin(); step != steps.rend(); ++step) span = step->to_source(span);
    return span;
}

void normalize(std::string_view part_text, NormText& out) {
    out.text = part_text;
    out.owned.clear();
    out.steps.clear();
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return;
    const Survey s = survey(part_text, *nfc);
    if (s.any_replacement || any_hyphen_break(part_text)) {
        auto [cleaned, map] = clean_invisibles(part_text);
        out.owned = std::move(cleaned);
        out.steps.push_back(std::move(map));
        out.text = out.owned;
    }
    if (s.maybe_not_nfc) {
        std::string composed;
        OffsetMap map;
        if (to_nfc(out.text, *nfc, composed, map)) {
            out.owned = std::move(composed);
            out.steps.push_back(std::move(map));
            out.text = out.owned;
        }
    }
}

}  // namespace jv
