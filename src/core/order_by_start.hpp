#pragma once
#include <algorithm>
#include <cstddef>
#include <vector>

namespace jv {

// `items` (anything with a `span`) ordered by start; at one start the longer span first
// when `longest_first`, else in their order. Findings are large: the indices are sorted,
// then each item is moved once.
template <typename T>
void order_by_start(std::vector<T>& items, bool longest_first = false) {
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto& x = items[a].span;
        const auto& y = items[b].span;
        return x.begin != y.begin ? x.begin < y.begin : longest_first && x.end > y.end;
    });
    std::vector<T> sorted;
    sorted.reserve(items.size());
    for (const std::size_t i : order) sorted.push_back(std::move(items[i]));
    items = std::move(sorted);
}

}  // namespace jv
