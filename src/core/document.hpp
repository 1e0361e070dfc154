#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/part.hpp"

namespace jv {

// A document as read: its identity, the text parts extracted from it, and every reason
// it could not be read in full. Any problem means it cannot pass.
struct Document {
    std::string path;
    std::string sha256;
    std::uint64_t bytes = 0;
    std::string format;
    std::vector<Part> parts;
    std::vector<std::string> problems;
    std::vector<std::string> notes;  // facts worth reporting that do not block, e.g. "decoded from UTF-16LE"
};

}  // namespace jv
