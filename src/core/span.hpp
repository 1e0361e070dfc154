#pragma once
#include <cstddef>

namespace jv {

// Byte offsets, end exclusive. A Span never says what it points into; the variable
// holding it does (original file, part text or normalised text).
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
    [[nodiscard]] std::size_t size() const { return end - begin; }
    [[nodiscard]] Span shifted(std::size_t by) const { return {begin + by, end + by}; }
    friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace jv
