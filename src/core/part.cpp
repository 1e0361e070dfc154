#include "core/part.hpp"

namespace jv {

std::string_view to_string(PartKind kind) {
    switch (kind) {
        case PartKind::body: return "body";
        case PartKind::header: return "header";
        case PartKind::footer: return "footer";
        case PartKind::footnote: return "footnote";
        case PartKind::comment: return "comment";
        case PartKind::tracked_insertion: return "tracked_insertion";
        case PartKind::tracked_deletion: return "tracked_deletion";
        case PartKind::metadata: return "metadata";
        case PartKind::annotation: return "annotation";
        case PartKind::form_field: return "form_field";
        case PartKind::ocr: return "ocr";
        case PartKind::attachment: return "attachment";
    }
    return "body";
}

std::optional<int> Part::page_at(std::size_t offset) const {
    std::optional<int> found = page;
    for (const auto& [start, number] : page_starts) {
        if (start > offset) break;
        found = number;
    }
    return found;
}

}  // namespace jv
