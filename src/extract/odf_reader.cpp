// OpenDocument (odt, ods, odp): body, annotations, tracked deletions, headers and
// footers of the master pages, and meta.xml.
#include "extract/office_package.hpp"
#include "extract/xml_text.hpp"

namespace jv {

namespace {

// content.xml and styles.xml. Text goes to the part of its innermost context: an
// annotation (comment), a deleted change region, a master page's header or footer, or
// the body; in spreadsheets and presentations each table or draw page is a page.
class OdfHandler : public XmlHandler {
public:
    void start(std::string_view name, const std::vector<XmlAttribute>&) override {
        if (name == "annotation") ++annotation_;
        else if (name == "tracked-changes") ++changes_;
        else if (name == "header" || name == "header-left" || name == "header-first") ++header_;
        else if (name == "footer" || name == "footer-left" || name == "footer-first") ++footer_;
        else if ((name == "table" && table_depth_++ == 0) || name == "page") {
            flush();
            ++page_;
        } else if (name == "s") current().push_back(' ');
        else if (name == "tab") current().push_back('\t');
        else if (name == "line-break") current().push_back('\n');
    }
    void end(std::string_view name) override {
        if (name == "annotation" && annotation_ > 0) --annotation_;
        else if (name == "tracked-changes" && changes_ > 0) --changes_;
        else if ((name == "header" || name == "header-left" || name == "header-first") && header_ > 0) --header_;
        else if ((name == "footer" || name == "footer-left" || name == "footer-first") && footer_ > 0) --footer_;
        else if (name == "table" && table_depth_ > 0) --table_depth_;
        // Paragraphs, and the author and date of a change or an annotation, end a line so
        // a date is not glued to the number after it.
        if (name == "p" || name == "h" || name == "creator" || name == "date" || name == "change-info") {
            std::string& s = current();
            if (!s.empty() && s.back() != '\n') s.push_back('\n');
        } else if (name == "table-cell") {
            current().push_back('\t');
        }
        if ((name == "table" && table_depth_ == 0) || name == "page") flush();
    }
    void text(std::string_view t) override {
        // Only text inside paragraphs and headings is content; the rest is layout whitespace.
        current().append(t);
    }
    void emit(ExtractSink& sink) {
        flush();
        for (auto& [kind, page, text] : parts_) sink.add_part(kind, page, std::move(text));
    }
    void set_paged(bool paged) { paged_ = paged; }

private:
    enum Slot { kBody, kComment, kDeleted, kHeader, kFooter, kSlots };
    Slot slot() const {
        if (annotation_ > 0) return kComment;
        if (changes_ > 0) return kDeleted;
        if (header_ > 0) return kHeader;
        if (footer_ > 0) return kFooter;
        return kBody;
    }
    std::string& current() { return buffers_[slot()]; }
    void flush() {
        static constexpr PartKind kKinds[kSlots] = {PartKind::body, PartKind::comment, PartKind::tracked_deletion,
                                                    PartKind::header, PartKind::footer};
        const std::optional<int> page = paged_ && page_ > 0 ? std::optional<int>(page_) : std::nullopt;
        for (int s = 0; s < kSlots; ++s) {
            if (buffers_[s].find_first_not_of(" \t\n") == std::string::npos) {
                buffers_[s].clear();
                continue;
            }
            parts_.push_back({kKinds[s], s == kBody ? page : std::nullopt, std::move(buffers_[s])});
            buffers_[s].clear();
        }
    }
    struct Pending {
        PartKind kind;
        std::optional<int> page;
        std::string text;
    };
    int annotation_ = 0, changes_ = 0, header_ = 0, footer_ = 0, table_depth_ = 0, page_ = 0;
    bool paged_ = false;
    std::string buffers_[kSlots];
    std::vector<Pending> parts_;
};

std::string mimetype_of(const ZipArchive& archive, ExtractSink& sink) {
    const auto* e = archive.find("mimetype");
    if (e == nullptr || e->size > 200) return {};
    auto bytes = archive.read(*e, sink);
    return bytes ? *bytes : std::string();
}

}  // namespace

bool read_odf(const ZipArchive& archive, ExtractSink& sink) {
    const std::string mimetype = mimetype_of(archive, sink);
    if (!starts_with(mimetype, "application/vnd.oasis.opendocument.")) return false;
    const bool spreadsheet = mimetype.find(".spreadsheet") != std::string::npos;
    const bool presentation = mimetype.find(".presentation") != std::string::npos;
    sink.set_format(spreadsheet ? "ods" : presentation ? "odp" : "odt");
    for (const char* member : {"content.xml", "styles.xml"}) {
        const auto* e = archive.find(member);
        if (e == nullptr) {
            if (std::string_view(member) == "content.xml") sink.problem("OpenDocument without content.xml");
            continue;
        }
        OdfHandler handler;
        handler.set_paged((spreadsheet || presentation) && std::string_view(member) == "content.xml");
        if (walk_member(archive, *e, handler, sink)) handler.emit(sink);
    }
    if (const auto* e = archive.find("meta.xml")) {
        XmlTextCollector collector({}, {});
        if (walk_member(archive, *e, collector, sink)) sink.add_part(PartKind::metadata, std::nullopt, collector.take());
    }
    return true;
}

}  // namespace jv
