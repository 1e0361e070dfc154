#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.hpp"

namespace jv {

struct XmlAttribute {
    std::string local_name;
    std::string value;
};

// What a format reader hears while an XML file streams past.
class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    virtual void start(std::string_view local_name, const std::vector<XmlAttribute>& attributes) = 0;
    virtual void end(std::string_view local_name) = 0;
    virtual void text(std::string_view text) = 0;
};

// Streams an XML file (libxml2's reader) to `handler`. Refuses what hostile files use:
// any document type declaration (entity expansion such as "billion laughs", external
// entities pointing at local files), nesting deeper than `max_depth`, and network
// access. Returns the reason when the file cannot be read in full.
struct XmlResult {
    bool ok = true;
    std::string problem;
};
XmlResult walk_xml(std::string_view bytes, XmlHandler& handler, int max_depth);

}  // namespace jv
