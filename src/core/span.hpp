#pragma once
#include <cstddef>

namespace jv {

// Byte offsets, end exclusive. A Span never says what it points into; the variable
// holding it does (original file, part text or normalised text).
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
    [[nodiscard]] std::size_t size() const { return end - begin; }
    friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace jv
