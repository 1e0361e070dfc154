// PDF extraction (Poppler, Tesseract) end to end: the PDF fixtures in corpora/documents
// against their gold labels, OCR switched off, and bad input that must not pass.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace jv::test;

namespace {

using Labelled = std::tuple<std::string, std::string, int, std::string>;  // type, part, page (0 = none), masked

std::filesystem::path documents() { return source_dir() / "corpora/documents"; }

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

void check_against_gold(const jv::Engine& engine, const std::filesystem::path& file,
                        const std::filesystem::path& gold_file) {
    INFO("fixture " << file.string() << " gold " << gold_file.filename().string());
    const auto gold = nlohmann::json::parse(read_file(gold_file));
    auto worker = engine.make_worker();
    REQUIRE(worker.ok());
    const auto r = engine.scan_file(*worker, file, file.string());
    std::string reasons;
    for (const auto& reason : r.verdict.reasons) reasons += reason + " | ";
    INFO("reasons: " << reasons);
    CHECK(std::string(jv::to_string(r.verdict.kind)) == gold["verdict"].get<std::string>());
    if (gold.contains("reason_contains")) {
        const std::string want = lower(gold["reason_contains"].get<std::string>());
        CHECK(std::any_of(r.verdict.reasons.begin(), r.verdict.reasons.end(),
                          [&](const std::string& reason) { return lower(reason).find(want) != std::string::npos; }));
    }
    std::multiset<Labelled> want;
    for (const auto& g : gold["findings"])
        want.insert({g["type"], g["part"], g["page"].is_null() ? 0 : g["page"].get<int>(), g["masked"]});
    std::multiset<Labelled> got;
    for (const auto& f : r.findings) got.insert({f.type, f.part, f.page.value_or(0), f.masked});
    CHECK(got == want);
}

const jv::Engine& engine_without_ocr() {
    static const jv::Engine engine = [] {
        auto rules = jv::load_builtin_rule_set();
        if (!rules) throw std::runtime_error(rules.error().message);
        jv::EngineConfig config;
        config.extract.ocr = jv::OcrMode::off;
        auto e = jv::Engine::create(std::move(*rules), config);
        if (!e) throw std::runtime_error(e.error().message);
        return std::move(*e);
    }();
    return engine;
}

jv::ScanResult scan_pdf_bytes(std::string bytes) {
    auto worker = builtin_engine().make_worker();
    return builtin_engine().scan_bytes(*worker, "test.pdf", std::move(bytes));
}

}  // namespace

TEST_CASE("PDF fixtures give their gold verdicts and findings", "[pdf][corpus]") {
    const std::vector<std::string> names = {"pdf_page3.pdf",      "pdf_info.pdf",      "pdf_annotation.pdf",
                                            "pdf_form_field.pdf", "pdf_attachment.pdf", "pdf_encrypted.pdf",
                                            "pdf_image_only.pdf", "pdf_clean.pdf",     "bad_truncated.pdf"};
    for (const auto& name : names) {
        const auto file = documents() / name;
        const auto gold = documents() / (name + ".gold.json");
        if (!std::filesystem::exists(file) || !std::filesystem::exists(gold)) {
            WARN("fixture missing: " << file.string());
            continue;
        }
        check_against_gold(builtin_engine(), file, gold);
    }
}

TEST_CASE("an image-only PDF with OCR off is an error naming the image", "[pdf][ocr]") {
    const auto file = documents() / "pdf_image_only.pdf";
    if (!std::filesystem::exists(file)) {
        WARN("fixture missing: " << file.string());
        return;
    }
    auto worker = engine_without_ocr().make_worker();
    const auto r = engine_without_ocr().scan_file(*worker, file, file.string());
    CHECK(r.verdict.kind == jv::VerdictKind::error);
    CHECK(r.findings.empty());
    CHECK(std::any_of(r.verdict.reasons.begin(), r.verdict.reasons.end(),
                      [](const std::string& s) { return lower(s).find("image") != std::string::npos; }));
    const auto gold = documents() / "pdf_image_only.pdf.gold-no-ocr.json";
    if (std::filesystem::exists(gold)) check_against_gold(engine_without_ocr(), file, gold);
}

TEST_CASE("PDFs with text only need no OCR, also with OCR off", "[pdf][ocr]") {
    const auto file = documents() / "pdf_page3.pdf";
    if (!std::filesystem::exists(file)) {
        WARN("fixture missing: " << file.string());
        return;
    }
    auto worker = engine_without_ocr().make_worker();
    const auto r = engine_without_ocr().scan_file(*worker, file, file.string());
    CHECK(r.verdict.kind == jv::VerdictKind::quarantine);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].page == 3);
}

TEST_CASE("broken PDFs are errors, never a pass", "[pdf]") {
    SECTION("header only") {
        const auto r = scan_pdf_bytes("%PDF-1.7\n");
        CHECK(r.verdict.kind == jv::VerdictKind::error);
    }
    SECTION("garbage after the header") {
        std::string bytes = "%PDF-1.4\n";
        for (int i = 0; i < 5000; ++i) bytes += static_cast<char>((i * 7919) % 251);
        const auto r = scan_pdf_bytes(bytes);
        CHECK(r.verdict.kind == jv::VerdictKind::error);
    }
    SECTION("every prefix of a fixture") {
        const auto file = documents() / "pdf_page3.pdf";
        if (!std::filesystem::exists(file)) {
            WARN("fixture missing: " << file.string());
            return;
        }
        const std::string whole = read_file(file);
        for (std::size_t cut = 16; cut < whole.size(); cut += 97) {
            INFO("cut at " << cut << " of " << whole.size());
            const auto r = scan_pdf_bytes(whole.substr(0, cut));
            CHECK(r.verdict.kind != jv::VerdictKind::pass);
        }
    }
}
