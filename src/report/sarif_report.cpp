// SARIF 2.1.0: one run, the rule set as the driver's rules, one result per finding and
// one artifact per document (its verdict in the artifact's properties); documents that
// could not be verified are tool execution notifications of level error.
#include <ostream>

#include "report/json_model.hpp"
#include "report/report_writers.hpp"

namespace jv {

namespace {

std::string_view sarif_level(Severity s) {
    if (s >= Severity::high) return "error";
    if (s >= Severity::medium) return "warning";
    return "note";
}

nlohmann::ordered_json artifact_location(const std::string& path) { return {{"uri", path}}; }

class SarifWriter final : public ReportWriter {
public:
    SarifWriter(std::ostream& out, const ReportContext& ctx) : out_(out), ctx_(ctx) {
        for (std::size_t i = 0; i < ctx_.rules->rules.size(); ++i) {
            const Rule& rule = ctx_.rules->rules[i];
            nlohmann::ordered_json entry = {{"id", rule.id},
                                    {"name", rule.name},
                                    {"shortDescription", {{"text", rule.name}}},
                                    {"defaultConfiguration", {{"level", sarif_level(rule.severity)}}},
                                    {"properties", {{"finding_type", rule.finding_type}}}};
            if (!rule.references.empty()) entry["helpUri"] = rule.references.front();
            rules_.push_back(std::move(entry));
        }
    }

    void document(const ScanResult& r) override {
        const auto artifact_index = artifacts_.size();
        artifacts_.push_back({{"location", artifact_location(r.path)},
                              {"length", r.bytes},
                              {"hashes", {{"sha-256", r.sha256}}},
                              {"properties", {{"verdict", to_string(r.verdict.kind)},
                                              {"reasons", r.verdict.reasons},
                                              {"format", r.format}}}});
        if (r.verdict.kind == VerdictKind::error) {
            for (const auto& reason : r.verdict.reasons)
                notifications_.push_back(
                    {{"level", "error"},
                     {"message", {{"text", reason}}},
                     {"locations", {{{"physicalLocation", {{"artifactLocation", artifact_location(r.path)}}}}}}});
        }
        for (const Finding& f : r.findings) results_.push_back(result(f, r.path, artifact_index));
    }

    void finish(const ScanSummary&) override {
        const nlohmann::ordered_json log = {
            {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
            {"version", "2.1.0"},
            {"runs",
             {{{"tool",
                {{"driver",
                  {{"name", "journalvakt"},
                   {"version", ctx_.tool_version},
                   {"semanticVersion", ctx_.tool_version},
                   {"properties", {{"ruleset", ctx_.rules->version}, {"ruleset_sha256", ctx_.rules->hash}}},
                   {"rules", rules_}}}}},
               {"invocations",
                {{{"executionSuccessful", notifications_.empty()},
                  {"toolExecutionNotifications", notifications_}}}},
               {"artifacts", artifacts_},
               {"results", results_}}}}};
        out_ << dump_json(log, 2) << '\n';
        out_.flush();
    }

private:
    nlohmann::ordered_json result(const Finding& f, const std::string& path, std::size_t artifact_index) const {
        std::size_t rule_index = 0;
        for (std::size_t i = 0; i < ctx_.rules->rules.size(); ++i)
            if (ctx_.rules->rules[i].id == f.rule) rule_index = i;
        nlohmann::ordered_json location = artifact_location(path);
        location["index"] = artifact_index;
        return {{"ruleId", f.rule},
                {"ruleIndex", rule_index},
                {"level", sarif_level(f.severity)},
                {"message", {{"text", f.type + " " + f.masked}}},
                {"locations",
                 {{{"physicalLocation",
                    {{"artifactLocation", location},
                     {"region",
                      {{"byteOffset", f.span.begin},
                       {"byteLength", f.span.size()},
                       {"startLine", f.line},
                       {"snippet", {{"text", f.context}}}}}}}}}},
                {"properties", finding_to_json(f)}};
    }

    std::ostream& out_;
    ReportContext ctx_;
    nlohmann::ordered_json rules_ = nlohmann::ordered_json::array();
    nlohmann::ordered_json artifacts_ = nlohmann::ordered_json::array();
    nlohmann::ordered_json results_ = nlohmann::ordered_json::array();
    nlohmann::ordered_json notifications_ = nlohmann::ordered_json::array();
};

}  // namespace

std::unique_ptr<ReportWriter> make_sarif_writer(std::ostream& out, const ReportContext& ctx) {
    return std::make_unique<SarifWriter>(out, ctx);
}

}  // namespace jv
