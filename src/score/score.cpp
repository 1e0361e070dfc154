#include "score/score.hpp"

#include <algorithm>
#include <map>
#include <sstream>

namespace jv {

namespace {

Severity base_severity(const std::string& type, const Rule& rule, const Policy& policy) {
    for (const auto& [t, severity] : policy.severity_by_type)
        if (t == type) return severity;
    return rule.severity;
}

Severity one_step_lower(Severity s) {
    return s == Severity::info ? s : static_cast<Severity>(static_cast<int>(s) - 1);
}

}  // namespace

Scored score_candidate(const Confirmed& confirmed, const ContextCues& cues, const Rule& rule, const Policy& policy) {
    Scored out;
    out.evidence = confirmed.evidence;
    double score = confirmed.base_score;
    if (!cues.keywords.empty()) score += rule.context.keyword_boost;
    if (!cues.negative_keywords.empty()) score -= rule.context.negative_penalty;
    for (const auto& k : cues.keywords) out.evidence.push_back("keyword:" + std::string(k));
    for (const auto& k : cues.negative_keywords) out.evidence.push_back("negative-keyword:" + std::string(k));
    out.score = std::clamp(score, 0.05, 0.99);
    out.severity = base_severity(confirmed.type, rule, policy);
    if (out.score < policy.low_score_threshold) out.severity = one_step_lower(out.severity);
    return out;
}

Verdict decide_verdict(const std::vector<Finding>& findings, const std::vector<std::string>& problems,
                       const Policy& policy) {
    Verdict verdict;
    if (!problems.empty()) {
        verdict.kind = VerdictKind::error;
        verdict.reasons = problems;
    }
    std::map<std::string, int> held;
    for (const auto& f : findings)
        if (f.severity >= policy.quarantine_at) ++held[f.type + " (" + std::string(to_string(f.severity)) + ")"];
    if (held.empty()) return verdict;
    if (verdict.kind == VerdictKind::pass) verdict.kind = VerdictKind::quarantine;
    for (const auto& [what, count] : held) {
        std::ostringstream reason;
        reason << count << " x " << what;
        verdict.reasons.push_back(reason.str());
    }
    return verdict;
}

}  // namespace jv
