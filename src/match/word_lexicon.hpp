#pragma once
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "core/words.hpp"
#include "match/bit_filter.hpp"

namespace jv {

// How a rule's lexicon entries are found (rule keys `caseless`, `min_literal_length`,
// `compounds`, `genitive`).
struct WordLexiconOptions {
    bool caseless = false;         // compare case-folded, æ/ø/å included
    std::size_t min_length = 1;    // shorter entries (bytes) are not looked for
    std::size_t compound_min = 0;  // an entry this long may begin a longer word; 0: whole words only
    bool genitive = false;         // "Hansens" finds "Hansen"
};

// Case folding for lexicon lookups: ASCII and Latin-1 letters without ICU (nearly all
// Norwegian text), anything else through ICU's full case folding, so the result always
// equals fold_case().
void fold_word(std::string_view word, std::string& out);

// The hash a WordLexicon files a key under (never 0).
std::uint64_t key_hash(std::string_view key);
// The first four bytes of a key (fewer if it is shorter): WordLexicon's quick test.
std::uint32_t key_head(std::string_view key);

// A word as a WordLexicon looks it up: its bytes (folded for a caseless lexicon), their
// key_hash and key_head.
struct LookupKey {
    std::string_view bytes;
    std::uint64_t hash = 0;
    std::uint32_t head = 0;
};
inline constexpr std::size_t kShortWord = 32;
struct KeyBuffer {
    char bytes[kShortWord + 8];  // a folded ASCII word of up to kShortWord bytes (and room to store by eights)
    std::string long_form;       // any other folded word
};
// The key_head of `word` read straight from the text when its first four bytes (fewer
// for a shorter word) are ASCII; false, and nothing set, otherwise.
inline bool ascii_head(std::string_view text, Span word, bool fold, std::uint32_t& head) {
    if (word.begin + 4 > text.size()) return false;
    std::uint32_t v = 0;
    std::memcpy(&v, text.data() + word.begin, 4);
    const std::uint32_t mask = word.size() >= 4 ? ~std::uint32_t{0} : (std::uint32_t{1} << (8 * word.size())) - 1;
    v &= mask;
    if ((v & 0x80808080U) != 0) return false;
    head = fold ? v | (0x20202020U & mask) : v;  // letters and digits only: 0x20 is the fold
    return true;
}

namespace key_detail {
// key_hash's steps, here so the short-word path below can inline them.
inline constexpr std::uint64_t kSeed = 0x9E3779B97F4A7C15ULL;
inline std::uint64_t mix_chunk(std::uint64_t h, std::uint64_t chunk) {
    h = (h ^ chunk) * 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 31);
}
inline std::uint64_t mix_tail(std::uint64_t h, std::uint64_t tail) {
    h = (h ^ tail) * 0x94D049BB133111EBULL;
    return (h ^ (h >> 29)) | 1;  // never 0, so 0 can mean "not hashed yet"
}
// Any key make_lookup_key's inline path does not take.
LookupKey make_lookup_key_in_full(std::string_view text, Span word, bool fold, KeyBuffer& buffer);
}  // namespace key_detail

// The key of `word` (a span of `text` from for_each_word). An exact key views the text;
// a folded one is kept in `buffer` and lives until the next folded key is made there.
// Most words are ASCII and eight bytes or shorter: one load, a mask and two multiplies.
inline LookupKey make_lookup_key(std::string_view text, Span word, bool fold, KeyBuffer& buffer) {
    using namespace key_detail;
    const std::size_t n = word.size();
    if (n > 8 || word.begin + 8 > text.size()) return make_lookup_key_in_full(text, word, fold, buffer);
    std::uint64_t v = 0;
    std::memcpy(&v, text.data() + word.begin, 8);
    const std::uint64_t low = n == 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;
    v &= low;
    std::string_view bytes = text.substr(word.begin, n);
    if (fold) {
        if ((v & 0x8080808080808080ULL) != 0) return make_lookup_key_in_full(text, word, fold, buffer);
        v |= 0x2020202020202020ULL & low;  // letters and digits only: 0x20 is the fold
        std::memcpy(buffer.bytes, &v, 8);
        bytes = std::string_view(buffer.bytes, n);
    }
    // (key_hash: a word of eight bytes is one chunk and an empty tail.)
    const std::uint64_t h = kSeed ^ n;
    const std::uint64_t hash = n == 8 ? mix_tail(mix_chunk(h, v), 0) : mix_tail(h, v);
    return {bytes, hash, static_cast<std::uint32_t>(v)};
}

