#include "extract/readers.hpp"

namespace jv {
void read_html(std::string_view, ExtractSink& sink) { sink.problem("HTML cannot be read yet"); }
}  // namespace jv
