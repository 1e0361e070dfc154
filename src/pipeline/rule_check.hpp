#pragma once
#include <string>
#include <vector>

#include "pipeline/engine.hpp"

namespace jv {

// One rule example that did not behave as its rule file promises.
struct RuleCheckFailure {
    std::string rule;
    std::string example;  // masked: examples hold identity numbers
    std::string problem;
};

// Runs every example (must give a finding of its rule) and negative example (must not)
// through the whole pipeline, as a document of its own.
std::vector<RuleCheckFailure> check_rule_examples(const Engine& engine, Engine::Worker& worker);

}  // namespace jv
