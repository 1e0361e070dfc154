#include "normalize/normalize.hpp"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <array>
#include <optional>

namespace jv {

namespace {

struct Replacement {
    std::string_view from;
    std::string_view to;
};

constexpr std::array<Replacement, 13> kReplacements{{
    {"\xC2\xAD", ""},       // soft hyphen
    {"\xE2\x80\x8B", ""},   // zero width space
    {"\xE2\x80\x8C", ""},   // zero width non-joiner
    {"\xE2\x80\x8D", ""},   // zero width joiner
    {"\xE2\x81\xA0", ""},   // word joiner
    {"\xEF\xBB\xBF", ""},   // zero width no-break space (stray BOM)
    {"\xC2\xA0", " "},      // no-break space
    {"\xE2\x80\xAF", " "},  // narrow no-break space
    {"\xE2\x80\x87", " "},  // figure space
    {"\xE2\x80\x89", " "},  // thin space
    {"\xE2\x80\x90", "-"},  // hyphen
    {"\xE2\x80\x91", "-"},  // non-breaking hyphen
    {"\xE2\x80\x8A", " "},  // hair space
}};

bool is_ascii(std::string_view text) {
    for (unsigned char c : text)
        if (c >= 0x80) return false;
    return true;
}

const Replacement* replacement_at(std::string_view text, std::size_t at) {
    for (const auto& r : kReplacements)
        if (text.compare(at, r.from.size(), r.from) == 0) return &r;
    return nullptr;
}

// Returns nullopt when nothing needed replacing.
std::optional<NormText> clean_invisibles(std::string_view text) {
    NormText out;
    OffsetMap map;
    std::size_t copied_from = 0;
    bool changed = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c != 0xC2 && c != 0xE2 && c != 0xEF) continue;
        const Replacement* r = replacement_at(text, i);
        if (r == nullptr) continue;
        if (!changed) out.text.reserve(text.size());
        changed = true;
        out.text.append(text.substr(copied_from, i - copied_from));
        map.append(i - copied_from, i - copied_from);
        out.text.append(r->to);
        map.append(r->to.size(), r->from.size());
        i += r->from.size() - 1;
        copied_from = i + 1;
    }
    if (!changed) return std::nullopt;
    out.text.append(text.substr(copied_from));
    map.append(text.size() - copied_from, text.size() - copied_from);
    out.steps.push_back(std::move(map));
    return out;
}

// NFC with ICU's edit record, which is exactly the offset map we need.
std::optional<std::pair<std::string, OffsetMap>> to_nfc(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return std::nullopt;
    const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
    if (nfc->isNormalizedUTF8(piece, status) || U_FAILURE(status)) return std::nullopt;
    status = U_ZERO_ERROR;
    std::string out;
    icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
    icu::Edits edits;
    nfc->normalizeUTF8(0, piece, sink, &edits, status);
    if (U_FAILURE(status)) return std::nullopt;
    OffsetMap map;
    auto it = edits.getFineIterator();
    while (it.next(status)) map.append(static_cast<std::size_t>(it.newLength()), static_cast<std::size_t>(it.oldLength()));
    return std::make_pair(std::move(out), std::move(map));
}

}  // namespace

Span NormText::to_part(Span span) const {
    for (auto step = steps.rbegin(); step != steps.rend(); ++step) span = step->to_source(span);
    return span;
}

NormText normalize(std::string_view part_text) {
    if (is_ascii(part_text)) return NormText{std::string(part_text), {}};
    NormText result;
    if (auto cleaned = clean_invisibles(part_text)) result = std::move(*cleaned);
    else result.text = std::string(part_text);
    if (auto nfc = to_nfc(result.text)) {
        result.text = std::move(nfc->first);
        result.steps.push_back(std::move(nfc->second));
    }
    return result;
}

}  // namespace jv
