#include "report/report.hpp"

#include <array>
#include <utility>

#include "report/report_writers.hpp"

namespace jv {

namespace {
using Factory = std::unique_ptr<ReportWriter> (*)(std::ostream&, const ReportContext&);
constexpr std::array<std::pair<std::string_view, Factory>, 4> kWriters{{
    {"human", &make_human_writer},
    {"json", &make_json_writer},
    {"jsonl", &make_jsonl_writer},
    {"sarif", &make_sarif_writer},
}};
}  // namespace

void ScanSummary::add(const ScanResult& r) {
    ++documents;
    bytes += r.bytes;
    findings += r.findings.size();
    switch (r.verdict.kind) {
        case VerdictKind::pass: ++passed; break;
        case VerdictKind::quarantine: ++quarantined; break;
        case VerdictKind::error: ++errors; break;
    }
}

std::unique_ptr<ReportWriter> make_report_writer(std::string_view format, std::ostream& out,
                                                 const ReportContext& context) {
    for (const auto& [name, factory] : kWriters)
        if (name == format) return factory(out, context);
    return nullptr;
}

}  // namespace jv
