#include "normalize/case_fold.hpp"

#include <algorithm>

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/uchar.h>

namespace jv {

std::string fold_case(std::string_view utf8) {
    // ASCII folds to its lower case, and most words are ASCII: no ICU call for them.
    if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        std::string out(utf8);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        return out;
    }
    std::string out;
    icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(utf8.size()));
    UErrorCode status = U_ZERO_ERROR;
    icu::CaseMap::utf8Fold(U_FOLD_CASE_DEFAULT, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())),
                           sink, nullptr, status);
    if (U_FAILURE(status)) return std::string(utf8);
    return out;
}

}  // namespace jv
