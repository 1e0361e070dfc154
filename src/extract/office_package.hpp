#pragma once
#include "extract/sink.hpp"
#include "extract/xml_walk.hpp"
#include "extract/zip_archive.hpp"

namespace jv {

// Office Open XML (docx, xlsx, pptx) and OpenDocument (odt, ods, odp) packages. Each
// returns false when the archive is not such a package.
bool read_ooxml(const ZipArchive& archive, ExtractSink& sink);
bool read_odf(const ZipArchive& archive, ExtractSink& sink);

// Helpers shared by the package readers.
// Reads one XML member and hands it to `handler`; problems go to the sink.
bool walk_member(const ZipArchive& archive, const ZipArchive::Entry& entry, XmlHandler& handler, ExtractSink& sink);
bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
// The number in a member name such as "ppt/slides/slide12.xml" (12), or nullopt.
std::optional<int> number_in_name(std::string_view name);

}  // namespace jv
