#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace jv {

// One document to scan, as named on the command line or found below a directory.
struct Input {
    std::filesystem::path path;  // empty for stdin
    std::string display;         // what reports call it
    bool is_stdin = false;
    std::optional<std::string> error;  // set when the entry itself could not be listed
};

// Expands files, directories (recursively, sorted, not following directory links) and
// "-" (stdin). An unreadable entry becomes an Input carrying its error, so the scan
// reports it and goes on.
// Files found below a directory whose name matches one of `exclude` (shell globs such
// as "*.gold.json") are left out; files named on the command line are always scanned.
std::vector<Input> expand_inputs(const std::vector<std::string>& args, const std::vector<std::string>& exclude = {});

}  // namespace jv
