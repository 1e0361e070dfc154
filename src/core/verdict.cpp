#include "core/verdict.hpp"

namespace jv {

std::string_view to_string(VerdictKind kind) {
    switch (kind) {
        case VerdictKind::pass: return "pass";
        case VerdictKind::quarantine: return "quarantine";
        case VerdictKind::error: return "error";
    }
    return "error";
}

}  // namespace jv
