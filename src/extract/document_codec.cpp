#include "extract/document_codec.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstring>

namespace jv {

namespace {

class Writer {
public:
    void u64(std::uint64_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
    void str(std::string_view s) {
        u64(s.size());
        out_.append(s);
    }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

// Every read is bounds-checked: a worker that died mid-write or wrote garbage gives
// nullopt, never a crash in the scanner.
class Reader {
public:
    explicit Reader(std::string_view in) : in_(in) {}
    bool u64(std::uint64_t& v) {
        if (in_.size() - at_ < sizeof v) return false;
        std::memcpy(&v, in_.data() + at_, sizeof v);
        at_ += sizeof v;
        return true;
    }
    bool str(std::string& s) {
        std::uint64_t n = 0;
        if (!u64(n) || n > in_.size() - at_) return false;
        s.assign(in_.data() + at_, n);
        at_ += n;
        return true;
    }
    [[nodiscard]] bool done() const { return at_ == in_.size(); }

private:
    std::string_view in_;
    std::size_t at_ = 0;
};

void write_strings(Writer& w, const std::vector<std::string>& v) {
    w.u64(v.size());
    for (const auto& s : v) w.str(s);
}

bool read_strings(Reader& r, std::vector<std::string>& v) {
    std::uint64_t n = 0;
    if (!r.u64(n) || n > (1u << 24)) return false;
    v.resize(n);
    for (auto& s : v)
        if (!r.str(s)) return false;
    return true;
}

}  // namespace

std::string encode_document(const Document& doc) {
    Writer w;
    w.str(doc.path);
    w.str(doc.sha256);
    w.u64(doc.bytes);
    w.str(doc.format);
    write_strings(w, doc.problems);
    write_strings(w, doc.notes);
    w.u64(doc.parts.size());
    for (const Part& p : doc.parts) {
        w.u64(static_cast<std::uint64_t>(p.kind));
        w.u64(p.page ? static_cast<std::uint64_t>(*p.page) + 1 : 0);
        w.str(p.name);
        w.str(p.text);
        w.u64(p.page_starts.size());
        for (const auto& [offset, page] : p.page_starts) {
            w.u64(offset);
            w.u64(static_cast<std::uint64_t>(page));
        }
    }
    return w.take();
}

std::optional<Document> decode_document(std::string_view bytes) {
    Reader r(bytes);
    Document doc;
    std::uint64_t parts = 0;
    if (!r.str(doc.path) || !r.str(doc.sha256) || !r.u64(doc.bytes) || !r.str(doc.format) ||
        !read_strings(r, doc.problems) || !read_strings(r, doc.notes) || !r.u64(parts) || parts > (1u << 24))
        return std::nullopt;
    for (std::uint64_t i = 0; i < parts; ++i) {
        Part p;
        std::uint64_t kind = 0, page = 0;
        if (!r.u64(kind) || kind > static_cast<std::uint64_t>(PartKind::attachment) || !r.u64(page) || !r.str(p.name) ||
            !r.str(p.text))
            return std::nullopt;
        p.kind = static_cast<PartKind>(kind);
        if (page > 0) p.page = static_cast<int>(page - 1);
        std::uint64_t starts = 0;
        if (!r.u64(starts) || starts > (1u << 24)) return std::nullopt;
        for (std::uint64_t s = 0; s < starts; ++s) {
            std::uint64_t offset = 0, number = 0;
            if (!r.u64(offset) || !r.u64(number)) return std::nullopt;
            p.page_starts.emplace_back(offset, static_cast<int>(number));
        }
        doc.parts.push_back(std::move(p));
    }
    if (!r.done()) return std::nullopt;
    return doc;
}

std::string encode_config(const ExtractConfig& c) {
    return nlohmann::json{{"max_file_bytes", c.max_file_bytes},
                          {"max_expanded_bytes", c.max_expanded_bytes},
                          {"max_compression_ratio", c.max_compression_ratio},
                          {"max_entries", c.max_entries},
                          {"max_depth", c.max_depth},
                          {"max_xml_depth", c.max_xml_depth},
                          {"max_text_bytes", c.max_text_bytes},
                          {"timeout_ms", c.timeout.count()},
                          {"max_worker_memory", c.max_worker_memory},
                          {"ocr", static_cast<int>(c.ocr)}}
        .dump();
}

std::optional<ExtractConfig> decode_config(std::string_view text) {
    try {
        const auto j = nlohmann::json::parse(text);
        ExtractConfig c;
        c.max_file_bytes = j.at("max_file_bytes");
        c.max_expanded_bytes = j.at("max_expanded_bytes");
        c.max_compression_ratio = j.at("max_compression_ratio");
        c.max_entries = j.at("max_entries");
        c.max_depth = j.at("max_depth");
        c.max_xml_depth = j.at("max_xml_depth");
        c.max_text_bytes = j.at("max_text_bytes");
        c.timeout = std::chrono::milliseconds(j.at("timeout_ms").get<long long>());
        c.max_worker_memory = j.at("max_worker_memory");
        c.ocr = static_cast<OcrMode>(j.at("ocr").get<int>());
        return c;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

}  // namespace jv
