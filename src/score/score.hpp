#pragma once
#include <string>
#include <vector>

#include "core/finding.hpp"
#include "core/verdict.hpp"
#include "match/rule_set.hpp"
#include "score/context.hpp"
#include "validate/validator.hpp"

namespace jv {

// Score and evidence of a confirmed candidate after its context is weighed:
// a keyword nearby raises it, a word for something else (account, KID) lowers it.
struct Scored {
    double score = 0.0;
    Severity severity = Severity::info;
    std::vector<std::string> evidence;
};

// Whether `score` reaches `threshold`. Scores are sums of tenths, so 0.45 - 0.05 may land
// a hair under 0.4: a tolerance far below any step keeps such sums on the right side.
inline bool score_reaches(double score, double threshold) { return score + 1e-9 >= threshold; }

Scored score_candidate(const Confirmed& confirmed, const ContextCues& cues, const Rule& rule, const Policy& policy);

// The verdict for a document: error when anything could not be read (never pass),
// quarantine when a finding reaches the policy's threshold, pass otherwise.
Verdict decide_verdict(const std::vector<Finding>& findings, const std::vector<std::string>& problems,
                       const Policy& policy);

}  // namespace jv
