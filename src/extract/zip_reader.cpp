// ZIP-based documents: an Office or OpenDocument package, or an archive whose members
// are read one by one as documents of their own.
#include <cctype>

#include "extract/office_package.hpp"
#include "extract/readers.hpp"
#include "extract/sniff.hpp"

namespace jv {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::optional<int> number_in_name(std::string_view name) {
    const auto dot = name.rfind('.');
    std::size_t end = dot == std::string_view::npos ? name.size() : dot;
    std::size_t begin = end;
    while (begin > 0 && std::isdigit(static_cast<unsigned char>(name[begin - 1]))) --begin;
    if (begin == end || end - begin > 6) return std::nullopt;
    return std::stoi(std::string(name.substr(begin, end - begin)));
}

bool walk_member(const ZipArchive& archive, const ZipArchive::Entry& entry, XmlHandler& handler, ExtractSink& sink) {
    auto bytes = archive.read(entry, sink);
    if (!bytes) return false;
    const XmlResult result = walk_xml(*bytes, handler, sink.config().max_xml_depth);
    if (!result.ok) sink.problem(entry.name + ": " + result.problem);
    return result.ok;
}

namespace {

void read_archive_members(const ZipArchive& archive, ExtractSink& sink) {
    for (const auto& e : archive.entries()) {
        if (e.directory) continue;
        if (auto bytes = archive.read(e, sink)) sink.nested(e.name, *bytes);
    }
}

}  // namespace

void read_zip(std::string_view bytes, ExtractSink& sink) {
    auto archive = ZipArchive::open(bytes);
    if (!archive) {
        sink.problem(archive.error().message);
        return;
    }
    if (archive->entries().size() > sink.config().max_entries) {
        sink.problem("archive has " + std::to_string(archive->entries().size()) + " members, over the limit of " +
                     std::to_string(sink.config().max_entries));
        return;
    }
    if (read_ooxml(*archive, sink) || read_odf(*archive, sink)) return;
    // A file named as an Office or OpenDocument file that is no such package is broken,
    // not an archive to pass through.
    const std::string named = format_from_name(sink.name());
    if (named == "docx" || named == "xlsx" || named == "pptx" || named == "odt" || named == "ods" || named == "odp") {
        sink.problem("not a valid " + named + " package");
        return;
    }
    if (archive->find("[Content_Types].xml") != nullptr) {
        sink.problem("Office package without a known main part");
        return;
    }
    read_archive_members(*archive, sink);
}

}  // namespace jv
