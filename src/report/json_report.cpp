// json and jsonl printers.
#include <ostream>

#include "report/json_model.hpp"
#include "report/json_text.hpp"
#include "report/report_writers.hpp"

namespace jv {

namespace {

nlohmann::ordered_json summary_to_json(const ScanSummary& s) {
    return {{"documents", s.documents}, {"pass", s.passed},     {"quarantine", s.quarantined},
            {"error", s.errors},        {"findings", s.findings}, {"bytes", s.bytes}};
}

class JsonlWriter final : public ReportWriter {
public:
    JsonlWriter(std::ostream& out, const ReportContext& ctx) : out_(out), ctx_(ctx) {}
    void document(const ScanResult& r) override {
        out_ << document_to_json_line(r, ctx_.rules->version) << '\n';
    }
    void finish(const ScanSummary&) override { out_.flush(); }

private:
    std::ostream& out_;
    ReportContext ctx_;
};

class JsonWriter final : public ReportWriter {
public:
    JsonWriter(std::ostream& out, const ReportContext& ctx) : out_(out), ctx_(ctx) {}
    void document(const ScanResult& r) override { documents_.push_back(document_to_json(r, ctx_.rules->version)); }
    void finish(const ScanSummary& summary) override {
        const nlohmann::ordered_json doc = {{"tool", "journalvakt"},
                                    {"version", ctx_.tool_version},
                                    {"ruleset", ctx_.rules->version},
                                    {"documents", std::move(documents_)},
                                    {"summary", summary_to_json(summary)}};
        out_ << dump_json(doc, 2) << '\n';
        out_.flush();
    }

private:
    std::ostream& out_;
    ReportContext ctx_;
    nlohmann::ordered_json documents_ = nlohmann::ordered_json::array();
};

}  // namespace

std::unique_ptr<ReportWriter> make_jsonl_writer(std::ostream& out, const ReportContext& ctx) {
    return std::make_unique<JsonlWriter>(out, ctx);
}

std::unique_ptr<ReportWriter> make_json_writer(std::ostream& out, const ReportContext& ctx) {
    return std::make_unique<JsonWriter>(out, ctx);
}

}  // namespace jv
