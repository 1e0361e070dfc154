#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace jv {

enum class Severity { info, low, medium, high, critical };

std::string_view to_string(Severity severity);
std::optional<Severity> severity_from_string(std::string_view name);

// One confirmed piece of personal data. `span` is into the original file for text input
// and into the part text otherwise. Only the masked value is ever stored here: the clear
// value stays in the document text and never reaches a report.
struct Finding {
    std::string type;  // fodselsnummer, d_nummer, h_nummer, fh_nummer, test_number, ...
    std::string rule;  // rule id, e.g. no.fnr
    Severity severity = Severity::info;
    double score = 0.0;
    Span span;
    std::size_t line = 0;  // 1-based line of span.begin in the part
    std::string part = "body";
    std::optional<int> page;
    std::string masked;
    std::string context;  // masked snippet around the finding
    std::vector<std::string> evidence;
};

}  // namespace jv
