#pragma once
#include <functional>
#include <vector>

#include "cli/inputs.hpp"
#include "core/verdict.hpp"
#include "pipeline/engine.hpp"

namespace jv {

struct RunConfig {
    unsigned jobs = 1;
};

// Scans inputs on `jobs` threads, each with its own worker, and hands results to
// `emit` in input order (a finished document waits for those before it).
void run_scan(const Engine& engine, const std::vector<Input>& inputs, const RunConfig& config,
              const std::function<void(const ScanResult&)>& emit);

}  // namespace jv
