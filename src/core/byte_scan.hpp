#pragma once
#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jv {

// Hot loops over whole documents skip what needs no attention sixteen bytes at a time.
// Both return the index of the first byte at or after `i` that needs a look, or `n`.

// First byte that is not printable ASCII (a control byte, or one with the high bit set).
inline std::size_t skip_printable_ascii(const std::uint8_t* s, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
    // As signed bytes, controls (< 0x20) and non-ASCII (>= 0x80, negative) are both < 0x20.
    const __m128i limit = _mm_set1_epi8(0x20);
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        const int mask = _mm_movemask_epi8(_mm_cmplt_epi8(v, limit));
        if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
    while (i < n && s[i] >= 0x20 && s[i] < 0x80) ++i;
    return i;
}

// First byte a JSON string cannot hold as it is: not printable ASCII, '"' or '\\'.
inline std::size_t skip_json_plain(const std::uint8_t* s, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
    const __m128i limit = _mm_set1_epi8(0x20), quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        const __m128i stop = _mm_or_si128(_mm_cmplt_epi8(v, limit),
                                          _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        const int mask = _mm_movemask_epi8(stop);
        if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
    while (i < n && s[i] >= 0x20 && s[i] < 0x80 && s[i] != '"' && s[i] != '\\') ++i;
    return i;
}

// First byte with the high bit set (the start or middle of a non-ASCII character).
inline std::size_t skip_ascii(const std::uint8_t* s, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16) {
        const int mask = _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i)));
        if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
    while (i < n && s[i] < 0x80) ++i;
    return i;
}

// First byte equal to one of four values (the bytes that can start something to rewrite).
inline std::size_t find_any_of4(const std::uint8_t* s, std::size_t i, std::size_t n, std::uint8_t a, std::uint8_t b,
                                std::uint8_t c, std::uint8_t d) {
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8(static_cast<char>(a)), vb = _mm_set1_epi8(static_cast<char>(b));
    const __m128i vc = _mm_set1_epi8(static_cast<char>(c)), vd = _mm_set1_epi8(static_cast<char>(d));
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, vc), _mm_cmpeq_epi8(v, vd)));
        const int mask = _mm_movemask_epi8(hit);
        if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
    while (i < n && s[i] != a && s[i] != b && s[i] != c && s[i] != d) ++i;
    return i;
}

}  // namespace jv
