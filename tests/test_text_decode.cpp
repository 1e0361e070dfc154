#include <catch2/catch.hpp>

#include "extract/text_decode.hpp"
#include "test_support.hpp"

using jv::test::scan_text;

namespace {

std::string utf16(std::string_view ascii_or_latin1, bool little_endian) {
    std::string out = little_endian ? std::string("\xFF\xFE", 2) : std::string("\xFE\xFF", 2);
    for (unsigned char c : ascii_or_latin1) {
        const char lo = static_cast<char>(c);
        if (little_endian) {
            out.push_back(lo);
            out.push_back('\0');
        } else {
            out.push_back('\0');
            out.push_back(lo);
        }
    }
    return out;
}

}  // namespace

TEST_CASE("UTF-16 with a BOM is decoded and offsets point into the original bytes", "[decode]") {
    for (const bool le : {true, false}) {
        const std::string latin1 = "F\xF8" "dselsnummer 26111593816 f\xE6r";  // ø and æ in Latin-1
        const std::string bytes = utf16(latin1, le);
        const auto decoded = jv::decode_text(bytes);
        REQUIRE(decoded.ok());
        CHECK(decoded->encoding == (le ? "UTF-16LE" : "UTF-16BE"));
        CHECK(decoded->utf8 == "Fødselsnummer 26111593816 fær");
        const auto r = scan_text(bytes);
        REQUIRE(r.findings.size() == 1);
        // 2 bytes of BOM, then 2 bytes per character; the number starts at character 14.
        CHECK(r.findings[0].span.begin == 2 + 2 * 14);
        CHECK(r.findings[0].span.end == 2 + 2 * 25);
    }
}

TEST_CASE("windows-1252 text is detected, decoded and mapped back", "[decode]") {
    std::string bytes = "Pasienten har f\xF8" "dselsnummer 26111593816 og bor p\xE5 \xD8stlandet.\n";
    for (int i = 0; i < 5; ++i) bytes += "Dette er en vanlig setning p\xE5 norsk med \xE6, \xF8 og \xE5.\n";
    const auto decoded = jv::decode_text(bytes);
    REQUIRE(decoded.ok());
    CHECK(decoded->encoding == "windows-1252");
    const auto r = scan_text(bytes);
    REQUIRE(r.findings.size() == 1);
    const auto at = bytes.find("26111593816");
    CHECK(r.findings[0].span.begin == at);
    CHECK(r.findings[0].span.end == at + 11);
    CHECK(r.notes == std::vector<std::string>{"decoded from windows-1252"});
}

TEST_CASE("a UTF-8 BOM is skipped but counted in offsets", "[decode]") {
    const std::string bytes = "\xEF\xBB\xBF" "fnr 26111593816";
    const auto r = scan_text(bytes);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].span.begin == 7);
}

TEST_CASE("binary content is an error, never a pass", "[decode]") {
    const char raw[] = "x\x01\x02garbage\x00\xFF\xFE more";
    const std::string bytes(raw, sizeof raw - 1);
    const auto r = scan_text(bytes);
    CHECK(r.verdict.kind == jv::VerdictKind::error);
    REQUIRE_FALSE(r.verdict.reasons.empty());
    CHECK(r.verdict.reasons[0].find("not verified") != std::string::npos);
}

TEST_CASE("invalid UTF-16 is an error", "[decode]") {
    const std::string bytes("\xFF\xFE\x00\xD8\x41\x00", 6);  // lone high surrogate
    CHECK(scan_text(bytes).verdict.kind == jv::VerdictKind::error);
}

TEST_CASE("empty input passes with no findings", "[decode]") {
    const auto r = scan_text("");
    CHECK(r.verdict.kind == jv::VerdictKind::pass);
    CHECK(r.findings.empty());
}

TEST_CASE("a format that cannot be read yet is an error", "[extract]") {
    const auto r = scan_text("%PDF-1.7\n...");
    CHECK(r.format == "pdf");
    CHECK(r.verdict.kind == jv::VerdictKind::error);
}
