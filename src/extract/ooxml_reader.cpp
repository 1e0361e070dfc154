// Office Open XML: every place text can hide in a docx, xlsx or pptx package.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>

#include "extract/office_package.hpp"
#include "extract/xml_text.hpp"

namespace jv {

namespace {

// Word body text, with tracked changes kept apart: deleted text (w:del/w:delText,
// w:moveFrom) and inserted text (w:ins, w:moveTo) are their own parts. Used for the
// main document, headers, footers, notes and comments alike (`main` names the part).
class WordHandler : public XmlHandler {
public:
    explicit WordHandler(PartKind main) : main_(main) {}

    void start(std::string_view name, const std::vector<XmlAttribute>&) override {
        // Text boxes are stored twice: as DrawingML and as a VML fallback for old readers.
        if (name == "Fallback") ++fallback_;
        else if (name == "del" || name == "moveFrom") ++deleted_;
        else if (name == "ins" || name == "moveTo") ++inserted_;
        else if (name == "t" || name == "delText" || name == "instrText") ++in_text_;
        else if (name == "tab") current().push_back('\t');
        else if (name == "br" || name == "cr") current().push_back('\n');
    }
    void end(std::string_view name) override {
        if (name == "Fallback" && fallback_ > 0) --fallback_;
        else if ((name == "del" || name == "moveFrom") && deleted_ > 0) --deleted_;
        else if ((name == "ins" || name == "moveTo") && inserted_ > 0) --inserted_;
        else if ((name == "t" || name == "delText" || name == "instrText") && in_text_ > 0) --in_text_;
        else if (name == "p") {
            for (std::string* s : {&body_, &deletions_, &insertions_})
                if (!s->empty() && s->back() != '\n') s->push_back('\n');
        }
    }
    void text(std::string_view t) override {
        if (in_text_ > 0 && fallback_ == 0) current().append(t);
    }
    void emit(ExtractSink& sink) {
        sink.add_part(main_, std::nullopt, std::move(body_));
        sink.add_part(PartKind::tracked_deletion, std::nullopt, std::move(deletions_));
        sink.add_part(PartKind::tracked_insertion, std::nullopt, std::move(insertions_));
    }

private:
    std::string& current() { return deleted_ > 0 ? deletions_ : inserted_ > 0 ? insertions_ : body_; }
    PartKind main_;
    int fallback_ = 0;
    int deleted_ = 0;
    int inserted_ = 0;
    int in_text_ = 0;
    std::string body_, deletions_, insertions_;
};

std::string attribute(const std::vector<XmlAttribute>& attributes, std::string_view name) {
    for (const auto& a : attributes)
        if (a.local_name == name) return a.value;
    return {};
}

// Spreadsheet numbers may be stored as 2.6111593816E+10; a clerk sees 26111593816.
std::string plain_number(const std::string& value) {
    if (value.find_first_of("eE") == std::string::npos) return value;
    double d = 0;
    const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), d);
    if (ec != std::errc() || ptr != value.data() + value.size() || std::fabs(d) >= 1e18 || std::floor(d) != d)
        return value;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", d);
    return buf;
}

// Shared strings: one entry per <si>, rich-text runs joined, phonetic hints left out.
class SharedStringsHandler : public XmlHandler {
public:
    void start(std::string_view name, const std::vector<XmlAttribute>&) override {
        if (name == "si") strings.emplace_back();
        else if (name == "rPh") ++phonetic_;
        else if (name == "t") ++in_text_;
    }
    void end(std::string_view name) override {
        if (name == "rPh" && phonetic_ > 0) --phonetic_;
        else if (name == "t" && in_text_ > 0) --in_text_;
    }
    void text(std::string_view t) override {
        if (in_text_ > 0 && phonetic_ == 0 && !strings.empty()) strings.back().append(t);
    }
    std::vector<std::string> strings;

private:
    int phonetic_ = 0;
    int in_text_ = 0;
};

