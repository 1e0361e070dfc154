#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace jv {

// What each distinct word of a text found in the word lexicons, kept so that a repeated
// word is looked up once. Prose repeats its words (a few thousand forms make up most of
// any text), and a word finds the same entries wherever it stands, unless an entry of
// several words begins with it: such words are never kept.
class WordMemo {
public:
    struct Hit {
        std::uint32_t table = 0;   // which lexicon
        std::uint32_t length = 0;  // bytes from the word's start
        std::uint32_t entry = 0;
    };
    static constexpr std::size_t kLongest = 22;  // longer words are looked up each time
    static constexpr std::size_t kMostHits = 3;

    // About one slot per 32 bytes of text (256 to 8,192): a short letter costs little to
    // set up, a long text keeps most of its vocabulary.
    explicit WordMemo(std::size_t text_size);

    // The hits kept for `word` (its exact bytes and their key_hash, never 0) and their
    // `count`, valid until the next keep(); nullptr when the word is not kept.
    [[nodiscard]] const Hit* find(std::string_view word, std::uint64_t hash, std::size_t& count) const {
        const Slot& s = slots_[hash & (slots_.size() - 1)];
        if (s.hash != hash || s.size != word.size() || std::memcmp(s.bytes, word.data(), word.size()) != 0)
            return nullptr;
        count = s.hits;
        return s.hit;
    }
    // Keeps `hits` for `word` when they fit, in place of whatever word had its slot.
    void keep(std::string_view word, std::uint64_t hash, const std::vector<Hit>& hits);

private:
    struct Slot {
        std::uint64_t hash = 0;  // 0: empty
        std::uint8_t size = 0;
        std::uint8_t hits = 0;
        char bytes[kLongest] = {};
        Hit hit[kMostHits];
    };
    std::vector<Slot> slots_;
};

}  // namespace jv
