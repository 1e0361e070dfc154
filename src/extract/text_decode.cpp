#include "extract/text_decode.hpp"

#include "core/byte_scan.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

namespace jv {

namespace {

struct ConverterDeleter {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorDeleter {
    void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool is_binary_control(unsigned char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A;
}

// One pass over the bytes: binary control bytes (anything below 0x20 but tab, line
// feed, form feed, carriage return and the DOS end-of-file mark) and UTF-8 validity.
// Eight bytes at a time while they are printable ASCII, which is nearly all of a text.
struct ByteClass {
    bool binary = false;
    bool utf8 = true;
};

ByteClass classify_bytes(std::string_view bytes) {
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const std::size_t n = bytes.size();
    ByteClass out;
    std::size_t i = 0;
    while ((i = skip_printable_ascii(s, i, n)) < n) {
        const uint8_t c = s[i];
        if (c < 0x80) {
            if (is_binary_control(c)) out.binary = true;
            ++i;
            continue;
        }
        auto at = static_cast<int32_t>(i);
        UChar32 cp = 0;
        U8_NEXT(s, at, static_cast<int32_t>(n), cp);
        if (cp < 0) out.utf8 = false;
        if (out.binary && !out.utf8) break;
        i = static_cast<std::size_t>(at);
    }
    return out;
}

// Converts with ICU, which reports for every UTF-16 unit the input offset it came from;
// those offsets become the UTF-8 to input map. Invalid input stops the conversion.
Result<DecodedText> convert_with_offsets(std::string_view bytes, std::size_t skip, const char* charset,
                                         std::string encoding_name) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterDeleter> cnv(ucnv_open(charset, &status));
    if (U_FAILURE(status)) return Error{std::string("no converter for ") + charset};
    ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    const std::string_view body = bytes.substr(skip);
    std::vector<UChar> units(body.size() + 1);
    std::vector<int32_t> offsets(body.size() + 1);
    UChar* target = units.data();
    const char* source = body.data();
    ucnv_toUnicode(cnv.get(), &target, units.data() + units.size(), &source, body.data() + body.size(), offsets.data(),
                   true, &status);
    if (U_FAILURE(status)) return Error{"text is not valid " + encoding_name};
    const auto count = static_cast<int32_t>(target - units.data());

    DecodedText out;
    out.encoding = std::move(encoding_name);
    out.utf8.reserve(static_cast<std::size_t>(count) + count / 2);
    if (skip > 0) out.to_input.append(0, skip);
    for (int32_t i = 0; i < count;) {
        const int32_t start = i;
        UChar32 c = 0;
        U16_NEXT(units.data(), i, count, c);
        if (U_IS_SURROGATE(c)) return Error{"text is not valid " + out.encoding};
        std::array<uint8_t, 4> buf{};
        int32_t len = 0;
        UBool error = false;
        U8_APPEND(buf.data(), len, 4, c, error);
        if (error) return Error{"text is not valid " + out.encoding};
        out.utf8.append(reinterpret_cast<const char*>(buf.data()), static_cast<std::size_t>(len));
        const auto src_begin = static_cast<std::size_t>(offsets[static_cast<std::size_t>(start)]);
        const std::size_t src_end = i < count ? static_cast<std::size_t>(offsets[static_cast<std::size_t>(i)]) : body.size();
        out.to_input.append(static_cast<std::size_t>(len), src_end - src_begin);
    }
    return out;
}

// Asks ICU's detector whether unknown bytes look like Latin-script single-byte text.
bool looks_like_latin_single_byte(std::string_view bytes) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorDeleter> det(ucsdet_open(&status));
    if (U_FAILURE(status)) return false;
    ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1 << 20)), &status);
    int32_t found = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &found, &status);
    if (U_FAILURE(status)) return false;
    for (int32_t i = 0; i < found; ++i) {
        const char* name = ucsdet_getName(matches[i], &status);
        if (U_FAILURE(status) || name == nullptr) return false;
        // The detector ranks Latin-1 against its siblings; any Western single-byte answer
        // among the top three is read as windows-1252, Norway's legacy encoding.
        if (i < 3 && (std::strcmp(name, "ISO-8859-1") == 0 || std::strcmp(name, "windows-1252") == 0 ||
                      std::strcmp(name, "ISO-8859-15") == 0))
            return true;
    }
    return false;
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) { return classify_bytes(bytes).utf8; }

Result<DecodedText> decode_text(std::string bytes) {
    using namespace std::string_view_literals;  // the BOMs hold NUL bytes
    if (starts_with(bytes, "\xFF\xFE\x00\x00"sv) || starts_with(bytes, "\x00\x00\xFE\xFF"sv))
        return Error{"UTF-32 text is not supported"};
    if (starts_with(bytes, "\xFF\xFE")) return convert_with_offsets(bytes, 2, "UTF-16LE", "UTF-16LE");
    if (starts_with(bytes, "\xFE\xFF")) return convert_with_offsets(bytes, 2, "UTF-16BE", "UTF-16BE");
    const bool bom = starts_with(bytes, "\xEF\xBB\xBF");
    const std::size_t skip = bom ? 3 : 0;
    const ByteClass kind = classify_bytes(std::string_view(bytes).substr(skip));
    if (kind.binary) return Error{"binary content, not text"};
    if (kind.utf8) {
        // The common case: the input is the text; no copy.
        DecodedText out;
        out.encoding = bom ? "UTF-8 (BOM)" : "UTF-8";
        if (bom) out.to_input.append(0, 3);
        out.to_input.append(bytes.size() - skip, bytes.size() - skip);
        out.utf8 = std::move(bytes);
        if (bom) out.utf8.erase(0, 3);
        return out;
    }
    if (looks_like_latin_single_byte(bytes)) return convert_with_offsets(bytes, 0, "windows-1252", "windows-1252");
    return Error{"unknown text encoding (not UTF-8, UTF-16 or windows-1252)"};
}

}  // namespace jv
