#include "cli/inputs.hpp"

#include <fnmatch.h>

#include <algorithm>

namespace jv {

namespace {

bool excluded(const std::filesystem::path& path, const std::vector<std::string>& exclude) {
    const std::string name = path.filename().string();
    for (const auto& pattern : exclude)
        if (::fnmatch(pattern.c_str(), name.c_str(), 0) == 0) return true;
    return false;
}

void add_directory(const std::filesystem::path& dir, const std::vector<std::string>& exclude, std::vector<Input>& out) {
    std::vector<Input> found;
    std::error_code ec;
    auto it = std::filesystem::recursive_directory_iterator(dir, std::filesystem::directory_options::skip_permission_denied, ec);
    if (ec) {
        out.push_back({dir, dir.string(), false, "cannot list directory: " + ec.message()});
        return;
    }
    for (; it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) {
            found.push_back({it->path(), it->path().string(), false, "cannot list: " + ec.message()});
            ec.clear();
            continue;
        }
        std::error_code type_ec;
        if (it->is_directory(type_ec)) {
            // Unreadable subdirectories are skipped by the iterator; report them instead.
            std::error_code open_ec;
            std::filesystem::directory_iterator probe(it->path(), open_ec);
            if (open_ec) found.push_back({it->path(), it->path().string(), false, "cannot list directory: " + open_ec.message()});
            continue;
        }
        if (excluded(it->path(), exclude)) continue;
        found.push_back({it->path(), it->path().string(), false, std::nullopt});
    }
    std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.display < b.display; });
    out.insert(out.end(), found.begin(), found.end());
}

}  // namespace

std::vector<Input> expand_inputs(const std::vector<std::string>& args, const std::vector<std::string>& exclude) {
    std::vector<Input> out;
    for (const auto& arg : args) {
        if (arg == "-") {
            out.push_back({{}, "-", true, std::nullopt});
            continue;
        }
        std::error_code ec;
        const std::filesystem::path path(arg);
        if (std::filesystem::is_directory(path, ec)) add_directory(path, exclude, out);
        else out.push_back({path, arg, false, std::nullopt});
    }
    return out;
}

}  // namespace jv
