#pragma once
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

#include "core/document.hpp"

namespace jv {

enum class OcrMode { off, automatic, require };

// Limits on what one document may cost, and how extraction runs. Hitting a limit makes
// the document `error` with the limit named; defaults suit a journal's daily documents.
struct ExtractConfig {
    std::uint64_t max_file_bytes = 256ull << 20;      // input size
    std::uint64_t max_expanded_bytes = 1ull << 30;    // all decompressed members of one document together
    // Per member larger than 1 MiB. Deflate's ceiling is about 1032:1, which zip bombs
    // reach; ordinary Office XML stays far below 100:1.
    double max_compression_ratio = 500.0;
    std::size_t max_entries = 10000;                  // members of one archive
    int max_depth = 8;                                // containers inside containers
    int max_xml_depth = 256;                          // element nesting in one XML file
    std::uint64_t max_text_bytes = 256ull << 20;      // extracted text of one document
    std::chrono::milliseconds timeout{60000};         // wall clock per document (isolated extraction)
    std::uint64_t max_worker_memory = 4ull << 30;     // address space of an extraction worker
    OcrMode ocr = OcrMode::automatic;
    // The journalvakt binary to run as an extraction worker; empty extracts in-process
    // (tests, and formats that need no third-party parser).
    std::filesystem::path worker_binary;
};

// Reads a document from its bytes, in this process: identity (hash, size, format) and
// its text parts. Never throws for bad input: whatever could not be read is a problem.
Document extract_document(std::string path, std::string bytes, const ExtractConfig& config);

}  // namespace jv
