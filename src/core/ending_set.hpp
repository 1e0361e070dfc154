#pragma once
#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace jv {

// Which of many endings a word ends with, each standing for a value ("leiarane" for
// "leiar"): kept by length, so a word costs a lookup per distinct length rather than a
// comparison per ending.
class EndingSet {
public:
    // The first value added for an ending wins.
    void add(std::string ending, std::string value) {
        if (ending.empty()) return;
        if (std::find(lengths_.begin(), lengths_.end(), ending.size()) == lengths_.end()) {
            lengths_.push_back(ending.size());
            std::sort(lengths_.begin(), lengths_.end(), std::greater<>());
        }
        values_.emplace(std::move(ending), std::move(value));
    }

    // The value of the longest ending of `word` (shorter than the word when `proper`), or
    // an empty view.
    [[nodiscard]] std::string_view find(std::string_view word, bool proper) const {
        for (const std::size_t n : lengths_) {
            if (word.size() < n || (proper && word.size() == n)) continue;
            const auto it = values_.find(word.substr(word.size() - n));
            if (it != values_.end()) return it->second;
        }
        return {};
    }

    [[nodiscard]] bool empty() const { return values_.empty(); }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::string, Hash, std::equal_to<>> values_;
    std::vector<std::size_t> lengths_;  // longest first
};

}  // namespace jv
