#include "extract/xml_walk.hpp"

#include <libxml/xmlreader.h>

#include <memory>

namespace jv {

namespace {

struct ReaderCloser {
    void operator()(xmlTextReaderPtr r) const { xmlFreeTextReader(r); }
};

std::string_view as_view(const xmlChar* s) {
    return s == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(s));
}

// Keeps libxml2's messages out of stderr and remembers the first one.
void on_error(void* arg, const char* msg, xmlParserSeverities severity, xmlTextReaderLocatorPtr) {
    auto* first = static_cast<std::string*>(arg);
    if (severity == XML_PARSER_SEVERITY_ERROR || severity == XML_PARSER_SEVERITY_VALIDITY_ERROR) {
        if (first->empty() && msg != nullptr) {
            *first = msg;
            while (!first->empty() && (first->back() == '\n' || first->back() == ' ')) first->pop_back();
        }
    }
}

std::vector<XmlAttribute> attributes_of(xmlTextReaderPtr reader) {
    std::vector<XmlAttribute> out;
    if (xmlTextReaderHasAttributes(reader) != 1) return out;
    while (xmlTextReaderMoveToNextAttribute(reader) == 1) {
        const xmlChar* value = xmlTextReaderConstValue(reader);
        out.push_back({std::string(as_view(xmlTextReaderConstLocalName(reader))), std::string(as_view(value))});
    }
    xmlTextReaderMoveToElement(reader);
    return out;
}

}  // namespace

XmlResult walk_xml(std::string_view bytes, XmlHandler& handler, int max_depth) {
    // No NOENT (entities stay unexpanded), no DTDLOAD/DTDATTR, no network, no XInclude;
    // HUGE is left off so libxml2's own size limits stay in force.
    const int options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOWARNING | XML_PARSE_NOERROR;
    std::unique_ptr<xmlTextReader, ReaderCloser> reader(
        xmlReaderForMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr, options));
    if (!reader) return {false, "XML cannot be read"};
    std::string first_error;
    xmlTextReaderSetErrorHandler(reader.get(), on_error, &first_error);
    int rc = 0;
    while ((rc = xmlTextReaderRead(reader.get())) == 1) {
        const int type = xmlTextReaderNodeType(reader.get());
        if (xmlTextReaderDepth(reader.get()) > max_depth)
            return {false, "XML nesting depth limit of " + std::to_string(max_depth) + " hit"};
        switch (type) {
            case XML_READER_TYPE_DOCUMENT_TYPE:
            case XML_READER_TYPE_ENTITY_REFERENCE:
            case XML_READER_TYPE_ENTITY:
                return {false, "XML with a document type declaration or entities is refused"};
            case XML_READER_TYPE_ELEMENT: {
                const std::string_view name = as_view(xmlTextReaderConstLocalName(reader.get()));
                const bool empty = xmlTextReaderIsEmptyElement(reader.get()) == 1;
                handler.start(name, attributes_of(reader.get()));
                if (empty) handler.end(name);
                break;
            }
            case XML_READER_TYPE_END_ELEMENT:
                handler.end(as_view(xmlTextReaderConstLocalName(reader.get())));
                break;
            case XML_READER_TYPE_TEXT:
            case XML_READER_TYPE_CDATA:
            case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
            case XML_READER_TYPE_WHITESPACE:
                handler.text(as_view(xmlTextReaderConstValue(reader.get())));
                break;
            default:
                break;
        }
    }
    if (rc != 0) {
        std::string message = first_error.empty() ? "XML is not well-formed" : "XML is not well-formed: " + first_error;
        if (first_error.find("Excessive depth") != std::string::npos || first_error.find("depth") != std::string::npos)
            message = "XML nesting depth limit hit: " + first_error;
        if (first_error.find("ntity") != std::string::npos)
            message = "XML with entities is refused: " + first_error;
        return {false, message};
    }
    return {};
}

}  // namespace jv
