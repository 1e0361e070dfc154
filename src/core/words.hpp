#pragma once
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/span.hpp"

namespace jv {

// The words of a text: maximal runs of letters and digits (Unicode), in order. Calls
// on_word(Span) for each. Sixty-four bytes are classified at a time; only blocks with
// non-ASCII bytes decode characters (and only Latin-1 letters avoid ICU there).
template <typename OnWord>
void for_each_word(std::string_view text, OnWord&& on_word);

// The end of the run of letters and digits that starts at `at` (`at` itself if none does).
std::size_t word_end_at(std::string_view text, std::size_t at);

namespace words_detail {

// Length of the letter or digit that starts at `at` (a non-ASCII byte), or 0 if the
// character there is neither (or is not valid UTF-8).
std::size_t alnum_length(std::string_view text, std::size_t at);

// Bit i set when byte i of the 64 at `p` is an ASCII letter or digit, or non-ASCII.
inline std::uint64_t candidate_bytes(const unsigned char* p) {
#if defined(__SSE2__)
    std::uint64_t mask = 0;
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
        // Unsigned "x - lo <= width" as a signed compare after moving the range to -128.
        const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
        const __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(lower, _mm_set1_epi8(0x1F)),
                                              _mm_set1_epi8(static_cast<char>(0x80 + 26)));
        const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x50)),
                                             _mm_set1_epi8(static_cast<char>(0x80 + 10)));
        const __m128i high = _mm_cmplt_epi8(v, _mm_setzero_si128());
        const auto bits = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), high)));
        mask |= std::uint64_t{bits} << (16 * k);
    }
    return mask;
#else
    std::uint64_t mask = 0;
    for (int i = 0; i < 64; ++i) {
        const unsigned char c = p[i], l = c | 0x20;
        if ((l >= 'a' && l <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) mask |= std::uint64_t{1} << i;
    }
    return mask;
#endif
}

// Clears the bits of non-ASCII bytes in `mask` (the block at `block`) that do not belong
// to a letter or digit. `pending` carries a character that runs on into the next block:
// how many of its bytes are still to come, and whether it is a letter.
struct Pending {
    unsigned bytes = 0;
    bool letter = false;
};
std::uint64_t keep_letters(std::string_view text, std::size_t block, std::uint64_t mask, std::uint64_t high,
                           Pending& pending);

// Bit i set when byte i of the 64 at `p` has its high bit set.
inline std::uint64_t high_bytes(const unsigned char* p) {
#if defined(__SSE2__)
    std::uint64_t mask = 0;
    for (int k = 0; k < 4; ++k) {
        const auto bits = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k))));
        mask |= std::uint64_t{bits} << (16 * k);
    }
    return mask;
#else
    std::uint64_t mask = 0;
    for (int i = 0; i < 64; ++i)
        if (p[i] >= 0x80) mask |= std::uint64_t{1} << i;
    return mask;
#endif
}

}  // namespace words_detail

template <typename OnWord>
void for_each_word(std::string_view text, OnWord&& on_word) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    words_detail::Pending pending;
    bool in_word = false;
    std::size_t word_begin = 0;
    unsigned char tail[64];
    for (std::size_t block = 0; block < n; block += 64) {
        const unsigned char* p = s + block;
        if (n - block < 64) {  // the last, short block: zeros after the end are separators
            std::memset(tail, 0, sizeof tail);
            std::memcpy(tail, p, n - block);
            p = tail;
        }
        std::uint64_t m = words_detail::candidate_bytes(p);
        if (const std::uint64_t high = words_detail::high_bytes(p); high != 0 || pending.bytes != 0)
            m = words_detail::keep_letters(text, block, m, high, pending);
        unsigned pos = 0;
        while (pos < 64) {
            if (!in_word) {
                const std::uint64_t starts = (m >> pos) << pos;
                if (starts == 0) break;
                pos = static_cast<unsigned>(__builtin_ctzll(starts));
                word_begin = block + pos;
                in_word = true;
            }
            const std::uint64_t ends = (~m >> pos) << pos;
            if (ends == 0) break;  // the word runs on into the next block
            pos = static_cast<unsigned>(__builtin_ctzll(ends));
            on_word(Span{word_begin, block + pos});
            in_word = false;
        }
    }
    if (in_word) on_word(Span{word_begin, n});
}

}  // namespace jv
