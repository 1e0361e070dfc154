// PDF extraction (Poppler, Tesseract) end to end: the PDF fixtures in corpora/documents
// against their gold labels, OCR switched off, and bad input that must not pass.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
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
        auto rules = jv::test::identity_rules();
        jv::EngineConfig config;
        config.extract.ocr = jv::OcrMode::off;
        auto e = jv::Engine::create(std::move(rules), config);
        if (!e) throw std::runtime_error(e.error().message);
        return std::move(*e);
    }();
    return engine;
}

jv::ScanResult scan_pdf_bytes(std::string bytes) {
    auto worker = builtin_engine().make_worker();
    return builtin_engine().scan_bytes(*worker, "test.pdf", std::move(bytes));
}


// A small PDF written here, objects numbered from 1 in order; `catalog_extra` goes into
// the catalogue, `page_extra[i]` into page i's dictionary, and every page shares the
// resources in `resources`. Pages get objects 3.. (page, contents) after `extra_objects`.
std::string make_pdf(const std::vector<std::string>& contents, const std::string& resources = "",
                     const std::vector<std::string>& page_extra = {}, const std::string& catalog_extra = "",
                     const std::vector<std::string>& extra_objects = {}) {
    std::vector<std::string> objs;
    const int first_page = 3 + static_cast<int>(extra_objects.size());
    std::string kids;
    for (std::size_t i = 0; i < contents.size(); ++i) kids += std::to_string(first_page + 2 * i) + " 0 R ";
    objs.push_back("<< /Type /Catalog /Pages 2 0 R " + catalog_extra + " >>");
    objs.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(contents.size()) + " >>");
    for (const auto& o : extra_objects) objs.push_back(o);
    for (std::size_t i = 0; i < contents.size(); ++i) {
        objs.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << " + resources +
                       " >> /Contents " + std::to_string(first_page + 2 * i + 1) + " 0 R " +
                       (i < page_extra.size() ? page_extra[i] : "") + " >>");
        objs.push_back("<< /Length " + std::to_string(contents[i].size()) + " >>\nstream\n" + contents[i] +
                       "\nendstream");
    }
    std::string out = "%PDF-1.7\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objs.size(); ++i) {
        offsets.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
    }
    const std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
    for (auto off : offsets) {
        char line[24];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
        out += line;
    }
    out += "trailer\n<< /Size " + std::to_string(objs.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return out;
}

const std::string kFont = "/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>";
std::string text_content(const std::string& line) { return "BT /F1 12 Tf 72 770 Td (" + line + ") Tj ET"; }

jv::ScanResult scan_with(const jv::Engine& engine, std::string bytes) {
    auto worker = engine.make_worker();
    return engine.scan_bytes(*worker, "test.pdf", std::move(bytes));
}

