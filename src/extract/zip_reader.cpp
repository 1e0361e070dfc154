#include "extract/readers.hpp"

namespace jv {
void read_zip(std::string_view, ExtractSink& sink) { sink.problem("ZIP-based formats cannot be read yet"); }
}  // namespace jv
