// E-mail (MIME, GMime 3): decoded headers as metadata, text and HTML bodies as the
// body, and every attachment, forwarded message and embedded file as a nested document.
#include <gmime/gmime.h>

#include <memory>
#include <mutex>

#include "extract/readers.hpp"

namespace jv {

namespace {

struct GObjectUnref {
    void operator()(gpointer p) const {
        if (p != nullptr) g_object_unref(p);
    }
};
template <typename T>
using GPtr = std::unique_ptr<T, GObjectUnref>;

struct GFree {
    void operator()(gpointer p) const { g_free(p); }
};
using GString_ = std::unique_ptr<char, GFree>;

// GMime keeps process-wide tables (charsets, parser options) that it builds once.
void ensure_gmime() {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

std::string decoded_content(GMimePart* part) {
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (content == nullptr) return {};
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());
    GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return array == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(array->data), array->len);
}

std::string headers_text(GMimeObject* object) {
    std::string out;
    GMimeHeaderList* headers = g_mime_object_get_header_list(object);
    const int count = headers == nullptr ? 0 : g_mime_header_list_get_count(headers);
    for (int i = 0; i < count; ++i) {
        GMimeHeader* h = g_mime_header_list_get_header_at(headers, i);
        const char* name = g_mime_header_get_name(h);
        const char* raw = g_mime_header_get_raw_value(h);
        if (name == nullptr || raw == nullptr) continue;
        GString_ value(g_mime_utils_header_decode_text(nullptr, raw));
        out += std::string(name) + ": " + (value ? value.get() : raw) + '\n';
    }
    return out;
}

struct Walk {
    ExtractSink* sink;
    int unnamed = 0;
};

void read_leaf(GMimeObject* object, Walk& walk) {
    ExtractSink& sink = *walk.sink;
    if (GMIME_IS_MESSAGE_PART(object)) {
        // A forwarded message: read it whole as an e-mail of its own.
        GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (inner == nullptr) return;
        GPtr<GMimeStream> stream(g_mime_stream_mem_new());
        g_mime_object_write_to_stream(GMIME_OBJECT(inner), nullptr, stream.get());
        GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
        if (array != nullptr)
            sink.nested("message-" + std::to_string(++walk.unnamed) + ".eml",
                        std::string_view(reinterpret_cast<const char*>(array->data), array->len));
        return;
    }
    if (!GMIME_IS_PART(object)) return;
    GMimePart* part = GMIME_PART(object);
    const char* filename = g_mime_part_get_filename(part);
    const bool attachment = g_mime_part_is_attachment(part) || filename != nullptr;
    GMimeContentType* type = g_mime_object_get_content_type(object);
    const bool text = type != nullptr && g_mime_content_type_is_type(type, "text", "*");
    if (text && !attachment && GMIME_IS_TEXT_PART(object)) {
        GString_ decoded(g_mime_text_part_get_text(GMIME_TEXT_PART(object)));
        if (!decoded) return;
        std::string body(decoded.get());
        if (g_mime_content_type_is_type(type, "text", "html")) read_html(body, sink);
        else sink.add_part(PartKind::body, std::nullopt, std::move(body));
        return;
    }
    const std::string content = decoded_content(part);
    if (!sink.spend_expanded(content.size())) return;
    std::string name = filename != nullptr ? filename : "part-" + std::to_string(++walk.unnamed);
    sink.nested(name, content);
}

void visit(GMimeObject*, GMimeObject* part, gpointer data) { read_leaf(part, *static_cast<Walk*>(data)); }

}  // namespace

void read_eml(std::string_view bytes, ExtractSink& sink) {
    ensure_gmime();
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message) {
        sink.problem("e-mail cannot be read");
        return;
    }
    sink.add_part(PartKind::metadata, std::nullopt, headers_text(GMIME_OBJECT(message.get())));
    GMimeObject* body = g_mime_message_get_mime_part(message.get());
    if (body == nullptr) return;
    Walk walk{&sink};
    if (GMIME_IS_MULTIPART(body)) g_mime_multipart_foreach(GMIME_MULTIPART(body), visit, &walk);
    else read_leaf(body, walk);
}

}  // namespace jv
