#pragma once
// Gold labels beside each fixture: X.ext.gold.json holds the verdict and findings
// ({type, start, end, line}) expected for X.ext.
#include <filesystem>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace jv::test {

using GoldFinding = std::tuple<std::string, std::size_t, std::size_t, std::size_t>;  // type, start, end, line

struct Fixture {
    std::filesystem::path file;
    std::string verdict;
    std::multiset<GoldFinding> findings;
};

inline std::vector<Fixture> fixtures_in(const std::filesystem::path& dir) {
    std::vector<Fixture> out;
    if (!std::filesystem::is_directory(dir)) return out;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
        const auto name = entry.path().filename().string();
        const std::string suffix = ".gold.json";
        if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        const auto gold = nlohmann::json::parse(read_file(entry.path()));
        Fixture f;
        f.file = entry.path().parent_path() / name.substr(0, name.size() - suffix.size());
        f.verdict = gold["verdict"];
        for (const auto& g : gold["findings"])
            f.findings.insert({g["type"], g["start"], g["end"], g.value("line", std::size_t{0})});
        out.push_back(std::move(f));
    }
    std::sort(out.begin(), out.end(), [](const Fixture& a, const Fixture& b) { return a.file < b.file; });
    return out;
}

}  // namespace jv::test
