#include <catch2/catch.hpp>

#include "match/rule_set.hpp"
#include "pipeline/rule_check.hpp"
#include "test_support.hpp"

#include <unistd.h>

namespace {

std::vector<jv::SourceFile> minimal_rules(const std::string& rule_yaml) {
    return {{"ruleset.yml", "version: \"t.1\"\n"}, {"rules/x.yml", rule_yaml}};
}

}  // namespace

TEST_CASE("every built-in rule passes its examples and negative examples", "[rules]") {
    auto worker = jv::test::full_engine().make_worker();
    REQUIRE(worker.ok());
    const auto failures = jv::check_rule_examples(jv::test::full_engine(), *worker);
    for (const auto& f : failures) UNSCOPED_INFO(f.rule << ": " << f.problem << ": " << f.example);
    CHECK(failures.empty());
    std::size_t examples = 0;
    for (const auto& r : jv::test::full_engine().rules().rules) {
        CHECK_FALSE(r.examples.empty());
        CHECK_FALSE(r.negative_examples.empty());
        examples += r.examples.size();
    }
    CHECK(examples >= 10);
}

TEST_CASE("the built-in rule set equals the patterns folder", "[rules]") {
    const auto builtin = jv::load_builtin_rule_set();
    const auto from_dir = jv::load_rule_set_from_dir(jv::test::source_dir() / "patterns");
    REQUIRE(builtin.ok());
    REQUIRE(from_dir.ok());
    CHECK(builtin->hash == from_dir->hash);
    CHECK(builtin->version == from_dir->version);
}

TEST_CASE("rule loading rejects broken rule files with a clear message", "[rules]") {
    const auto unknown = jv::load_rule_set(minimal_rules(
        "rules:\n  - id: x.a\n    validator: nope\n    patterns: [{layout: a, regex: 'a'}]\n"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.find("unknown validator") != std::string::npos);

    const auto dup = jv::load_rule_set(minimal_rules(
        "rules:\n  - id: x.a\n    validator: no_identity_number\n    patterns: [{layout: a, regex: 'a'}]\n"
        "  - id: x.a\n    validator: no_identity_number\n    patterns: [{layout: a, regex: 'b'}]\n"));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().message.find("duplicate") != std::string::npos);

    const auto bad_yaml = jv::load_rule_set(minimal_rules("rules: [unclosed\n"));
    REQUIRE_FALSE(bad_yaml.ok());

    const auto undefined = jv::load_rule_set(minimal_rules(
        "rules:\n  - id: x.a\n    validator: no_identity_number\n    patterns: [{layout: a, regex: '${NOPE}'}]\n"));
    REQUIRE_FALSE(undefined.ok());
    CHECK(undefined.error().message.find("NOPE") != std::string::npos);

    const auto no_version = jv::load_rule_set({{"rules/x.yml", "rules: []\n"}});
    REQUIRE_FALSE(no_version.ok());

    const auto bad_reach = jv::load_rule_set(minimal_rules(
        "rules:\n  - id: x.a\n    validator: no_identity_number\n    patterns: [{layout: a, regex: 'a'}]\n"
        "    context: {negative_keywords: [konto], negative_reach: far}\n"));
    REQUIRE_FALSE(bad_reach.ok());
    CHECK(bad_reach.error().message.find("negative_reach") != std::string::npos);

    const auto stray_before_only = jv::load_rule_set(minimal_rules(
        "rules:\n  - id: x.a\n    validator: no_identity_number\n    patterns: [{layout: a, regex: 'a'}]\n"
        "    context: {negative_keywords: [konto], negative_before_only: [kid]}\n"));
    REQUIRE_FALSE(stray_before_only.ok());
    CHECK(stray_before_only.error().message.find("kid") != std::string::npos);
}

TEST_CASE("a pattern Vectorscan cannot compile names its rule", "[rules][match]") {
    auto rules = jv::load_rule_set(minimal_rules(
        "rules:\n  - id: x.bad\n    validator: no_identity_number\n    patterns: [{layout: a, regex: '(?<=x)a'}]\n"));
    REQUIRE(rules.ok());
    const auto engine = jv::Engine::create(std::move(*rules), {});
    REQUIRE_FALSE(engine.ok());
    CHECK(engine.error().message.find("x.bad") != std::string::npos);
}

TEST_CASE("the compiled database is cached and reused", "[match]") {
    const auto dir = std::filesystem::temp_directory_path() / ("jv-cache-test-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    jv::EngineConfig config;
    config.database.cache_dir = dir;
    auto first = jv::Engine::create(*jv::load_builtin_rule_set(), config);
    REQUIRE(first.ok());
    CHECK_FALSE(first->database_from_cache());
    auto second = jv::Engine::create(*jv::load_builtin_rule_set(), config);
    REQUIRE(second.ok());
    CHECK(second->database_from_cache());
    auto worker = second->make_worker();
    CHECK(second->scan_bytes(*worker, "t", "fnr 26111593816").findings.size() == 1);
    // A corrupt cache file is ignored, not trusted.
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        std::ofstream(entry.path(), std::ios::trunc) << "garbage";
    }
    auto third = jv::Engine::create(*jv::load_builtin_rule_set(), config);
    REQUIRE(third.ok());
    CHECK_FALSE(third->database_from_cache());
    std::filesystem::remove_all(dir);
}
