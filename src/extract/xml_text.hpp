#pragma once
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>

#include "extract/xml_walk.hpp"

namespace jv {

// Collects the text of an XML file: from every text node, or only inside the named
// text elements (so layout whitespace between elements stays out), with a line break
// after each named block element so words of neighbouring paragraphs do not run together.
class XmlTextCollector : public XmlHandler {
public:
    XmlTextCollector(std::initializer_list<std::string_view> text_elements,
                     std::initializer_list<std::string_view> block_elements)
        : text_elements_(text_elements.begin(), text_elements.end()),
          block_elements_(block_elements.begin(), block_elements.end()) {}

    void start(std::string_view name, const std::vector<XmlAttribute>&) override {
        if (text_elements_.count(std::string(name)) != 0) ++inside_;
    }
    void end(std::string_view name) override {
        if (text_elements_.count(std::string(name)) != 0 && inside_ > 0) --inside_;
        if (block_elements_.empty() || block_elements_.count(std::string(name)) != 0) line_break();
    }
    void text(std::string_view t) override {
        if (text_elements_.empty() || inside_ > 0) text_.append(t);
    }

    std::string take() { return std::move(text_); }

private:
    void line_break() {
        if (!text_.empty() && text_.back() != '\n') text_.push_back('\n');
    }
    std::set<std::string, std::less<>> text_elements_;
    std::set<std::string, std::less<>> block_elements_;
    int inside_ = 0;
    std::string text_;
};

}  // namespace jv
