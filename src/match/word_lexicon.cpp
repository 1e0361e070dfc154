#include "match/word_lexicon.hpp"

#include <cstring>
#include <map>

#include "core/utf8.hpp"
#include "normalize/case_fold.hpp"

namespace jv {

void fold_word(std::string_view word, std::string& out) {
    out.resize(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
        const auto c = static_cast<unsigned char>(word[i]);
        if (c < 0x80) {
            out[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            continue;
        }
        // Capital À..Þ (not ×, not ß) fold to the letter 0x20 above; any other non-ASCII
        // byte sends the whole word through ICU.
        if (c == 0xC3 && i + 1 < word.size()) {
            const auto next = static_cast<unsigned char>(word[i + 1]);
            if (next >= 0x80 && next <= 0xBF && next != 0x9F) {
                out[i] = static_cast<char>(c);
                out[i + 1] = static_cast<char>(next <= 0x9E && next != 0x97 ? next + 0x20 : next);
                ++i;
                continue;
            }
        }
        out = fold_case(word);
        return;
    }
}

namespace {

using key_detail::kSeed;
using key_detail::mix_chunk;
using key_detail::mix_tail;
// FNV-1a: the hash of each prefix of a word is one step from the one before.
constexpr std::uint64_t kPrefixSeed = 0xcbf29ce484222325ULL;
std::uint64_t prefix_step(std::uint64_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL; }
std::uint64_t load8(const char* p) {
    std::uint64_t v = 0;
    std::memcpy(&v, p, 8);
    return v;
}
// The low `bytes` bytes set (bytes < 8).
std::uint64_t low_bytes(std::size_t bytes) { return (std::uint64_t{1} << (8 * bytes)) - 1; }

}  // namespace

// A multiply-xorshift hash over 8-byte chunks (little-endian, the last one zero-padded):
// the keys are short words, hashed once per word.
std::uint64_t key_hash(std::string_view s) {
    std::uint64_t h = kSeed ^ s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) h = mix_chunk(h, load8(s.data() + i));
    std::uint64_t tail = 0;
    for (std::size_t shift = 0; i < s.size(); ++i, shift += 8)
        tail |= std::uint64_t{static_cast<unsigned char>(s[i])} << shift;
    return mix_tail(h, tail);
}

std::uint32_t key_head(std::string_view key) {
    std::uint32_t head = 0;
    for (std::size_t i = 0; i < std::min<std::size_t>(key.size(), 4); ++i)
        head |= std::uint32_t{static_cast<unsigned char>(key[i])} << (8 * i);
    return head;
}

LookupKey key_detail::make_lookup_key_in_full(std::string_view text, Span word, bool fold, KeyBuffer& buffer) {
    const char* p = text.data() + word.begin;
    const std::size_t n = word.size();
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL, kCase = 0x2020202020202020ULL;
    // Most words are short: read eight bytes at a time (never past the text); the hash is
    // key_hash's. An exact key may hold any bytes; a folded one only ASCII letters and
    // digits, folded by setting 0x20 in every byte.
    if (n <= kShortWord && word.begin + ((n + 7) & ~std::size_t{7}) <= text.size()) {
        std::uint64_t h = kSeed ^ n, seen = 0, first = 0;
        std::size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            std::uint64_t chunk = load8(p + i);
            seen |= chunk;
            if (fold) {
                chunk |= kCase;
                std::memcpy(buffer.bytes + i, &chunk, 8);  // (an exact key is the text itself)
            }
            if (i == 0) first = chunk;
            h = mix_chunk(h, chunk);
        }
        const std::size_t rest = n - i;
        std::uint64_t tail = rest == 0 ? 0 : load8(p + i) & low_bytes(rest);
        seen |= tail;
        if (fold) {
            tail |= kCase & low_bytes(rest);
            std::memcpy(buffer.bytes + i, &tail, 8);
        }
        if (i == 0) first = tail;
        if (!fold || (seen & kHigh) == 0)
            return {fold ? std::string_view(buffer.bytes, n) : text.substr(word.begin, n), mix_tail(h, tail),
                    static_cast<std::uint32_t>(first)};
    }
    std::string_view bytes = text.substr(word.begin, n);
    if (fold) {
        fold_word(bytes, buffer.long_form);
        bytes = buffer.long_form;
    }
    return {bytes, key_hash(bytes), key_head(bytes)};
}

namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

}  // namespace

WordLexicon::WordLexicon(const std::vector<std::string>& entries, WordLexiconOptions options) : options_(options) {
    std::size_t capacity = 16;
    while (capacity < entries.size() * 2) capacity *= 2;
    slots_.assign(capacity, 0);
    heads_ = keys_filter_ = compound_keys_ = BitFilter(entries.size());
    std::map<std::string, std::vector<std::uint32_t>, std::less<>> phrases_by_key;
    std::string folded;
    for (std::size_t e = 0; e < entries.size(); ++e) {
        const std::string& entry = entries[e];
        const auto id = static_cast<std::uint32_t>(e);
        if (entry.size() < options_.min_length) continue;
        std::string_view form = entry;
        if (options_.caseless) {
            fold_word(entry, folded);
            form = folded;
        }
        const std::size_t key_end = word_end_at(form, 0);
        if (key_end == 0) continue;  // starts with punctuation: no word to look it up by
        ++entry_count_;
        if (key_end == form.size()) {
            insert(form, true, id);
            continue;
        }
        phrases_by_key[std::string(form.substr(0, key_end))].push_back(static_cast<std::uint32_t>(phrases_.size()));
        phrases_.push_back({std::string(form), id, junction_at(form, key_end)});
    }
    for (const auto& [key, ids] : phrases_by_key) {
        Key& k = insert(key, false, 0);
        k.phrases_at = static_cast<std::uint32_t>(phrase_ids_.size());
        k.phrases = static_cast<std::uint32_t>(ids.size());
        phrase_ids_.insert(phrase_ids_.end(), ids.begin(), ids.end());
    }
}

WordLexicon::Key& WordLexicon::insert(std::string_view key, bool whole, std::uint32_t entry) {
    const std::uint64_t hash = key_hash(key);
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash & mask;
    for (; slots_[i] != 0; i = (i + 1) & mask) {
        Key& k = keys_info_[(slots_[i] & 0xFFFFFFFFU) - 1];
        if ((slots_[i] >> 32) == tag && std::string_view(keys_).substr(k.at, k.size) == key) break;
    }
    if (slots_[i] == 0) {
        keys_info_.push_back({static_cast<std::uint32_t>(keys_.size()), static_cast<std::uint32_t>(key.size())});
        keys_.append(key);
        slots_[i] = (std::uint64_t{tag} << 32) | keys_info_.size();
        first_bytes_[static_cast<unsigned char>(key[0])] = true;
        keys_filter_.add(hash);
        heads_.add(key_head(key));  // the key is folded already when it has to be
    }
    Key& k = keys_info_[(slots_[i] & 0xFFFFFFFFU) - 1];
    if (whole && !k.whole) {  // the first of equal entries names the hit
        k.whole = true;
        k.entry = entry;
        if (options_.compound_min > 0 && key.size() >= options_.compound_min) {
            k.begins_compound = true;
            std::uint64_t h = kPrefixSeed;
            for (const char c : key) h = prefix_step(h, c);
            compound_keys_.add(h);
        }
    }
    return k;
}

void WordLexicon::add_folded_keys(BitFilter& filter) const {
    std::string folded;
    for (const Key& k : keys_info_) {
        const std::string_view key = std::string_view(keys_).substr(k.at, k.size);
        if (options_.caseless) {
            filter.add(key_hash(key));
            continue;
        }
        fold_word(key, folded);
        filter.add(key_hash(folded));
    }
}

