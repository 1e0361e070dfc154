// Report formats: the stable JSONL fields, JSON's summary, SARIF's shape, the human
// summary line, and that no format ever prints a clear identity number.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstring>
#include <random>
#include <nlohmann/json.hpp>

#include <sstream>

#include "report/json_model.hpp"
#include "report/json_text.hpp"
#include "report/report.hpp"
#include "test_support.hpp"

using jv::test::builtin_engine;
using jv::test::scan_text;

namespace {

const std::string kText =
    "Brev til pasient.\nFødselsnummer: 26111593816\nD-nummer 530972 48016\nTelefon 21 49 50 70\n";

std::string render(std::string_view format, const std::vector<jv::ScanResult>& results) {
    std::ostringstream out;
    auto writer = jv::make_report_writer(format, out, {"9.9.9", &builtin_engine().rules(), false});
    REQUIRE(writer);
    jv::ScanSummary summary;
    for (const auto& r : results) {
        summary.add(r);
        writer->document(r);
    }
    writer->finish(summary);
    return out.str();
}

std::vector<jv::ScanResult> sample() {
    return {scan_text(kText), scan_text("Ingen personopplysninger her."), scan_text(std::string("\x00\x01\x02", 3))};
}

}  // namespace

TEST_CASE("jsonl has one object per document with the stable fields", "[report]") {
    std::istringstream lines(render("jsonl", sample()));
    std::vector<nlohmann::json> docs;
    for (std::string line; std::getline(lines, line);) docs.push_back(nlohmann::json::parse(line));
    REQUIRE(docs.size() == 3);
    for (const char* key : {"path", "sha256", "bytes", "format", "verdict", "reasons", "ruleset", "findings"})
        CHECK(docs[0].contains(key));
    CHECK(docs[0]["verdict"] == "quarantine");
    CHECK(docs[1]["verdict"] == "pass");
    CHECK(docs[2]["verdict"] == "error");
    CHECK(docs[0]["ruleset"] == builtin_engine().rules().version);
    REQUIRE(docs[0]["findings"].size() == 2);
    const auto& f = docs[0]["findings"][0];
    for (const char* key : {"type", "rule", "severity", "score", "start", "end", "line", "part", "page", "masked",
                            "evidence", "context"})
        CHECK(f.contains(key));
    CHECK(f["type"] == "fodselsnummer");
    CHECK(f["rule"] == "no.fnr");
    CHECK(f["severity"] == "high");
    CHECK(f["start"] == kText.find("26111593816"));
    CHECK(f["end"] == kText.find("26111593816") + 11);
    CHECK(f["line"] == 2);
    CHECK(f["part"] == "body");
    CHECK(f["page"].is_null());
    CHECK(f["masked"] == "261115*****");
    CHECK(docs[0]["findings"][1]["type"] == "d_nummer");
}

TEST_CASE("json is one document with the list and a summary", "[report]") {
    const auto doc = nlohmann::json::parse(render("json", sample()));
    CHECK(doc["documents"].size() == 3);
    CHECK(doc["summary"]["documents"] == 3);
    CHECK(doc["summary"]["quarantine"] == 1);
    CHECK(doc["summary"]["pass"] == 1);
    CHECK(doc["summary"]["error"] == 1);
    CHECK(doc["summary"]["findings"] == 2);
    CHECK(doc["version"] == "9.9.9");
}

TEST_CASE("sarif is 2.1.0 with rules, results, locations and error notifications", "[report]") {
    const auto log = nlohmann::json::parse(render("sarif", sample()));
    CHECK(log["version"] == "2.1.0");
    CHECK(log["$schema"].get<std::string>().find("sarif") != std::string::npos);
    REQUIRE(log["runs"].size() == 1);
    const auto& run = log["runs"][0];
    CHECK(run["tool"]["driver"]["name"] == "journalvakt");
    REQUIRE(run["tool"]["driver"]["rules"].size() == builtin_engine().rules().rules.size());
    CHECK(run["tool"]["driver"]["rules"][0]["id"] == "no.fnr");
    REQUIRE(run["results"].size() == 2);
    const auto& result = run["results"][0];
    CHECK(result["ruleId"] == "no.fnr");
    CHECK(result["level"] == "error");
    const auto& region = result["locations"][0]["physicalLocation"]["region"];
    CHECK(region["byteOffset"] == kText.find("26111593816"));
    CHECK(region["byteLength"] == 11);
    CHECK(region["startLine"] == 2);
    CHECK(run["artifacts"].size() == 3);
    CHECK(run["invocations"][0]["executionSuccessful"] == false);
    CHECK(run["invocations"][0]["toolExecutionNotifications"].size() == 1);
}

