#include "extract/readers.hpp"

namespace jv {
void read_eml(std::string_view, ExtractSink& sink) { sink.problem("e-mail cannot be read yet"); }
}  // namespace jv
