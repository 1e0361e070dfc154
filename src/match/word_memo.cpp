#include "match/word_memo.hpp"

#include <algorithm>
#include <cstring>

namespace jv {

WordMemo::WordMemo(std::size_t text_size) {
    std::size_t slots = 256;
    while (slots < 8192 && slots * 32 < text_size) slots *= 2;
    slots_.resize(slots);
}

void WordMemo::keep(std::string_view word, std::uint64_t hash, const std::vector<Hit>& hits) {
    if (word.size() > kLongest || hits.size() > kMostHits) return;
    Slot& s = slots_[hash & (slots_.size() - 1)];
    s.hash = hash;
    s.size = static_cast<std::uint8_t>(word.size());
    s.hits = static_cast<std::uint8_t>(hits.size());
    std::memcpy(s.bytes, word.data(), word.size());
    std::copy(hits.begin(), hits.end(), s.hit);
}

}  // namespace jv
