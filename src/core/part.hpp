#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/offset_map.hpp"

namespace jv {

// Where in a document a piece of text sits. Hidden places count as much as the body.
enum class PartKind {
    body, header, footer, footnote, comment, tracked_insertion, tracked_deletion,
    metadata, annotation, form_field, ocr, attachment
};

std::string_view to_string(PartKind kind);

// One piece of extracted text, UTF-8. `origin` maps offsets in `text` back to the
// original input bytes when the part is the whole of a text file (then reports give
// byte offsets into the file); for other formats it is empty and offsets stay in `text`.
struct Part {
    PartKind kind = PartKind::body;
    std::optional<int> page;
    std::string name;  // e.g. "attachment:brev.docx/word/comments.xml"; empty for the body
    std::string text;
    std::optional<OffsetMap> origin;
    // For a part that runs over several pages (a PDF's body): where in `text` each page
    // starts, in order. Empty for single-page parts, which use `page`.
    std::vector<std::pair<std::size_t, int>> page_starts;

    // The page an offset in `text` falls on.
    [[nodiscard]] std::optional<int> page_at(std::size_t offset) const;
};

}  // namespace jv
