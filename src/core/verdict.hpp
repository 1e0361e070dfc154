#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "core/finding.hpp"

namespace jv {

enum class VerdictKind { pass, quarantine, error };

std::string_view to_string(VerdictKind kind);

struct Verdict {
    VerdictKind kind = VerdictKind::pass;
    std::vector<std::string> reasons;
};

// Everything a report needs about one scanned document. Parts are dropped once
// findings are made so reports cannot print clear text by accident.
struct ScanResult {
    std::string path;
    std::string sha256;
    std::uint64_t bytes = 0;
    std::string format;
    std::vector<std::string> notes;
    std::vector<Finding> findings;
    Verdict verdict;
};

}  // namespace jv
