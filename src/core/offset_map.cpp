#include "core/offset_map.hpp"

#include <algorithm>

namespace jv {

OffsetMap OffsetMap::identity(std::size_t length) {
    OffsetMap map;
    map.append(length, length);
    return map;
}

void OffsetMap::append(std::size_t derived_len, std::size_t source_len) {
    if (derived_len == 0 && source_len == 0) return;
    const bool one_to_one = derived_len == source_len;
    if (one_to_one && !runs_.empty()) {
        Run& last = runs_.back();
        if (last.derived_len == last.source_len) {
            last.derived_len += derived_len;
            last.source_len += source_len;
            derived_total_ += derived_len;
            source_total_ += source_len;
            return;
        }
    }
    runs_.push_back({derived_total_, source_total_, derived_len, source_len});
    derived_total_ += derived_len;
    source_total_ += source_len;
}

const OffsetMap::Run* OffsetMap::run_at(std::size_t derived_offset) const {
    // The last run whose start is <= offset.
    auto it = std::upper_bound(runs_.begin(), runs_.end(), derived_offset,
                               [](std::size_t off, const Run& r) { return off < r.derived_begin; });
    if (it == runs_.begin()) return nullptr;
    return &*std::prev(it);
}

std::size_t OffsetMap::to_source(std::size_t derived_offset) const {
    if (derived_offset >= derived_total_) return source_total_;
    const Run* run = run_at(derived_offset);
    if (run == nullptr) return 0;
    const std::size_t inside = derived_offset - run->derived_begin;
    if (run->derived_len == run->source_len) return run->source_begin + inside;
    return run->source_begin;
}

Span OffsetMap::to_source(Span derived) const {
    // The end is mapped through the last byte the span includes, so bytes removed right
    // after the span (a soft hyphen) are not pulled in, and a span ending inside a
    // widened character covers the whole of its source.
    const std::size_t begin = to_source(derived.begin);
    if (derived.end <= derived.begin) return {begin, begin};
    std::size_t end = source_total_;
    if (derived.end <= derived_total_) {
        const Run* run = run_at(derived.end - 1);
        if (run == nullptr) end = 0;
        else if (run->derived_len == run->source_len) end = run->source_begin + (derived.end - run->derived_begin);
        else end = run->source_begin + run->source_len;
    }
    return {begin, std::max(begin, end)};
}

bool OffsetMap::is_identity() const {
    return runs_.size() <= 1 && derived_total_ == source_total_;
}

}  // namespace jv
