#include "core/read_file.hpp"

#include <fstream>
#include <sstream>

namespace jv {

Result<std::string> read_whole_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"cannot read " + path.string()};
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace jv
