#pragma once
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

#include "core/verdict.hpp"
#include "match/rule_set.hpp"

namespace jv {

struct ScanSummary {
    std::size_t documents = 0;
    std::size_t passed = 0;
    std::size_t quarantined = 0;
    std::size_t errors = 0;
    std::size_t findings = 0;
    std::uint64_t bytes = 0;
    double seconds = 0.0;

    void add(const ScanResult& result);
};

struct ReportContext {
    std::string tool_version;
    const RuleSet* rules = nullptr;
    bool color = false;
};

// A printer over the one finding model (as ripgrep's grep-printer): documents arrive in
// input order; `finish` closes formats that are one document (json, sarif).
class ReportWriter {
public:
    virtual ~ReportWriter() = default;
    virtual void document(const ScanResult& result) = 0;
    virtual void finish(const ScanSummary& summary) = 0;
};

// Formats: human, json, jsonl, sarif. Returns null for an unknown name.
std::unique_ptr<ReportWriter> make_report_writer(std::string_view format, std::ostream& out,
                                                 const ReportContext& context);

}  // namespace jv
