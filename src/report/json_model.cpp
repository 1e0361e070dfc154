#include "report/json_model.hpp"

namespace jv {

nlohmann::ordered_json finding_to_json(const Finding& f) {
    return {
        {"type", f.type},
        {"rule", f.rule},
        {"severity", to_string(f.severity)},
        {"score", std::round(f.score * 100.0) / 100.0},
        {"start", f.span.begin},
        {"end", f.span.end},
        {"line", f.line},
        {"part", f.part},
        {"page", f.page ? nlohmann::ordered_json(*f.page) : nlohmann::ordered_json(nullptr)},
        {"masked", f.masked},
        {"context", f.context},
        {"evidence", f.evidence},
    };
}

nlohmann::ordered_json document_to_json(const ScanResult& r, const std::string& ruleset_version) {
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (const auto& f : r.findings) findings.push_back(finding_to_json(f));
    return {
        {"path", r.path},
        {"sha256", r.sha256},
        {"bytes", r.bytes},
        {"format", r.format},
        {"verdict", to_string(r.verdict.kind)},
        {"reasons", r.verdict.reasons},
        {"notes", r.notes},
        {"ruleset", ruleset_version},
        {"findings", std::move(findings)},
    };
}

std::string dump_json(const nlohmann::ordered_json& value, int indent) {
    return value.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace jv
