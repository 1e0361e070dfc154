#pragma once
#include <string>
#include <string_view>

#include "core/offset_map.hpp"
#include "core/result.hpp"

namespace jv {

// Text as UTF-8 with the map from its bytes back to the input bytes.
struct DecodedText {
    std::string utf8;
    OffsetMap to_input;
    std::string encoding;  // UTF-8, UTF-8 (BOM), UTF-16LE, UTF-16BE, windows-1252
};

// Decodes plain text: UTF-8 (with or without BOM), UTF-16 with a BOM, and legacy
// single-byte text that ICU's detector recognises as Latin (read as windows-1252).
// Anything else, and anything with binary control bytes, is an error: a scanner that
// guessed wrong would miss numbers and still say pass.
Result<DecodedText> decode_text(std::string bytes);

bool is_valid_utf8(std::string_view bytes);

}  // namespace jv
