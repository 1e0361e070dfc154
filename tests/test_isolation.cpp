// Extraction in a worker process: the real worker gives the same answers as
// in-process extraction, and a worker that crashes, hangs or talks nonsense turns that
// one document into `error` while the next document is read normally.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include "test_support.hpp"

using namespace jv::test;

namespace {

std::unique_ptr<jv::Engine> engine_with_worker(const std::filesystem::path& worker, int timeout_ms = 20000) {
    jv::EngineConfig config;
    config.extract.worker_binary = worker;
    config.extract.timeout = std::chrono::milliseconds(timeout_ms);
    auto engine = jv::Engine::create(jv::test::identity_rules(), config);
    REQUIRE(engine.ok());
    return std::make_unique<jv::Engine>(std::move(*engine));
}

std::filesystem::path fake_worker(const std::string& name, const std::string& script) {
    const auto path = std::filesystem::temp_directory_path() / ("jv-fake-worker-" + name + ".sh");
    std::ofstream(path) << "#!/bin/sh\n" << script << "\n";
    ::chmod(path.c_str(), 0755);
    return path;
}

const std::filesystem::path kDocx = source_dir() / "corpora/documents/docx_comment.docx";

bool has_reason(const jv::ScanResult& r, const std::string& part) {
    for (const auto& reason : r.verdict.reasons)
        if (reason.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("the isolated worker reads documents exactly as in-process extraction", "[isolation]") {
    const auto isolated = engine_with_worker(JV_BINARY);
    auto iso_worker = isolated->make_worker();
    auto in_worker = builtin_engine().make_worker();
    std::size_t compared = 0;
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "corpora/documents")) {
        const auto name = entry.path().filename().string();
        if (name.find(".gold") != std::string::npos || name.rfind("pdf_image_only", 0) == 0) continue;
        INFO(name);
        const auto a = isolated->scan_file(*iso_worker, entry.path(), name);
        const auto b = builtin_engine().scan_file(*in_worker, entry.path(), name);
        CHECK(a.verdict.kind == b.verdict.kind);
        CHECK(a.sha256 == b.sha256);
        CHECK(a.format == b.format);
        REQUIRE(a.findings.size() == b.findings.size());
        for (std::size_t i = 0; i < a.findings.size(); ++i) {
            CHECK(a.findings[i].span == b.findings[i].span);
            CHECK(a.findings[i].part == b.findings[i].part);
        }
        ++compared;
    }
    CHECK(compared >= 40);
}

TEST_CASE("a crashing worker makes only that document an error", "[isolation]") {
    const auto engine = engine_with_worker(fake_worker("crash", "kill -SEGV $$"));
    auto worker = engine->make_worker();
    const auto r = engine->scan_file(*worker, kDocx, "a.docx");
    CHECK(r.verdict.kind == jv::VerdictKind::error);
    CHECK(has_reason(r, "crashed"));
    CHECK(r.sha256.size() == 64);
    // Plain text never needs the worker and is still read.
    CHECK(engine->scan_bytes(*worker, "t.txt", "fnr 26111593816").verdict.kind == jv::VerdictKind::quarantine);
}

TEST_CASE("a hanging worker is killed at the deadline", "[isolation]") {
    const auto engine = engine_with_worker(fake_worker("hang", "exec sleep 30"), 300);
    auto worker = engine->make_worker();
    const auto start = std::chrono::steady_clock::now();
    const auto r = engine->scan_file(*worker, kDocx, "a.docx");
    const auto took = std::chrono::steady_clock::now() - start;
    CHECK(r.verdict.kind == jv::VerdictKind::error);
    CHECK(has_reason(r, "timed out"));
    CHECK(took < std::chrono::seconds(10));
}

TEST_CASE("a worker that answers garbage is not believed", "[isolation]") {
    const auto engine = engine_with_worker(fake_worker("garbage", "head -c 8 >/dev/null; printf 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'; sleep 1"));
    auto worker = engine->make_worker();
    const auto r = engine->scan_file(*worker, kDocx, "a.docx");
    CHECK(r.verdict.kind == jv::VerdictKind::error);
    CHECK(r.findings.empty());
}

TEST_CASE("a missing worker binary is an error, not a pass", "[isolation]") {
    const auto engine = engine_with_worker("/nonexistent/journalvakt");
    auto worker = engine->make_worker();
    const auto r = engine->scan_file(*worker, kDocx, "a.docx");
    CHECK(r.verdict.kind == jv::VerdictKind::error);
}

TEST_CASE("the worker restarts after a crash and reads the next document", "[isolation]") {
    // The first worker crashes; the one started next is the real worker.
    const auto flag = std::filesystem::temp_directory_path() / ("jv-restart-" + std::to_string(::getpid()));
    std::filesystem::remove(flag);
    const auto script = "if [ -e " + flag.string() + " ]; then exec " + std::string(JV_BINARY) + " \"$@\"; fi\n" +
                        "touch " + flag.string() + "\nkill -SEGV $$";
    const auto engine = engine_with_worker(fake_worker("restart", script));
    auto worker = engine->make_worker();
    const auto first = engine->scan_file(*worker, kDocx, "a.docx");
    CHECK(first.verdict.kind == jv::VerdictKind::error);
    CHECK(has_reason(first, "crashed"));
    const auto second = engine->scan_file(*worker, kDocx, "a.docx");
    CHECK(second.verdict.kind == jv::VerdictKind::quarantine);
    CHECK(second.findings.size() == 1);
    std::filesystem::remove(flag);
}
