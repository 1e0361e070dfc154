// HTML: visible text as the body (inline elements joined, block elements broken into
// lines), title, meta tags and alt/title attributes as metadata, comments as comments.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <array>
#include <memory>
#include <vector>

#include "extract/readers.hpp"
#include "extract/text_decode.hpp"

namespace jv {

namespace {

struct DocFreer {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

std::string_view name_of(const xmlNode* n) { return n->name ? reinterpret_cast<const char*>(n->name) : ""; }

bool is_block(std::string_view name) {
    static constexpr std::array<std::string_view, 30> kBlocks{
        "p",  "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5",
        "h6", "section", "article", "header", "footer", "blockquote", "pre", "hr", "dt", "dd", "dl",
        "address", "nav", "aside", "main"};
    for (auto b : kBlocks)
        if (b == name) return true;
    return false;
}

std::string attribute(const xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    if (v == nullptr) return {};
    std::string out(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return out;
}

void line_break(std::string& s) {
    if (!s.empty() && s.back() != '\n') s.push_back('\n');
}

struct HtmlText {
    std::string body, metadata, comments;
};

// Walks the tree without recursion, so deeply nested markup cannot exhaust the stack.
HtmlText collect(const xmlNode* root, int max_depth, bool& too_deep) {
    HtmlText out;
    struct Frame {
        const xmlNode* node;
        int depth;
        bool leaving;
    };
    std::vector<Frame> stack{{root, 0, false}};
    while (!stack.empty()) {
        const Frame f = stack.back();
        stack.pop_back();
        const xmlNode* n = f.node;
        const std::string_view name = name_of(n);
        if (f.leaving) {
            if (is_block(name) || name == "title") line_break(name == "title" ? out.metadata : out.body);
            continue;
        }
        if (f.depth > max_depth) {
            too_deep = true;
            continue;
        }
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            const auto* parent = n->parent;
            const std::string_view p = parent ? name_of(parent) : "";
            if (p == "script" || p == "style") continue;
            const char* text = reinterpret_cast<const char*>(n->content);
            if (text != nullptr) (p == "title" ? out.metadata : out.body).append(text);
            continue;
        }
        if (n->type == XML_COMMENT_NODE) {
            if (n->content != nullptr) {
                out.comments.append(reinterpret_cast<const char*>(n->content));
                line_break(out.comments);
            }
            continue;
        }
        if (n->type == XML_ELEMENT_NODE) {
            if (name == "meta") {
                const std::string content = attribute(n, "content");
                if (!content.empty()) out.metadata += content + '\n';
            }
            for (const char* a : {"alt", "title"}) {
                const std::string v = attribute(n, a);
                if (!v.empty()) out.metadata += v + '\n';
            }
            if (name == "br") out.body.push_back('\n');
        }
        if (n->type != XML_ELEMENT_NODE && n->type != XML_HTML_DOCUMENT_NODE && n->type != XML_DOCUMENT_NODE) continue;
        stack.push_back({n, f.depth, true});
        std::vector<const xmlNode*> children;
        for (const xmlNode* c = n->children; c != nullptr; c = c->next) children.push_back(c);
        for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, f.depth + 1, false});
    }
    return out;
}

}  // namespace

void read_html(std::string_view bytes, ExtractSink& sink) {
    // Valid UTF-8 is read as UTF-8 even without a charset declaration; anything else is
    // left to libxml2's detection (meta charset, else Latin-1).
    const char* encoding = is_valid_utf8(bytes) ? "UTF-8" : nullptr;
    const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT;
    std::unique_ptr<xmlDoc, DocFreer> doc(
        htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding, options));
    if (!doc) {
        sink.problem("HTML cannot be read");
        return;
    }
    bool too_deep = false;
    HtmlText text = collect(reinterpret_cast<const xmlNode*>(doc.get()), sink.config().max_xml_depth, too_deep);
    if (too_deep) sink.problem("HTML nesting depth limit of " + std::to_string(sink.config().max_xml_depth) + " hit");
    sink.add_part(PartKind::body, std::nullopt, std::move(text.body));
    sink.add_part(PartKind::metadata, std::nullopt, std::move(text.metadata));
    sink.add_part(PartKind::comment, std::nullopt, std::move(text.comments));
}

}  // namespace jv