const WordLexicon::Key* WordLexicon::find(std::string_view key, std::uint64_t hash) const {
    if (slots_.empty() || key.empty() || !keys_filter_.may_hold(hash)) return nullptr;
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask; slots_[i] != 0; i = (i + 1) & mask) {
        if ((slots_[i] >> 32) != tag) continue;
        const Key& k = keys_info_[(slots_[i] & 0xFFFFFFFFU) - 1];
        if (k.size == key.size() && std::memcmp(keys_.data() + k.at, key.data(), key.size()) == 0) return &k;
    }
    return nullptr;
}

// An entry that ends at `end` counts if no letter or digit follows, or only a genitive
// "s", or (for an entry long enough) the rest of a compound; one that ends in punctuation
// ("f.nr.") may be followed by anything.
bool WordLexicon::ends_here(std::string_view text, std::size_t end, std::string_view entry) const {
    if (end >= text.size() || word_end_at(entry, previous_offset(entry, entry.size())) != entry.size()) return true;
    const auto next_is_alnum = [&](std::size_t at) { return word_end_at(text, at) > at; };
    if (!next_is_alnum(end)) return true;
    if (options_.genitive && text[end] == 's' && !next_is_alnum(end + 1)) return true;
    return options_.compound_min > 0 && entry.size() >= options_.compound_min;
}

// Whether the text at `t` spells `want` (a folded word of a phrase): as a whole word,
// not at all (an ASCII byte differs), or perhaps (it reads on, or a byte that is not
// ASCII differs and may fold to it).
WordLexicon::Spelled WordLexicon::spelled_at(std::string_view text, std::size_t t, std::string_view want) const {
    if (t + want.size() > text.size()) return Spelled::kMaybe;
    for (std::size_t i = 0; i < want.size(); ++i) {
        auto c = static_cast<unsigned char>(text[t + i]);
        if (options_.caseless && c >= 'A' && c <= 'Z') c += 32;
        if (c != static_cast<unsigned char>(want[i])) return c < 0x80 ? Spelled::kNot : Spelled::kMaybe;
    }
    const std::size_t end = t + want.size();
    return word_end_at(text, end) == end ? Spelled::kWord : Spelled::kMaybe;
}

// Where the rest of `phrase` (folded if caseless) from byte `p` ends when it is read
// from `t` in the text, or npos. Words must be equal; a space matches any run of white
// space, other separators themselves. The last word may begin a longer word (the caller
// decides whether that counts).
std::size_t WordLexicon::phrase_end(std::string_view text, std::size_t t, std::string_view phrase, std::size_t p,
                                    std::string& scratch) const {
    while (p < phrase.size()) {
        const std::size_t pe = word_end_at(phrase, p);
        if (pe > p) {
            // Most phrases part here: compare the first bytes before reading the word.
            if (t >= text.size()) return std::string_view::npos;
            const auto first = static_cast<unsigned char>(text[t]);
            const auto folded_first = options_.caseless && first >= 'A' && first <= 'Z' ? first + 32 : first;
            if (folded_first != static_cast<unsigned char>(phrase[p]) && first < 0x80) return std::string_view::npos;
            const std::string_view want = phrase.substr(p, pe - p);
            // Mostly the text spells the word byte for byte (ASCII capitals aside): no folding.
            if (const Spelled s = spelled_at(text, t, want); s == Spelled::kWord) {
                t += want.size();
                p = pe;
                continue;
            } else if (s == Spelled::kNot) {
                return std::string_view::npos;
            }
            const std::size_t te = word_end_at(text, t);
            if (te == t) return std::string_view::npos;
            std::string_view word = text.substr(t, te - t);
            if (options_.caseless) {
                fold_word(word, scratch);
                if (scratch.size() != word.size()) return std::string_view::npos;  // offsets would not map
                word = scratch;
            }
            if (word == want) {
                t = te;
            } else if (pe == phrase.size() && word.size() > want.size() && word.substr(0, want.size()) == want &&
                       (static_cast<unsigned char>(word[want.size()]) & 0xC0) != 0x80) {
                t += want.size();  // the last word begins a longer one: ends_here decides
            } else {
                return std::string_view::npos;
            }
            p = pe;
        } else if (phrase[p] == ' ') {
            if (t >= text.size() || !is_space(text[t])) return std::string_view::npos;
            while (t < text.size() && is_space(text[t])) ++t;
            while (p < phrase.size() && phrase[p] == ' ') ++p;
        } else {
            if (t >= text.size() || text[t] != phrase[p]) return std::string_view::npos;
            ++t;
            ++p;
        }
    }
    return t;
}

