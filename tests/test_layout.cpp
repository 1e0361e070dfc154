#include <catch2/catch.hpp>

#include "test_support.hpp"
#include "validate/layout.hpp"

using jv::test::scan_text;

namespace {
std::size_t count(std::string_view text) { return scan_text(text).findings.size(); }
}  // namespace

TEST_CASE("layout reader checks boundaries, separators and groupings", "[validate][layout]") {
    const std::vector<std::string> layouts{"11", "6-5", "2-2-2-3-2"};
    const std::string text = "x 010190 12345 y";
    const auto ok = jv::read_digit_layout(text, {2, 14}, layouts);
    REQUIRE(ok.digits);
    CHECK(*ok.digits == "01019012345");
    CHECK(ok.layout == "6-5");
    CHECK(jv::read_digit_layout("a01019012345", {1, 12}, layouts).rejected == "boundary");
    CHECK(jv::read_digit_layout("01019012345b", {0, 11}, layouts).rejected == "boundary");
    CHECK(jv::read_digit_layout("01 01-90 123 45", {0, 15}, layouts).rejected == "separator");
    CHECK(jv::read_digit_layout("1 01 01 90 123 45", {2, 17}, layouts).rejected == "grouping");
    // A bank-account grouping is no layout of an identity number.
    CHECK(jv::read_digit_layout("0101.90.12345", {0, 13}, layouts).rejected == "layout");
    CHECK(jv::read_digit_layout("0101 90 12345", {0, 13}, layouts).rejected == "layout");
    // A line break may split a group anywhere or stand in for a separator.
    const auto wrapped = jv::read_digit_layout("0101901\n2345", {0, 12}, layouts);
    REQUIRE(wrapped.digits);
    CHECK(wrapped.layout == "11");
    const auto wrapped_groups = jv::read_digit_layout("01 01 90\n  123 45", {0, 17}, layouts);
    REQUIRE(wrapped_groups.digits);
    CHECK(wrapped_groups.layout == "2-2-2-3-2");
}

TEST_CASE("glued letters, digits and longer runs are not numbers", "[engine][layout]") {
    CHECK(count("126111593816") == 0);
    CHECK(count("261115938161") == 0);
    CHECK(count("A26111593816") == 0);
    CHECK(count("26111593816b") == 0);
    CHECK(count("ø26111593816") == 0);
    CHECK(count("26111593816,50 kroner") == 0);
    CHECK(count("1.26111593816") == 0);
    // Punctuation around a number does not hide it.
    CHECK(count("«26111593816»") == 1);
    CHECK(count("(26111593816)") == 1);
    CHECK(count("26111593816.") == 1);
}

TEST_CASE("hard negatives give no identity-number finding", "[engine][negatives]") {
    const char* negatives[] = {
        "Kontonummer 1234.56.78903",
        "Beløpet betales til 1234 56 78903.",
        "Kontonr.: 26111593816",
        "KID: 26111593816",
        "KID-nummer 26111593816",
        "Org.nr. 974 760 673 MVA",
        "Organisasjonsnummer 974760673",
        "Telefon 21 49 50 70, mobil +47 915 12 345",
        "Saksnummer 2023/12345-3, vår ref. 23/01234-5",
        "Beløp kr 1 234 567,50 og 12 345 678,00",
        "Datert 01.01.1990, 2023-05-17 og 17. mai 2023",
        "ISBN 978-82-05-12345-6 og ISBN 82-05-30551-1",
        "EAN 7038010009457",
        "Telefonliste: 21 49 50 70 123 45",
    };
    for (const char* text : negatives) {
        INFO(text);
        CHECK(count(text) == 0);
    }
}

TEST_CASE("a positive keyword nearer than a negative one keeps the finding", "[engine][score]") {
    CHECK(count("Kontonr. og fnr.: 26111593816") == 1);
    CHECK(count("KID: 26111593816 (fnr står over)") == 0);
}
