#include "extract/extract.hpp"

#include "core/sha256.hpp"
#include "extract/sink.hpp"
#include "extract/sniff.hpp"
#include "extract/text_decode.hpp"

namespace jv {

namespace {

// A text file at the top level keeps its map to the file's bytes, so reports give
// offsets into the original file.
void read_top_level_text(Document& doc, std::string bytes) {
    auto decoded = decode_text(std::move(bytes));
    if (!decoded) {
        doc.problems.push_back(decoded.error().message + ", not verified");
        return;
    }
    if (decoded->encoding != "UTF-8") doc.notes.push_back("decoded from " + decoded->encoding);
    Part body;
    body.kind = PartKind::body;
    body.text = std::move(decoded->utf8);
    body.origin = std::move(decoded->to_input);
    doc.parts.push_back(std::move(body));
}

}  // namespace

Document extract_document(std::string path, std::string bytes, const ExtractConfig& config) {
    Document doc;
    doc.path = std::move(path);
    doc.bytes = bytes.size();
    doc.sha256 = sha256_hex(bytes);
    doc.format = sniff_format(bytes);
    const std::string named = format_from_name(doc.path);
    if (bytes.size() > config.max_file_bytes) {
        doc.problems.push_back("file larger than the limit of " + std::to_string(config.max_file_bytes) +
                               " bytes, not verified");
        return doc;
    }
    // An empty file named as a document format is a broken document, not an empty text.
    if (bytes.empty() && !named.empty() && named != "txt") {
        doc.problems.push_back("empty file where the name promises " + named + ", not verified");
        return doc;
    }
    if (doc.format == "txt") {
        read_top_level_text(doc, std::move(bytes));
    } else {
        ExtractSink sink(doc, config);
        extract_into(bytes, sink);
    }
    if (!named.empty() && named != doc.format)
        doc.notes.push_back("content is " + doc.format + " but the file name suggests " + named);
    return doc;
}

}  // namespace jv
