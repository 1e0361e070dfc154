// Placeholder until the Poppler reader lands: PDFs are refused, never passed.
#include "extract/readers.hpp"

namespace jv {
void read_pdf(std::string_view, ExtractSink& sink) { sink.problem("PDF cannot be read yet"); }
}  // namespace jv
