#pragma once
#include <string_view>

#include "extract/sink.hpp"

namespace jv {

// One reader per format family; each puts parts, problems and nested documents into the
// sink and never throws for bad input. `extract_into` picks the reader from content.
void read_text(std::string_view bytes, ExtractSink& sink);  // UTF-8, UTF-16, windows-1252
void read_pdf(std::string_view bytes, ExtractSink& sink);   // Poppler; OCR for image-only pages
void read_zip(std::string_view bytes, ExtractSink& sink);   // OOXML, ODF, or an archive of documents
void read_html(std::string_view bytes, ExtractSink& sink);  // libxml2's HTML parser
void read_eml(std::string_view bytes, ExtractSink& sink);   // MIME e-mail with attachments (GMime)

}  // namespace jv