TEST_CASE("human output lists verdicts, masked findings and a summary line", "[report]") {
    const auto text = render("human", sample());
    CHECK(text.find("QUARANTINE") != std::string::npos);
    CHECK(text.find("PASS") != std::string::npos);
    CHECK(text.find("ERROR") != std::string::npos);
    CHECK(text.find("261115*****") != std::string::npos);
    CHECK(text.find("3 documents: 1 pass, 1 quarantine, 1 error; 2 findings") != std::string::npos);
}

TEST_CASE("no report format prints a clear identity number or its tail", "[report][masking]") {
    for (const char* format : {"human", "json", "jsonl", "sarif"}) {
        INFO(format);
        const auto text = render(format, sample());
        for (const char* secret : {"26111593816", "93816", "48016", "21 49 50 70"})
            CHECK(text.find(secret) == std::string::npos);
    }
}

TEST_CASE("the jsonl line equals the JSON model, field for field", "[report]") {
    auto results = sample();
    jv::ScanResult odd = scan_text("fnr 26111593816 \"quoted\" \\ tab\t");
    odd.path = std::string("bad\xFF name\x01.txt");
    results.push_back(odd);
    // Every score a finding can have, written by the fast path and by the model alike.
    jv::ScanResult scores = odd;
    scores.findings.clear();
    for (int cents = 0; cents <= 100; ++cents) {
        jv::Finding f = odd.findings.at(0);
        f.score = cents / 100.0;
        scores.findings.push_back(f);
    }
    results.push_back(scores);
    for (const auto& r : results) {
        const auto line = nlohmann::json::parse(jv::document_to_json_line(r, "v1"));
        const auto model = nlohmann::json::parse(jv::dump_json(jv::document_to_json(r, "v1")));
        CHECK(line == model);
    }
    // The same text too, as printf writes two decimals: "0.05", "0.5", "1".
    const std::string text = jv::document_to_json_line(scores, "v1");
    std::size_t at = 0;
    for (int cents = 0; cents <= 100; ++cents) {
        at = text.find("\"score\":", at);
        REQUIRE(at != std::string::npos);
        at += 8;
        char want[32];
        std::snprintf(want, sizeof want, "%.15g", cents / 100.0);
        CHECK(text.substr(at, std::strlen(want) + 1) == std::string(want) + ",");
    }
}

TEST_CASE("no snippet shows a neighbouring name or number in clear", "[report][masking]") {
    auto worker = jv::test::full_engine().make_worker();
    const auto r = jv::test::full_engine().scan_bytes(
        *worker, "t.txt", "Pasienten Kari Nordmann ble innlagt med depresjon, fnr 26111593816, sammen med Ola Hansen.\n");
    REQUIRE(r.findings.size() >= 4);
    for (const char* format : {"human", "json", "jsonl", "sarif"}) {
        INFO(format);
        const auto text = render(format, {r});
        for (const char* secret : {"Kari", "Nordmann", "Ola Hansen", "Hansen", "93816"})
            CHECK(text.find(secret) == std::string::npos);
        CHECK(text.find("depresjon") != std::string::npos);  // health terms themselves stay readable
    }
}

TEST_CASE("JSON strings are escaped as nlohmann escapes them, wherever the special bytes fall", "[report]") {
    // Runs of plain bytes are copied sixteen at a time: quotes, backslashes, controls and
    // non-ASCII letters at every offset, in strings longer and shorter than a block.
    const std::vector<std::string> pieces{"a", "Z", " ", "\"", "\\", "\n", "\t", "\x01", "\x1f", "æ", "Ø", "€", "/", "\x7f"};
    std::mt19937 random(7);
    for (int n = 0; n < 2000; ++n) {
        std::string s;
        const int parts = static_cast<int>(random() % 40);
        for (int p = 0; p < parts; ++p) s += pieces[random() % pieces.size()];
        std::string ours;
        jv::append_json_string(ours, s);
        INFO(s);
        CHECK(ours == nlohmann::json(s).dump());
    }
    std::string replaced;
    jv::append_json_string(replaced, std::string(20, 'x') + "\xC3" + "\"");
    CHECK(replaced == "\"" + std::string(20, 'x') + "\xEF\xBF\xBD\\\"\"");  // a broken byte becomes U+FFFD
}
