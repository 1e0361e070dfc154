#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/document.hpp"
#include "extract/extract.hpp"

namespace jv {

// The wire format between the scanner and its extraction workers: length-prefixed
// fields in the machine's byte order (both ends are the same binary on the same host).
std::string encode_document(const Document& doc);
std::optional<Document> decode_document(std::string_view bytes);

std::string encode_config(const ExtractConfig& config);
std::optional<ExtractConfig> decode_config(std::string_view text);

}  // namespace jv