// An entry found in a text: where, and which (its index among the lexicon's entries).
struct LexiconHit {
    Span span;
    std::uint32_t entry = 0;
};

// One rule's lexicon, found word by word. The text is cut into words once and each word
// is looked up in a hash table: an entry costs nothing per byte, and folding, phrases
// and compounds follow words rather than bytes. An entry of several words
// ("psykisk helsevern", "Anne-Lise") is keyed by its first word and compared in place;
// a space in an entry stands for any run of spaces and line breaks in the text.
class WordLexicon {
public:
    WordLexicon() = default;
    WordLexicon(const std::vector<std::string>& entries, WordLexiconOptions options);

    [[nodiscard]] std::size_t size() const { return entry_count_; }
    [[nodiscard]] std::size_t key_count() const { return keys_info_.size(); }
    [[nodiscard]] const WordLexiconOptions& options() const { return options_; }
    // Whether any entry's key starts with this byte (folded if caseless; a lead byte for
    // a non-ASCII letter): a lexicon of names turns away every lower-case word here.
    [[nodiscard]] bool may_start(unsigned char first) const { return first_bytes_[first]; }
    // Whether any entry starts with these first bytes (key_head): a bit test in a table
    // that stays in the cache, before the lookup in one that may not.
    [[nodiscard]] bool may_begin(std::uint32_t head) const { return heads_.may_hold(head); }

    // Appends the entries that start at `word` (a span from for_each_word): whole-word
    // entries, longer entries that begin with it, a genitive, or the longest entry that
    // begins a compound. `key` is the word as looked up (folded if caseless), `hash` its
    // key_hash. `scratch` is working memory.
    void match(std::string_view text, Span word, std::string_view key, std::uint64_t hash,
               std::vector<LexiconHit>& out, std::string& scratch) const;

    // Adds the key_hash of every key (an entry's first word) case-folded, so one filter
    // in front of several lexicons turns away a word none of them holds.
    void add_folded_keys(BitFilter& filter) const;

private:
    struct Key {
        std::uint32_t at = 0;  // into keys_
        std::uint32_t size = 0;
        std::uint32_t phrases_at = 0;  // into phrase_ids_
        std::uint32_t phrases = 0;     // entries of several words that start with this key
        std::uint32_t entry = 0;       // when the key alone is an entry: which
        bool whole = false;            // the key alone is an entry
        bool begins_compound = false;
    };
    // What follows an entry's first word: the separator (' ' for any run of white space)
    // and the byte after it. Most phrases of a key part there, so a text is compared with
    // these two bytes before it is read word by word.
    struct Junction {
        unsigned char separator = 0;
        unsigned char next = 0;
    };
    [[nodiscard]] static Junction junction_at(std::string_view s, std::size_t at);
    struct Phrase {
        std::string text;  // folded if caseless
        std::uint32_t entry = 0;
        Junction junction;  // what follows the first word
    };
    Key& insert(std::string_view key, bool whole, std::uint32_t entry);
    [[nodiscard]] const Key* find(std::string_view key, std::uint64_t hash) const;
    enum class Spelled { kWord, kNot, kMaybe };
    [[nodiscard]] Spelled spelled_at(std::string_view text, std::size_t t, std::string_view want) const;
    [[nodiscard]] std::size_t phrase_end(std::string_view text, std::size_t t, std::string_view phrase, std::size_t p,
                                         std::string& scratch) const;
    [[nodiscard]] bool ends_here(std::string_view text, std::size_t end, std::string_view entry) const;

    WordLexiconOptions options_;
    // Open addressing, half full at most: the upper 32 bits of a slot are the key's hash
    // tag, the lower ones its index in keys_info_ plus one (0: empty). Eight bytes a slot
    // keep the table of ~40,000 names near the cache.
    std::vector<std::uint64_t> slots_;
    std::vector<Key> keys_info_;
    std::string keys_;
    std::vector<std::uint32_t> phrase_ids_;  // keys' phrase lists, by Key::phrases_at
    std::vector<Phrase> phrases_;            // entries of several words
    BitFilter heads_;  // key_head of every key
    // key_hash of every key: a word that is no key mostly stops here, in a table small
    // enough for the first-level cache, before the probe of slots_.
    BitFilter keys_filter_;
    // A byte-at-a-time hash of every compound-capable key, which gives every prefix of a
    // word in one pass: only prefixes whose bit is set are looked up.
    BitFilter compound_keys_;
    std::array<bool, 256> first_bytes_{};
    std::size_t entry_count_ = 0;
};

}  // namespace jv
