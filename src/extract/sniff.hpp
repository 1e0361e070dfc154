#pragma once
#include <string>
#include <string_view>

namespace jv {

// The format of a document from its first bytes, never from its name: pdf, zip, ole,
// rtf, html, eml, gzip, image, or txt for anything else (text decoding decides whether
// it really is text).
std::string sniff_format(std::string_view bytes);

// The format a file name suggests ("pdf" for "x.PDF", "docx" for "a.docx"), or empty when it suggests none.
std::string format_from_name(std::string_view path);

}  // namespace jv
