#pragma once
#include <cstdint>
#include <string>

#include "core/document.hpp"

namespace jv {

// Limits on what one document may cost. Hitting one makes the document `error`.
struct ExtractConfig {
    std::uint64_t max_file_bytes = 256ull << 20;  // 256 MiB
};

// Reads a document from its bytes: identity (hash, size, format) and its text parts.
// Never throws for bad input: whatever could not be read is a problem in the result.
Document extract_document(std::string path, std::string bytes, const ExtractConfig& config);

}  // namespace jv
