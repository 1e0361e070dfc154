#pragma once
#include <string>
#include <string_view>

namespace jv {

// Unicode full case folding (ICU), so "FØDSELSNUMMER" and "fødselsnummer" compare equal.
std::string fold_case(std::string_view utf8);

}  // namespace jv