bool any_contains(const std::vector<std::string>& list, const std::string& what) {
    return std::any_of(list.begin(), list.end(),
                       [&](const std::string& s) { return lower(s).find(what) != std::string::npos; });
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

TEST_CASE("a blank page needs no OCR — a page drawn without text is looked at", "[pdf][ocr]") {
    const std::string doc = make_pdf({text_content("Brev uten nummer"), ""}, kFont);
    const auto r = scan_with(builtin_engine(), doc);
    CHECK(r.verdict.kind == jv::VerdictKind::pass);
    CHECK(r.notes.empty());
    CHECK(scan_with(engine_without_ocr(), doc).verdict.kind == jv::VerdictKind::pass);

    // A page of drawing only (no text layer, no image): OCR reads it; off, it is not verified.
    const std::string drawn = make_pdf({"0 0 0 rg 100 100 300 300 re f"});
    const auto with_ocr = scan_with(builtin_engine(), drawn);
    CHECK(with_ocr.verdict.kind == jv::VerdictKind::pass);
    CHECK(any_contains(with_ocr.notes, "ocr found no text on page 1"));
    const auto off = scan_with(engine_without_ocr(), drawn);
    CHECK(off.verdict.kind == jv::VerdictKind::error);
    CHECK(any_contains(off.verdict.reasons, "page 1 without a text layer (ocr off)"));
}

TEST_CASE("a scanned page with a stamped text line is read by OCR too", "[pdf][ocr]") {
    // A full-page image (a 2x2 grey bitmap) under one short line of real text.
    const std::string img_obj = "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
                                "/BitsPerComponent 8 /Length 4 >>\nstream\n\x80\xff\xff\x80\nendstream";
    const std::string doc = make_pdf({"q 595 0 0 842 0 0 cm /Im1 Do Q " + text_content("Mottatt 01.03.2024")},
                                     kFont + " /XObject << /Im1 3 0 R >>", {}, "", {img_obj});
    const auto off = scan_with(engine_without_ocr(), doc);
    CHECK(off.verdict.kind == jv::VerdictKind::error);
    CHECK(any_contains(off.verdict.reasons, "scanned page 1 (ocr off)"));
}

TEST_CASE("hidden layers, link targets and attachment annotations are read", "[pdf]") {
    SECTION("text in a layer that is switched off") {
        const std::string doc =
            make_pdf({"/OC /L1 BDC " + text_content("Pasientens fnr 26111593816") + " EMC"},
                     kFont + " /Properties << /L1 3 0 R >>", {},
                     "/OCProperties << /OCGs [3 0 R] /D << /Order [3 0 R] /OFF [3 0 R] >> >>",
                     {"<< /Type /OCG /Name (Skjult) >>"});
        const auto r = scan_with(builtin_engine(), doc);
        CHECK(r.verdict.kind == jv::VerdictKind::quarantine);
        REQUIRE(r.findings.size() == 1);
        CHECK(r.findings[0].part == "body");
        CHECK(r.findings[0].page == 1);
        CHECK(any_contains(r.notes, "hidden pdf layer"));
    }
    SECTION("a number in a link's URI") {
        const std::string doc = make_pdf(
            {text_content("Se lenken")}, kFont,
            {"/Annots [3 0 R]"}, "",
            {"<< /Type /Annot /Subtype /Link /Rect [72 760 200 780] /A << /S /URI /URI "
             "(https://example.org/sak?fnr=26111593816) >> >>"});
        const auto r = scan_with(builtin_engine(), doc);
        REQUIRE(r.findings.size() == 1);
        CHECK(r.findings[0].part == "annotation");
        CHECK(r.findings[0].page == 1);
    }
    SECTION("a file attached to an annotation") {
        const std::string body = "Journalnotat: fnr 26111593816\n";
        const std::string doc = make_pdf(
            {text_content("Se vedlegget")}, kFont, {"/Annots [3 0 R]"}, "",
            {"<< /Type /Annot /Subtype /FileAttachment /Rect [72 700 90 720] /Contents (Vedlegg) /FS 4 0 R >>",
             "<< /Type /Filespec /F (notat.txt) /UF (notat.txt) /EF << /F 5 0 R >> >>",
             "<< /Type /EmbeddedFile /Length " + std::to_string(body.size()) + " >>\nstream\n" + body +
                 "\nendstream"});
        const auto r = scan_with(builtin_engine(), doc);
        REQUIRE(r.findings.size() == 1);
        CHECK(r.findings[0].part == "attachment:notat.txt/body");
    }
}

namespace {
// A page with a running header at the top, body lines, and a footer with the page number.
std::string page_with(const std::string& header, const std::vector<std::string>& body, const std::string& footer) {
    std::string c = "BT /F1 10 Tf 72 800 Td (" + header + ") Tj ET ";
    int y = 740;
    for (const auto& line : body) {
        c += "BT /F1 12 Tf 72 " + std::to_string(y) + " Td (" + line + ") Tj ET ";
        y -= 20;
    }
    return c + "BT /F1 10 Tf 72 40 Td (" + footer + ") Tj ET";
}
}  // namespace

TEST_CASE("running headers and footers are kept out of the running text", "[pdf][normalize]") {
    // The number runs over the page break: "fodselsnummer 261115" ends page 2, "93816" starts page 3.
    const std::string head = "Helse Eksempel HF - Journalnotat";
    const std::string doc = make_pdf(
        {page_with(head, {"Innledning uten personopplysninger."}, "Side 1 av 4"),
         page_with(head, {"Pasienten har fodselsnummer 261115"}, "Side 2 av 4"),
         page_with(head, {"93816 og ble innlagt.", "Mer tekst."}, "Side 3 av 4"),
         page_with(head, {"Avslutning."}, "Side 4 av 4")},
        kFont);
    const auto r = scan_with(builtin_engine(), doc);
    REQUIRE(r.findings.size() == 1);
    const auto& f = r.findings[0];
    CHECK(f.type == "fodselsnummer");
    CHECK(f.part == "body");
    CHECK(f.page == 2);  // where the number starts
    CHECK(f.masked == "261115*****");
}
