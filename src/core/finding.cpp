#include "core/finding.hpp"

#include <array>
#include <utility>

namespace jv {

namespace {
constexpr std::array<std::pair<Severity, std::string_view>, 5> kNames{{
    {Severity::info, "info"},
    {Severity::low, "low"},
    {Severity::medium, "medium"},
    {Severity::high, "high"},
    {Severity::critical, "critical"},
}};
}  // namespace

std::string_view to_string(Severity severity) {
    for (const auto& [value, name] : kNames)
        if (value == severity) return name;
    return "info";
}

std::optional<Severity> severity_from_string(std::string_view name) {
    for (const auto& [value, text] : kNames)
        if (text == name) return value;
    return std::nullopt;
}

}  // namespace jv
