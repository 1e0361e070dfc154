// One test per extraction limit: each turns the document into `error` with a reason
// that names the limit, and none crashes or hangs.
#include <catch2/catch.hpp>

#include "test_support.hpp"

using namespace jv::test;

namespace {

jv::ScanResult scan_with(const jv::ExtractConfig& extract, const std::string& fixture) {
    jv::EngineConfig config;
    config.extract = extract;
    auto engine = jv::Engine::create(jv::test::identity_rules(), config);
    REQUIRE(engine.ok());
    auto worker = engine->make_worker();
    const auto path = source_dir() / "corpora/documents" / fixture;
    return engine->scan_file(*worker, path, fixture);
}

std::string reasons(const jv::ScanResult& r) {
    std::string all;
    for (const auto& s : r.verdict.reasons) all += s + "\n";
    return all;
}

void require_error_naming(const jv::ScanResult& r, const std::string& word) {
    INFO(reasons(r));
    CHECK(r.verdict.kind == jv::VerdictKind::error);
    CHECK(reasons(r).find(word) != std::string::npos);
}

}  // namespace

TEST_CASE("limit: members per archive", "[limits]") {
    jv::ExtractConfig c;
    c.max_entries = 1;
    require_error_naming(scan_with(c, "zip_documents.zip"), "members, over the limit");
}

TEST_CASE("limit: decompressed bytes per document", "[limits]") {
    jv::ExtractConfig c;
    c.max_expanded_bytes = 2000;
    require_error_naming(scan_with(c, "docx_comment.docx"), "decompressed size over the limit");
}

TEST_CASE("limit: compression ratio (zip bomb)", "[limits]") {
    require_error_naming(scan_with({}, "bad_zip_bomb.zip"), "compression ratio limit");
    // With the ratio check off, the decompression budget still stops it.
    jv::ExtractConfig c;
    c.max_compression_ratio = 1e9;
    c.max_expanded_bytes = 64ull << 20;
    require_error_naming(scan_with(c, "bad_zip_bomb.zip"), "decompressed size over the limit");
}

TEST_CASE("limit: containers inside containers", "[limits]") {
    require_error_naming(scan_with({}, "bad_nested.zip"), "nesting depth limit");
    jv::ExtractConfig c;
    c.max_depth = 0;
    require_error_naming(scan_with(c, "eml_docx_attachment.eml"), "nesting depth limit");
}

TEST_CASE("limit: XML nesting depth, DTDs and entities", "[limits]") {
    require_error_naming(scan_with({}, "bad_deep_xml.docx"), "depth");
    jv::ExtractConfig c;
    c.max_xml_depth = 3;
    require_error_naming(scan_with(c, "docx_comment.docx"), "depth");
    require_error_naming(scan_with({}, "bad_billion_laughs.docx"), "entities");
    const auto xxe = scan_with({}, "bad_xxe.docx");
    require_error_naming(xxe, "entities");
    for (const auto& f : xxe.findings) CHECK(f.context.find("root:") == std::string::npos);  // /etc/passwd never read
}

TEST_CASE("limit: extracted text per document", "[limits]") {
    jv::ExtractConfig c;
    c.max_text_bytes = 100;
    require_error_naming(scan_with(c, "docx_footnote.docx"), "extracted text over the limit");
}

TEST_CASE("limit: memory of the extraction worker", "[limits]") {
#if defined(__SANITIZE_ADDRESS__)
    WARN("sanitizer build: the worker runs without an address-space limit");
    return;
#endif
    jv::ExtractConfig c;
    c.worker_binary = JV_BINARY;
    c.max_compression_ratio = 1e9;       // let the bomb through the ratio check
    c.max_expanded_bytes = 8ull << 30;   // and through the budget,
    c.max_worker_memory = 256ull << 20;  // so the address-space limit must stop it
    const auto r = scan_with(c, "bad_zip_bomb.zip");
    INFO(reasons(r));
    CHECK(r.verdict.kind == jv::VerdictKind::error);
}

TEST_CASE("broken and mislabelled files", "[limits]") {
    require_error_naming(scan_with({}, "empty.docx"), "empty");
    CHECK(scan_with({}, "bad_truncated.docx").verdict.kind == jv::VerdictKind::error);
    CHECK(scan_with({}, "bad_not_a_docx.docx").verdict.kind == jv::VerdictKind::error);
    const auto wrong = scan_with({}, "wrong_extension.pdf");
    CHECK(wrong.format == "docx");
    CHECK(wrong.verdict.kind == jv::VerdictKind::quarantine);
    REQUIRE_FALSE(wrong.notes.empty());
    CHECK(wrong.notes[0].find("file name suggests pdf") != std::string::npos);
}
