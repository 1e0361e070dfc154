#include "pipeline/rule_check.hpp"

#include <algorithm>

#include "score/snippet.hpp"

namespace jv {

namespace {

bool has_finding_of(const ScanResult& result, const std::string& rule) {
    return std::any_of(result.findings.begin(), result.findings.end(),
                       [&](const Finding& f) { return f.rule == rule; });
}

}  // namespace

std::vector<RuleCheckFailure> check_rule_examples(const Engine& engine, Engine::Worker& worker) {
    std::vector<RuleCheckFailure> failures;
    for (const Rule& rule : engine.rules().rules) {
        for (const auto& example : rule.examples) {
            const ScanResult r = engine.scan_bytes(worker, "example", example);
            if (!has_finding_of(r, rule.id))
                failures.push_back({rule.id, mask_digit_runs(example), "example gives no finding"});
        }
        for (const auto& example : rule.negative_examples) {
            const ScanResult r = engine.scan_bytes(worker, "negative example", example);
            if (has_finding_of(r, rule.id))
                failures.push_back({rule.id, mask_digit_runs(example), "negative example gives a finding"});
        }
    }
    return failures;
}

}  // namespace jv
