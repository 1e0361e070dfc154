#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/document.hpp"
#include "extract/extract.hpp"

namespace jv {

// Where a format reader puts what it found. A reader for a container hands each
// member to `nested`, which reads it with the right reader one level deeper and names
// its parts "attachment:<name>/<part>". Shared by all levels of one document: the
// budget of decompressed bytes and of extracted text.
class ExtractSink {
public:
    ExtractSink(Document& doc, const ExtractConfig& config);

    void add_part(PartKind kind, std::optional<int> page, std::string text);
    // A part that runs over pages; `page_starts` gives the offset where each page begins.
    void add_paged_part(PartKind kind, std::string text, std::vector<std::pair<std::size_t, int>> page_starts);
    // A reason the document cannot be verified; the location is added for nested documents.
    void problem(const std::string& what);
    void note(const std::string& what);
    // Reads a member, attachment or embedded file as a document of its own.
    void nested(const std::string& name, std::string_view bytes);
    // Sets the document's format (only the outermost level names it).
    void set_format(const std::string& format);

    // Counts decompressed bytes against the document's budget; false (and a problem)
    // once the budget is spent.
    [[nodiscard]] bool spend_expanded(std::uint64_t bytes);
    [[nodiscard]] std::uint64_t expanded_left() const;

    [[nodiscard]] const ExtractConfig& config() const { return config_; }
    [[nodiscard]] int depth() const { return depth_; }
    [[nodiscard]] bool outermost() const { return depth_ == 0; }
    // The file's path at the outermost level, the member or attachment name inside.
    [[nodiscard]] const std::string& name() const { return name_; }

private:
    struct Budget {
        std::uint64_t expanded = 0;
        std::uint64_t text = 0;
        bool expanded_reported = false;
        bool text_reported = false;
    };
    ExtractSink(Document& doc, const ExtractConfig& config, std::string name, std::string prefix, int depth,
                std::shared_ptr<Budget> budget);

    Document& doc_;
    const ExtractConfig& config_;
    std::string name_;
    std::string prefix_;  // "" or "attachment:a.zip/attachment:b.docx/"
    int depth_ = 0;
    std::shared_ptr<Budget> budget_;
};

// Reads `bytes` with the reader its content calls for (sniffed, never by name).
void extract_into(std::string_view bytes, ExtractSink& sink);

}  // namespace jv
