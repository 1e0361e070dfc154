#pragma once
#include <cstddef>
#include <vector>

#include "core/span.hpp"

namespace jv {

// Maps offsets in a derived text (decoded, normalised) back to the text it came from.
// Stored as runs: within a run where both sides have the same length the mapping is
// one-to-one; where lengths differ (a decoded multi-byte character, a removed soft
// hyphen) any offset inside the run maps to the run's start on the source side.
// Documents that need no change carry a single identity run, so the common case costs
// nothing.
class OffsetMap {
public:
    OffsetMap() = default;
    static OffsetMap identity(std::size_t length);

    // Appends a run: `derived_len` bytes of the derived text came from `source_len`
    // bytes of the source. Adjacent one-to-one runs are merged.
    void append(std::size_t derived_len, std::size_t source_len);

    [[nodiscard]] std::size_t to_source(std::size_t derived_offset) const;
    [[nodiscard]] Span to_source(Span derived) const;
    [[nodiscard]] std::size_t derived_size() const { return derived_total_; }
    [[nodiscard]] std::size_t source_size() const { return source_total_; }
    [[nodiscard]] bool is_identity() const;

private:
    struct Run {
        std::size_t derived_begin;
        std::size_t source_begin;
        std::size_t derived_len;
        std::size_t source_len;
    };
    [[nodiscard]] const Run* run_at(std::size_t derived_offset) const;
    std::vector<Run> runs_;
    std::size_t derived_total_ = 0;
    std::size_t source_total_ = 0;
};

}  // namespace jv
