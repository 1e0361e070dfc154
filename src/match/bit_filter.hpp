#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace jv {

// A bit per hashed value (about sixteen bits per value added): a value whose bit is
// clear is surely not held; a set bit only costs the lookup it fails to spare. Small
// enough to stay in the cache in front of a hash table that may not.
class BitFilter {
public:
    BitFilter() = default;
    explicit BitFilter(std::size_t values) {
        std::size_t bits = 64;
        for (; bits < values * 16; bits *= 2) --shift_;
        bits_.assign(bits / 64, 0);
    }
    void add(std::uint64_t value) { bits_[bit(value) / 64] |= std::uint64_t{1} << (bit(value) % 64); }
    [[nodiscard]] bool may_hold(std::uint64_t value) const { return (bits_[bit(value) / 64] >> (bit(value) % 64)) & 1U; }

private:
    [[nodiscard]] std::size_t bit(std::uint64_t value) const {
        return static_cast<std::size_t>((value * 0x9E3779B97F4A7C15ULL) >> shift_);
    }
    std::vector<std::uint64_t> bits_ = std::vector<std::uint64_t>(1, 0);
    unsigned shift_ = 64 - 6;
};

}  // namespace jv