// One worksheet: every cell's value (shared strings resolved, numbers as written),
// tab between cells, line break between rows.
class SheetHandler : public XmlHandler {
public:
    SheetHandler(const std::vector<std::string>& shared, std::vector<bool>& used) : shared_(shared), used_(used) {}
    void start(std::string_view name, const std::vector<XmlAttribute>& attributes) override {
        if (name == "c") {
            type_ = attribute(attributes, "t");
        } else if (name == "v" || name == "t") {
            in_value_ = true;
            value_.clear();
        }
    }
    void end(std::string_view name) override {
        if (name == "v" || name == "t") {
            in_value_ = false;
            cell_ += resolve();
        } else if (name == "c") {
            if (!cell_.empty()) text_ += cell_ + '\t';
            cell_.clear();
        } else if (name == "row") {
            if (!text_.empty() && text_.back() != '\n') text_.push_back('\n');
        }
    }
    void text(std::string_view t) override {
        if (in_value_) value_.append(t);
    }
    std::string take() { return std::move(text_); }

private:
    std::string resolve() {
        if (type_ == "s") {
            std::size_t index = 0;
            const auto [ptr, ec] = std::from_chars(value_.data(), value_.data() + value_.size(), index);
            if (ec == std::errc() && index < shared_.size()) {
                used_[index] = true;
                return shared_[index];
            }
            return {};
        }
        if (type_.empty() || type_ == "n") return plain_number(value_);
        return value_;
    }
    const std::vector<std::string>& shared_;
    std::vector<bool>& used_;
    std::string type_, value_, cell_, text_;
    bool in_value_ = false;
};

// Workbook: sheet names in order, each with its relationship id.
class WorkbookHandler : public XmlHandler {
public:
    void start(std::string_view name, const std::vector<XmlAttribute>& attributes) override {
        if (name == "sheet") sheets.emplace_back(attribute(attributes, "name"), attribute(attributes, "id"));
    }
    void end(std::string_view) override {}
    void text(std::string_view) override {}
    std::vector<std::pair<std::string, std::string>> sheets;  // name, r:id
};

class RelationshipsHandler : public XmlHandler {
public:
    void start(std::string_view name, const std::vector<XmlAttribute>& attributes) override {
        if (name == "Relationship") targets[attribute(attributes, "Id")] = attribute(attributes, "Target");
    }
    void end(std::string_view) override {}
    void text(std::string_view) override {}
    std::map<std::string, std::string> targets;
};

// "worksheets/sheet1.xml" relative to xl/, "../comments1.xml" relative to
// xl/worksheets/, or "/xl/worksheets/sheet1.xml" absolute.
std::string resolve_target(std::string base_dir, const std::string& target) {
    if (!target.empty() && target.front() == '/') return target.substr(1);
    std::string_view rest = target;
    while (starts_with(rest, "../")) {
        rest.remove_prefix(3);
        if (!base_dir.empty()) base_dir.pop_back();
        base_dir = base_dir.substr(0, base_dir.rfind('/') + 1);
    }
    return base_dir + std::string(rest);
}

// The members a part's relationships point at, e.g. a worksheet's comments.
std::vector<std::string> related_members(const ZipArchive& archive, const std::string& member, ExtractSink& sink) {
    const auto slash = member.rfind('/') + 1;
    const std::string dir = member.substr(0, slash);
    const auto* rels_entry = archive.find(dir + "_rels/" + member.substr(slash) + ".rels");
    std::vector<std::string> out;
    if (rels_entry == nullptr) return out;
    RelationshipsHandler rels;
    if (!walk_member(archive, *rels_entry, rels, sink)) return out;
    for (const auto& [id, target] : rels.targets) out.push_back(resolve_target(dir, target));
    return out;
}

void read_metadata(const ZipArchive& archive, ExtractSink& sink) {
    for (const auto& e : archive.entries()) {
        if (!starts_with(e.name, "docProps/") || !ends_with(e.name, ".xml")) continue;
        XmlTextCollector collector({}, {});
        if (walk_member(archive, e, collector, sink)) sink.add_part(PartKind::metadata, std::nullopt, collector.take());
    }
}

void read_embedded(const ZipArchive& archive, ExtractSink& sink, std::string_view folder) {
    for (const auto& e : archive.entries()) {
        if (e.directory || !starts_with(e.name, folder)) continue;
        if (auto bytes = archive.read(e, sink)) sink.nested(e.name, *bytes);
    }
}

