// End to end through the engine: every text fixture in corpora/ against its gold labels.
#include <catch2/catch.hpp>

#include "gold.hpp"

using namespace jv::test;

namespace {

void check_fixtures(const std::filesystem::path& dir, std::size_t at_least) {
    const auto fixtures = fixtures_in(dir);
    REQUIRE(fixtures.size() >= at_least);
    auto worker = builtin_engine().make_worker();
    for (const auto& fx : fixtures) {
        INFO("fixture " << fx.file.string());
        const auto r = builtin_engine().scan_file(*worker, fx.file, fx.file.string());
        CHECK(std::string(jv::to_string(r.verdict.kind)) == fx.verdict);
        std::multiset<GoldFinding> got;
        for (const auto& f : r.findings) got.insert({f.type, f.span.begin, f.span.end, f.line});
        CHECK(got == fx.findings);
    }
}

}  // namespace

TEST_CASE("text fixtures give their gold verdicts and findings", "[engine][corpus]") {
    check_fixtures(source_dir() / "corpora/text", 20);
}

TEST_CASE("demo corpus gives its gold verdicts and findings", "[engine][corpus]") {
    check_fixtures(source_dir() / "corpora/demo", 5);
}

TEST_CASE("an unreadable path is an error and the scan goes on", "[engine]") {
    auto worker = builtin_engine().make_worker();
    const auto missing = builtin_engine().scan_file(*worker, "/nonexistent/x.txt", "/nonexistent/x.txt");
    CHECK(missing.verdict.kind == jv::VerdictKind::error);
    const auto dir = builtin_engine().scan_file(*worker, "/", "/");
    CHECK(dir.verdict.kind == jv::VerdictKind::error);
}

TEST_CASE("a file over the size limit is an error, with its hash", "[engine][limits]") {
    auto rules = jv::RuleSet(jv::test::identity_rules());
    jv::EngineConfig config;
    config.extract.max_file_bytes = 16;
    auto engine = jv::Engine::create(std::move(rules), config);
    REQUIRE(engine.ok());
    const auto path = std::filesystem::temp_directory_path() / "jv-too-large.txt";
    std::ofstream(path) << "fnr 26111593816 and more text";
    auto worker = engine->make_worker();
    const auto r = engine->scan_file(*worker, path, path.string());
    CHECK(r.verdict.kind == jv::VerdictKind::error);
    CHECK(r.sha256.size() == 64);
    CHECK(r.findings.empty());
    std::filesystem::remove(path);
}
