#pragma once
#include <filesystem>
#include <string>

#include "core/result.hpp"

namespace jv {

// The whole of a file's bytes, or why it could not be read.
Result<std::string> read_whole_file(const std::filesystem::path& path);

}  // namespace jv