void read_word(const ZipArchive& archive, ExtractSink& sink) {
    sink.set_format("docx");
    for (const auto& e : archive.entries()) {
        if (!starts_with(e.name, "word/") || !ends_with(e.name, ".xml") || e.name.find('/', 5) != std::string::npos)
            continue;
        const std::string base = e.name.substr(5);
        std::optional<PartKind> kind;
        if (base == "document.xml") kind = PartKind::body;
        else if (starts_with(base, "header")) kind = PartKind::header;
        else if (starts_with(base, "footer")) kind = PartKind::footer;
        else if (base == "footnotes.xml" || base == "endnotes.xml") kind = PartKind::footnote;
        else if (starts_with(base, "comments")) kind = PartKind::comment;
        else if (base == "people.xml") kind = PartKind::metadata;
        if (!kind) continue;
        WordHandler handler(*kind);
        if (walk_member(archive, e, handler, sink)) handler.emit(sink);
    }
    read_embedded(archive, sink, "word/embeddings/");
}

void read_sheets(const ZipArchive& archive, ExtractSink& sink) {
    sink.set_format("xlsx");
    SharedStringsHandler shared;
    if (const auto* e = archive.find("xl/sharedStrings.xml")) walk_member(archive, *e, shared, sink);
    std::vector<bool> used(shared.strings.size(), false);

    WorkbookHandler workbook;
    RelationshipsHandler rels;
    if (const auto* e = archive.find("xl/workbook.xml")) walk_member(archive, *e, workbook, sink);
    if (const auto* e = archive.find("xl/_rels/workbook.xml.rels")) walk_member(archive, *e, rels, sink);
    std::map<std::string, int> comment_pages;  // comments member -> page of its sheet
    int page = 0;
    for (const auto& [name, id] : workbook.sheets) {
        sink.add_part(PartKind::metadata, ++page, name);
        const auto target = rels.targets.find(id);
        if (target == rels.targets.end()) continue;
        const auto* e = archive.find(resolve_target("xl/", target->second));
        if (e == nullptr) continue;
        SheetHandler sheet(shared.strings, used);
        if (walk_member(archive, *e, sheet, sink)) sink.add_part(PartKind::body, page, sheet.take());
        for (const auto& related : related_members(archive, e->name, sink)) comment_pages[related] = page;
    }
    // Strings no cell points at are still in the file, so they are still read.
    std::string unused;
    for (std::size_t i = 0; i < shared.strings.size(); ++i)
        if (!used[i]) unused += shared.strings[i] + '\n';
    sink.add_part(PartKind::body, std::nullopt, std::move(unused));
    for (const auto& e : archive.entries()) {
        const bool comments = (starts_with(e.name, "xl/comments") || starts_with(e.name, "xl/threadedComments/")) &&
                              ends_with(e.name, ".xml");
        if (!comments) continue;
        XmlTextCollector collector({"t", "text"}, {"comment", "si", "threadedComment", "p"});
        const auto on_sheet = comment_pages.find(e.name);
        const std::optional<int> comment_page =
            on_sheet == comment_pages.end() ? std::nullopt : std::optional<int>(on_sheet->second);
        if (walk_member(archive, e, collector, sink)) sink.add_part(PartKind::comment, comment_page, collector.take());
    }
    read_embedded(archive, sink, "xl/embeddings/");
}

void read_slides(const ZipArchive& archive, ExtractSink& sink) {
    sink.set_format("pptx");
    for (const auto& e : archive.entries()) {
        if (!ends_with(e.name, ".xml")) continue;
        std::optional<PartKind> kind;
        std::optional<int> page;
        if (starts_with(e.name, "ppt/slides/slide")) {
            kind = PartKind::body;
            page = number_in_name(e.name);
        } else if (starts_with(e.name, "ppt/notesSlides/notesSlide")) {
            kind = PartKind::annotation;
            page = number_in_name(e.name);
        } else if (starts_with(e.name, "ppt/comments/")) {
            kind = PartKind::comment;
        } else if (e.name == "ppt/commentAuthors.xml") {
            kind = PartKind::metadata;
        }
        if (!kind) continue;
        XmlTextCollector collector({"t", "text"}, {"p", "cm"});
        if (walk_member(archive, e, collector, sink)) sink.add_part(*kind, page, collector.take());
    }
    read_embedded(archive, sink, "ppt/embeddings/");
}

}  // namespace

bool read_ooxml(const ZipArchive& archive, ExtractSink& sink) {
    if (archive.find("[Content_Types].xml") == nullptr) return false;
    if (archive.find("word/document.xml") != nullptr) read_word(archive, sink);
    else if (archive.find("xl/workbook.xml") != nullptr) read_sheets(archive, sink);
    else if (archive.find("ppt/presentation.xml") != nullptr) read_slides(archive, sink);
    else return false;
    read_metadata(archive, sink);
    return true;
}

}  // namespace jv
