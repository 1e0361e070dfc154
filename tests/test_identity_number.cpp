// The identity-number validator against the public test vectors, then the whole
// pipeline against every valid vector written in every layout the issue names.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "test_support.hpp"
#include "validate/identity_number.hpp"

using jv::test::read_file;
using jv::test::scan_text;

namespace {

nlohmann::json vectors() {
    static const nlohmann::json v =
        nlohmann::json::parse(read_file(jv::test::source_dir() / "corpora/vectors/fnr-vectors.json"));
    return v["vectors"];
}

std::string expected_type(const std::string& kind) {
    if (kind == "fnr") return "fodselsnummer";
    if (kind == "dnr" || kind == "dnr+hnr") return "d_nummer";
    if (kind == "hnr") return "h_nummer";
    if (kind == "fh") return "fh_nummer";
    return "test_number";  // tenor, nhn_test
}

// The layouts of issue 3, built from eleven digits.
std::vector<std::pair<std::string, std::string>> layouts(const std::string& d) {
    const auto s = [&](std::size_t at, std::size_t n) { return d.substr(at, n); };
    return {
        {"plain", d},
        {"6 5", s(0, 6) + " " + s(6, 5)},
        {"6-5", s(0, 6) + "-" + s(6, 5)},
        {"6.5", s(0, 6) + "." + s(6, 5)},
        {"2 2 2 3 2", s(0, 2) + " " + s(2, 2) + " " + s(4, 2) + " " + s(6, 3) + " " + s(9, 2)},
        {"2 2 2 2 3", s(0, 2) + " " + s(2, 2) + " " + s(4, 2) + " " + s(6, 2) + " " + s(8, 3)},
        {"2-2-2-5", s(0, 2) + "-" + s(2, 2) + "-" + s(4, 2) + "-" + s(6, 5)},
        {"6\\n5", s(0, 6) + "\n" + s(6, 5)},
        {"6\\n  5 (indented)", s(0, 6) + "\n    " + s(6, 5)},
        {"6\\r\\n5", s(0, 6) + "\r\n" + s(6, 5)},
        {"3\\n8", s(0, 3) + "\n" + s(3, 8)},
        {"9\\n2", s(0, 9) + "\n" + s(9, 2)},
        {"2 2 2\\n3 2", s(0, 2) + " " + s(2, 2) + " " + s(4, 2) + "\n" + s(6, 3) + " " + s(9, 2)},
    };
}

}  // namespace

TEST_CASE("validator agrees with every public test vector", "[validate][vectors]") {
    const auto all = vectors();
    REQUIRE(all.size() >= 50);
    for (const auto& v : all) {
        const std::string digits = v["digits"];
        INFO("vector " << digits);
        const auto check = jv::check_identity_number(digits);
        if (v["expected"] == "valid") {
            REQUIRE(check.valid);
            CHECK(std::string(jv::to_string(check.kind)) == v["kind"].get<std::string>());
            CHECK(check.only_under_2032_rule == v.value("valid_only_under_2032_rule", false));
            if (v.contains("birth_date")) CHECK(check.birth_date == v["birth_date"].get<std::string>());
        } else {
            REQUIRE_FALSE(check.valid);
            CHECK(check.reason == v["reason"].get<std::string>());
        }
    }
}

TEST_CASE("every valid vector is found in every layout, with its exact span", "[engine][vectors]") {
    for (const auto& v : vectors()) {
        if (v["expected"] != "valid") continue;
        const std::string digits = v["digits"];
        auto cases = layouts(digits);
        cases.emplace_back("as written in the source", v["number"].get<std::string>());
        for (const auto& [name, written] : cases) {
            INFO("vector " << digits << " layout " << name);
            const std::string prefix = "Søker (se vedlegg): ";
            const std::string text = prefix + written + " ble registrert.\n";
            const auto result = scan_text(text);
            REQUIRE(result.findings.size() == 1);
            const auto& f = result.findings[0];
            CHECK(f.type == expected_type(v["kind"]));
            CHECK(f.span.begin == prefix.size());
            CHECK(f.span.end == prefix.size() + written.size());
            CHECK(f.masked.find('*') != std::string::npos);
            CHECK(f.masked.substr(0, 1) == digits.substr(0, 1));
            const auto expected_verdict =
                f.type == "test_number" ? jv::VerdictKind::pass : jv::VerdictKind::quarantine;
            CHECK(result.verdict.kind == expected_verdict);
        }
    }
}

TEST_CASE("no invalid vector is found in any layout", "[engine][vectors]") {
    for (const auto& v : vectors()) {
        if (v["expected"] != "invalid") continue;
        const std::string digits = v["digits"];
        if (digits.size() != 11 || digits.find_first_not_of("0123456789") != std::string::npos) continue;
        for (const auto& [name, written] : layouts(digits)) {
            INFO("vector " << digits << " layout " << name);
            CHECK(scan_text("fødselsnummer " + written + " oppgitt").findings.empty());
        }
    }
}

TEST_CASE("a keyword raises the score and says so in the evidence", "[score]") {
    const auto bare = scan_text("Skjema 26111593816 i saken.");
    const auto keyed = scan_text("Fødselsnummer: 26111593816 i saken.");
    REQUIRE(bare.findings.size() == 1);
    REQUIRE(keyed.findings.size() == 1);
    CHECK(keyed.findings[0].score > bare.findings[0].score);
    const auto& ev = keyed.findings[0].evidence;
    CHECK(std::find(ev.begin(), ev.end(), "keyword:fødselsnummer") != ev.end());
    CHECK(std::find(ev.begin(), ev.end(), "checksum") != ev.end());
    CHECK(std::find(ev.begin(), ev.end(), "valid-date") != ev.end());
}

TEST_CASE("a number valid only under the 2032 rule scores lower than a classic one", "[score]") {
    const auto classic = scan_text("Nummer 30108299920.");
    const auto relaxed = scan_text("Nummer 30108299939.");
    REQUIRE(classic.findings.size() == 1);
    REQUIRE(relaxed.findings.size() == 1);
    CHECK(relaxed.findings[0].score < classic.findings[0].score);
    const auto& ev = relaxed.findings[0].evidence;
    CHECK(std::find(ev.begin(), ev.end(), "checksum-2032-rule") != ev.end());
}

TEST_CASE("a bank-account word on the line lowers the score but keeps the finding", "[score]") {
    const auto plain = scan_text("Fødselsnummer 26111593816.");
    const auto near_account = scan_text("Fødselsnummer 26111593816, betales til konto i banken.");
    REQUIRE(near_account.findings.size() == 1);
    CHECK(near_account.findings[0].score < plain.findings[0].score);
}