WordLexicon::Junction WordLexicon::junction_at(std::string_view s, std::size_t at) {
    Junction j;
    if (at >= s.size()) return j;
    const auto c = static_cast<unsigned char>(s[at]);
    j.separator = is_space(static_cast<char>(c)) ? ' ' : c;
    ++at;
    if (j.separator == ' ')
        while (at < s.size() && is_space(s[at])) ++at;
    if (at < s.size()) j.next = static_cast<unsigned char>(s[at]);
    return j;
}

void WordLexicon::match(std::string_view text, Span word, std::string_view key, std::uint64_t hash,
                        std::vector<LexiconHit>& out, std::string& scratch) const {
    if (const Key* k = find(key, hash)) {
        if (k->whole) out.push_back({word, k->entry});
        Junction here = k->phrases > 0 ? junction_at(text, word.end) : Junction{};
        if (options_.caseless && here.next >= 'A' && here.next <= 'Z') here.next += 32;
        for (std::uint32_t i = 0; i < k->phrases; ++i) {
            // The first word is the key itself: read on from its end.
            const Phrase& phrase = phrases_[phrase_ids_[k->phrases_at + i]];
            // (A text byte that is not ASCII may still fold to the phrase's: phrase_end decides.)
            if (phrase.junction.separator != here.separator ||
                (phrase.junction.next != here.next && here.next < 0x80 && phrase.junction.next != 0))
                continue;
            const std::size_t end = phrase_end(text, word.end, phrase.text, key.size(), scratch);
            if (end != std::string_view::npos && ends_here(text, end, phrase.text))
                out.push_back({{word.begin, end}, phrase.entry});
        }
        if (k->whole) return;
    }
    if (options_.genitive && key.size() > 1 && key.back() == 's') {
        const std::string_view base_key = key.substr(0, key.size() - 1);
        const Key* base = find(base_key, key_hash(base_key));
        if (base != nullptr && base->whole) out.push_back({{word.begin, word.end - 1}, base->entry});
    }
    // The longest entry that begins the word ("kreft" in "kreftbehandling"); offsets map
    // back only when folding kept the length. One pass hashes every prefix; the filter
    // leaves few to look up.
    if (options_.compound_min == 0 || key.size() <= options_.compound_min || key.size() != word.size()) return;
    std::size_t lengths[64];
    std::size_t count = 0;
    std::uint64_t h = kPrefixSeed;
    for (std::size_t len = 1; len < key.size() && count < 64; ++len) {
        h = prefix_step(h, key[len - 1]);
        if (len >= options_.compound_min && (static_cast<unsigned char>(key[len]) & 0xC0) != 0x80 &&
            compound_keys_.may_hold(h))
            lengths[count++] = len;
    }
    while (count > 0) {
        const std::string_view prefix_key = key.substr(0, lengths[--count]);
        const Key* prefix = find(prefix_key, key_hash(prefix_key));
        if (prefix != nullptr && prefix->begins_compound) {
            out.push_back({{word.begin, word.begin + prefix_key.size()}, prefix->entry});
            return;
        }
    }
}

}  // namespace jv
