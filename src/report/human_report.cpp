// Readable report: one line per document, findings indented under it with their masked
// context, and a summary line at the end.
#include <cstdio>
#include <ostream>

#include "report/report_writers.hpp"

namespace jv {

namespace {

std::string join(const std::vector<std::string>& items, std::string_view sep) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += sep;
        out += item;
    }
    return out;
}

std::string human_bytes(std::uint64_t bytes) {
    char buf[32];
    if (bytes >= (1u << 20)) std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / 1e6);
    else if (bytes >= 1000) std::snprintf(buf, sizeof buf, "%.1f kB", static_cast<double>(bytes) / 1e3);
    else std::snprintf(buf, sizeof buf, "%llu B", static_cast<unsigned long long>(bytes));
    return buf;
}

class HumanWriter final : public ReportWriter {
public:
    HumanWriter(std::ostream& out, const ReportContext& ctx) : out_(out), ctx_(ctx) {}

    void document(const ScanResult& r) override {
        out_ << paint(verdict_label(r.verdict.kind), r.verdict.kind) << "  " << r.path;
        if (!r.verdict.reasons.empty()) out_ << "  (" << join(r.verdict.reasons, "; ") << ")";
        out_ << '\n';
        for (const auto& note : r.notes) out_ << "    note: " << note << '\n';
        for (const Finding& f : r.findings) {
            char score[16];
            std::snprintf(score, sizeof score, "%.2f", f.score);
            out_ << "    " << f.part;
            if (f.page) out_ << " p." << *f.page;
            out_ << " line " << f.line << " [" << f.span.begin << "-" << f.span.end << ")  " << f.type << "  "
                 << to_string(f.severity) << " " << score << "  " << f.masked << "  " << f.rule << '\n';
            out_ << "        " << f.context << '\n';
            out_ << "        evidence: " << join(f.evidence, ", ") << '\n';
        }
    }

    void finish(const ScanSummary& s) override {
        char rate[64];
        std::snprintf(rate, sizeof rate, "%.2f s", s.seconds);
        out_ << '\n'
             << s.documents << " documents: " << s.passed << " pass, " << s.quarantined << " quarantine, " << s.errors
             << " error; " << s.findings << " findings; " << human_bytes(s.bytes) << " in " << rate << " (rule set "
             << ctx_.rules->version << ")\n";
        out_.flush();
    }

private:
    static std::string verdict_label(VerdictKind k) {
        switch (k) {
            case VerdictKind::pass: return "PASS      ";
            case VerdictKind::quarantine: return "QUARANTINE";
            case VerdictKind::error: return "ERROR     ";
        }
        return "ERROR     ";
    }
    std::string paint(const std::string& text, VerdictKind k) const {
        if (!ctx_.color) return text;
        const char* code = k == VerdictKind::pass ? "32" : k == VerdictKind::quarantine ? "33" : "31";
        return std::string("\x1b[") + code + "m" + text + "\x1b[0m";
    }

    std::ostream& out_;
    ReportContext ctx_;
};

}  // namespace

std::unique_ptr<ReportWriter> make_human_writer(std::ostream& out, const ReportContext& ctx) {
    return std::make_unique<HumanWriter>(out, ctx);
}

}  // namespace jv
