#include <catch2/catch.hpp>

#include <memory>

#include "normalize/case_fold.hpp"
#include "normalize/normalize.hpp"
#include "test_support.hpp"

namespace {
// The normalised text of `part`, and its map back.
struct Normalised {
    std::string part;
    jv::NormText n;
};
std::unique_ptr<Normalised> norm(std::string part) {
    auto out = std::make_unique<Normalised>();
    out->part = std::move(part);
    jv::normalize(out->part, out->n);
    return out;
}
}  // namespace

using jv::Span;

TEST_CASE("ASCII text is left alone with no map", "[normalize]") {
    const auto r = norm("plain text 123");
    CHECK(r->n.text == "plain text 123");
    CHECK(r->n.steps.empty());
    CHECK(r->n.text.data() == r->part.data());  // no copy
}

TEST_CASE("soft hyphens and zero-width characters are removed, offsets kept", "[normalize]") {
    const std::string part = "Nord\xC2\xADmann 2611\xE2\x80\x8B" "1593816";
    const auto r = norm(part);
    const auto& n = r->n;
    CHECK(n.text == "Nordmann 26111593816");
    const auto at = n.text.find("26111593816");
    const Span back = n.to_part({at, at + 11});
    CHECK(part.substr(back.begin, back.size()) == "2611\xE2\x80\x8B" "1593816");
}

TEST_CASE("no-break spaces become spaces", "[normalize]") {
    const auto r = norm("261115\xC2\xA0" "93816");
    const auto& n = r->n;
    CHECK(n.text == "261115 93816");
    CHECK(n.to_part({0, 12}) == Span{0, 13});
}

TEST_CASE("decomposed letters are composed (NFC) and map back", "[normalize]") {
    const std::string part = "Bjo\xCC\x88rn 26111593816";  // o + combining diaeresis
    const auto r = norm(part);
    const auto& n = r->n;
    CHECK(n.text == "Bj\xC3\xB6rn 26111593816");
    const auto at = n.text.find('2');
    const Span back = n.to_part({at, at + 11});
    CHECK(part.substr(back.begin, back.size()) == "26111593816");
}

TEST_CASE("superscript digits are not turned into digits", "[normalize]") {
    // NFKC would make "26111593816¹" an unbroken twelve-digit run.
    const auto r = norm("26111593816\xC2\xB9");
    const auto& n = r->n;
    CHECK(n.text == "26111593816\xC2\xB9");
    CHECK(jv::test::scan_text("Fnr 26111593816\xC2\xB9 (fotnote)").findings.size() == 1);
}

TEST_CASE("case folding handles Norwegian letters", "[normalize]") {
    CHECK(jv::fold_case("FØDSELSNUMMER") == "fødselsnummer");
    CHECK(jv::fold_case("ÆRØ Å") == "ærø å");
}

TEST_CASE("a soft hyphen inside a number does not hide it and the span covers it", "[engine][normalize]") {
    const std::string text = "fnr 261115\xC2\xAD" "93816 ok";
    const auto r = jv::test::scan_text(text);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].span == Span{4, 17});
}

TEST_CASE("a word hyphenated over a line break is joined, and maps back whole", "[normalize]") {
    const auto r = norm("Pasienten Kari Nord-\n   mann ble innlagt.");
    const auto& n = r->n;
    CHECK(n.text == "Pasienten Kari Nordmann ble innlagt.");
    const auto at = n.text.find("Nordmann");
    const Span back = n.to_part({at, at + 8});
    CHECK(r->part.substr(back.begin, back.size()) == "Nord-\n   mann");
}

TEST_CASE("a real hyphen at a line break stays — digits are not joined", "[normalize]") {
    CHECK(norm("Anne-\nLise Berg")->n.text == "Anne-Lise Berg");
    CHECK(norm("010190-\n12345")->n.text == "010190-\n12345");
    CHECK(norm("helse- og\nomsorg")->n.text == "helse- og\nomsorg");
}

TEST_CASE("ligatures are spelt out", "[normalize]") {
    const auto r = norm("De\xEF\xAC\x81nisjon og \xEF\xAC\x82yt");  // Deﬁnisjon og ﬂyt
    CHECK(r->n.text == "Definisjon og flyt");
    const auto at = r->n.text.find("flyt");
    const Span back = r->n.to_part({at, at + 4});
    CHECK(back.begin == r->part.find("\xEF\xAC\x82"));
}
