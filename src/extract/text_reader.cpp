#include "extract/readers.hpp"
#include "extract/text_decode.hpp"

namespace jv {

void read_text(std::string_view bytes, ExtractSink& sink) {
    if (bytes.empty()) return;
    auto decoded = decode_text(std::string(bytes));
    if (!decoded) {
        sink.problem(decoded.error().message);
        return;
    }
    if (decoded->encoding != "UTF-8") sink.note("decoded from " + decoded->encoding);
    sink.add_part(PartKind::body, std::nullopt, std::move(decoded->utf8));
}

}  // namespace jv
