#pragma once
#include <iosfwd>
#include <memory>

#include "report/report.hpp"

namespace jv {

// One factory per printer; report.cpp picks by name.
std::unique_ptr<ReportWriter> make_human_writer(std::ostream& out, const ReportContext& ctx);
std::unique_ptr<ReportWriter> make_json_writer(std::ostream& out, const ReportContext& ctx);
std::unique_ptr<ReportWriter> make_jsonl_writer(std::ostream& out, const ReportContext& ctx);
std::unique_ptr<ReportWriter> make_sarif_writer(std::ostream& out, const ReportContext& ctx);

}  // namespace jv
