// Every document fixture in corpora/documents against its gold: verdict, and for each
// finding its type, part, page and masked value; for errors, the reason.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

#include "test_support.hpp"

using namespace jv::test;

namespace {

using DocFinding = std::tuple<std::string, std::string, int, std::string>;  // type, part, page (0 = none), masked

struct DocFixture {
    std::filesystem::path file;
    nlohmann::json gold;
};

std::vector<DocFixture> document_fixtures() {
    std::vector<DocFixture> out;
    const auto dir = source_dir() / "corpora/documents";
    if (!std::filesystem::is_directory(dir)) return out;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const auto name = entry.path().filename().string();
        const std::string suffix = ".gold.json";
        if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        out.push_back({entry.path().parent_path() / name.substr(0, name.size() - suffix.size()),
                       nlohmann::json::parse(read_file(entry.path()))});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.file < b.file; });
    return out;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

void check_against_gold(const jv::ScanResult& r, const nlohmann::json& gold) {
    CHECK(std::string(jv::to_string(r.verdict.kind)) == gold["verdict"].get<std::string>());
    if (gold["verdict"] == "error") {
        const auto want = gold.value("reason_contains", std::string());
        bool found = false;
        for (const auto& reason : r.verdict.reasons) found = found || lower(reason).find(want) != std::string::npos;
        INFO("reasons: " << nlohmann::json(r.verdict.reasons).dump());
        CHECK(found);
        return;
    }
    std::multiset<DocFinding> got;
    std::multiset<DocFinding> want;
    for (const auto& f : r.findings)
        if (f.type != "test_number") got.insert({f.type, f.part, f.page.value_or(0), f.masked});
    for (const auto& g : gold["findings"])
        want.insert({g["type"], g["part"], g["page"].is_null() ? 0 : g["page"].get<int>(), g["masked"]});
    CHECK(got == want);
}

}  // namespace

TEST_CASE("document fixtures give their gold verdicts, parts and pages", "[documents]") {
    const auto fixtures = document_fixtures();
    REQUIRE(fixtures.size() >= 40);
    auto worker = builtin_engine().make_worker();
    for (const auto& fx : fixtures) {
        INFO("fixture " << fx.file.filename().string());
        check_against_gold(builtin_engine().scan_file(*worker, fx.file, fx.file.string()), fx.gold);
    }
}
