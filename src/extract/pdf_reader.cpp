// PDF through poppler-glib: page text, metadata, annotations, form fields, embedded files,
// and OCR (Tesseract) for pages whose content is an image. Fails closed: whatever could not
// be read becomes a problem, so the document cannot pass.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <memory>
#include <new>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <cairo.h>
#include <poppler.h>

#include "extract/ocr.hpp"
#include "extract/readers.hpp"
#include "extract/running_lines.hpp"

namespace jv {

namespace {

// ---- RAII for the C handles -------------------------------------------------------------

struct GObjectUnref {
    void operator()(gpointer p) const {
        if (p) g_object_unref(p);
    }
};
template <class T>
using GObj = std::unique_ptr<T, GObjectUnref>;

struct GFreeDeleter {
    void operator()(gpointer p) const { g_free(p); }
};
using GStr = std::unique_ptr<gchar, GFreeDeleter>;

struct GErrorDeleter {
    void operator()(GError* e) const {
        if (e) g_error_free(e);
    }
};
using GErr = std::unique_ptr<GError, GErrorDeleter>;

struct GBytesDeleter {
    void operator()(GBytes* b) const {
        if (b) g_bytes_unref(b);
    }
};

template <void (*Free)(GList*)>
struct GListDeleter {
    void operator()(GList* l) const {
        if (l) Free(l);
    }
};
template <void (*Free)(GList*)>
using GListPtr = std::unique_ptr<GList, GListDeleter<Free>>;

void free_object_list(GList* l) { g_list_free_full(l, g_object_unref); }

struct LayersIterDeleter {
    void operator()(PopplerLayersIter* i) const {
        if (i) poppler_layers_iter_free(i);
    }
};
using LayersIter = std::unique_ptr<PopplerLayersIter, LayersIterDeleter>;

struct SurfaceDeleter {
    void operator()(cairo_surface_t* s) const {
        if (s) cairo_surface_destroy(s);
    }
};
struct CairoDeleter {
    void operator()(cairo_t* c) const {
        if (c) cairo_destroy(c);
    }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;
using Cairo = std::unique_ptr<cairo_t, CairoDeleter>;

// Takes ownership of a g_malloc'd string; empty for null.
std::string take(gchar* s) {
    GStr owned(s);
    return s ? std::string(s) : std::string();
}

bool blank(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') continue;
        if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xa0) {  // NBSP
            ++i;
            continue;
        }
        return false;
    }
    return true;
}

std::size_t visible_bytes(std::string_view text) {
    std::size_t n = 0;
    for (char ch : text) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')) ++n;
    }
    return n;
}

// Appends a line if it has any content and is not already there (popups repeat their
// parent's contents; XMP and Info are kept apart on purpose).
void add_line(std::vector<std::string>& lines, std::string line) {
    if (blank(line)) return;
    if (std::find(lines.begin(), lines.end(), line) != lines.end()) return;
    lines.push_back(std::move(line));
}

std::string join(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) {
        if (!out.empty()) out += '\n';
        out += l;
    }
    return out;
}

// ---- OCR ---------------------------------------------------------------------------------

constexpr int kOcrDpi = 300;
constexpr int kMinOcrDpi = 100;        // below this, text is too small to read: refuse instead
constexpr int kMaxRenderSide = 10000;  // pixels per side of one rendered page
// A page with this little text whose images cover at least this much of it is a scan with
// a stamp or header line; its image is read too.
constexpr std::size_t kSparseTextBytes = 200;
constexpr double kImageCoverage = 0.5;

struct Rendered {
    Surface surface;
    int width = 0;
    int height = 0;
    int dpi = 0;
};

// Renders the page on white at `dpi` (less if the page is huge); nullopt with `why` set
// when it cannot be done.
std::optional<Rendered> render_page(PopplerPage* page, int dpi, std::string& why) {
    double w_pt = 0, h_pt = 0;
    poppler_page_get_size(page, &w_pt, &h_pt);
    if (!(w_pt > 0) || !(h_pt > 0) || !std::isfinite(w_pt) || !std::isfinite(h_pt)) {
        why = "has no usable size";
        return std::nullopt;
    }
    const double longest = std::max(w_pt, h_pt);
    double use_dpi = dpi;
    if (longest * use_dpi / 72.0 > kMaxRenderSide) use_dpi = kMaxRenderSide * 72.0 / longest;
    if (use_dpi < dpi && use_dpi < kMinOcrDpi) {
        why = "is too large to render for OCR";
        return std::nullopt;
    }
    const double scale = use_dpi / 72.0;
    const int width = std::max(1, static_cast<int>(std::ceil(w_pt * scale)));
    const int height = std::max(1, static_cast<int>(std::ceil(h_pt * scale)));
    Surface surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height));
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
        if (cairo_surface_status(surface.get()) == CAIRO_STATUS_NO_MEMORY) throw std::bad_alloc();
        why = "cannot be rendered";
        return std::nullopt;
    }
    {
        Cairo cr(cairo_create(surface.get()));
        cairo_set_source_rgb(cr.get(), 1, 1, 1);
        cairo_paint(cr.get());
        cairo_scale(cr.get(), scale, scale);
        poppler_page_render(page, cr.get());
        if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) {
            why = "cannot be rendered";
            return std::nullopt;
        }
    }
    cairo_surface_flush(surface.get());
    return Rendered{std::move(surface), width, height, static_cast<int>(use_dpi)};
}

// True if any pixel is not (near) white.
bool has_ink(const Rendered& r) {
    const unsigned char* data = cairo_image_surface_get_data(r.surface.get());
    const int stride = cairo_image_surface_get_stride(r.surface.get());
    for (int y = 0; y < r.height; ++y) {
        const unsigned char* row = data + static_cast<std::size_t>(y) * static_cast<std::size_t>(stride);
        for (int x = 0; x < r.width * 4; ++x)
            if (row[x] < 0xf0) return true;
    }
    return false;
}

// One Tesseract per read_pdf call, made the first time a page needs it.
class LazyOcr {
public:
    OcrEngine* get() {
        if (!tried_) {
            tried_ = true;
            engine_ = OcrEngine::create("nor");
        }
        return engine_.get();
    }

private:
    bool tried_ = false;
    std::unique_ptr<OcrEngine> engine_;
};

enum class OcrWhy { image_only, mostly_image, drawn_only, required };

std::string page_label(OcrWhy why, int page) {
    const std::string n = std::to_string(page);
    switch (why) {
        case OcrWhy::image_only: return "image-only page " + n;
        case OcrWhy::mostly_image: return "scanned page " + n;
        case OcrWhy::drawn_only: return "page " + n + " without a text layer";
        case OcrWhy::required: return "page " + n;
    }
    return "page " + n;
}

void ocr_page(PopplerPage* page, int number, OcrWhy why, LazyOcr& ocr, ExtractSink& sink) {
    const std::string label = page_label(why, number);
    if (sink.config().ocr == OcrMode::off) {
        sink.problem(label + " (OCR off)");
        return;
    }
    OcrEngine* engine = ocr.get();
    if (!engine) {
        sink.problem(label + ", OCR unavailable");
        return;
    }
    std::string reason;
    auto rendered = render_page(page, kOcrDpi, reason);
    if (!rendered) {
        sink.problem(label + " " + reason);
        return;
    }
    auto text = engine->recognise(cairo_image_surface_get_data(rendered->surface.get()), rendered->width,
                                  rendered->height, cairo_image_surface_get_stride(rendered->surface.get()),
                                  rendered->dpi);
    rendered.reset();
    if (!text) {
        sink.problem(label + ", OCR failed");
        return;
    }
    if (blank(*text)) {
        // An image page with nothing legible is not verified; a page of drawings, or an
        // image beside a text layer, simply has no more text.
        if (why == OcrWhy::image_only) sink.problem(label + ", OCR found no text");
        else sink.note("OCR found no text on page " + std::to_string(number));
        return;
    }
    sink.add_part(PartKind::ocr, number, std::move(*text));
    sink.note("OCR on page " + std::to_string(number));
}

// ---- Document parts ----------------------------------------------------------------------

// Turns every optional-content layer on, so that text in hidden layers is read too.
int show_layers(PopplerLayersIter* iter) {
    int shown = 0;
    if (!iter) return 0;
    do {
        GObj<PopplerLayer> layer(poppler_layers_iter_get_layer(iter));
        if (layer && !poppler_layer_is_visible(layer.get())) {
            poppler_layer_show(layer.get());
            ++shown;
        }
        LayersIter child(poppler_layers_iter_get_child(iter));
        shown += show_layers(child.get());
    } while (poppler_layers_iter_next(iter));
    return shown;
}

void read_metadata(PopplerDocument* doc, ExtractSink& sink) {
    std::vector<std::string> lines;
    add_line(lines, take(poppler_document_get_title(doc)));
    add_line(lines, take(poppler_document_get_author(doc)));
    add_line(lines, take(poppler_document_get_subject(doc)));
    add_line(lines, take(poppler_document_get_keywords(doc)));
    add_line(lines, take(poppler_document_get_creator(doc)));
    add_line(lines, take(poppler_document_get_producer(doc)));
    add_line(lines, take(poppler_document_get_metadata(doc)));
    if (!lines.empty()) sink.add_part(PartKind::metadata, std::nullopt, join(lines));
}

// Copies an embedded file out and reads it as a document of its own.
void read_attachment(PopplerAttachment* att, const std::string& fallback_name, ExtractSink& sink,
                     std::set<std::string>& seen) {
    std::string name = (att->name && *att->name) ? std::string(att->name) : fallback_name;
    struct Collect {
        std::string bytes;
        std::uint64_t limit;
        bool over = false;
    } collect{{}, sink.expanded_left()};
    auto save = [](const gchar* buf, gsize count, gpointer data, GError** error) -> gboolean {
        auto* c = static_cast<Collect*>(data);
        if (c->bytes.size() + count > c->limit) {
            c->over = true;
            g_set_error_literal(error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "over the decompressed size limit");
            return FALSE;
        }
        c->bytes.append(buf, count);
        return TRUE;
    };
    GError* raw_error = nullptr;
    const bool ok = poppler_attachment_save_to_callback(att, save, &collect, &raw_error);
    GErr error(raw_error);
    if (collect.over) {
        (void)sink.spend_expanded(collect.limit + 1);  // reports the limit
        return;
    }
    if (!ok) {
        sink.problem("embedded file " + name + " cannot be read" + (error ? std::string(": ") + error->message : ""));
        return;
    }
    // The same file attached twice (catalogue and annotation) is read once.
    const std::string key = name + '\0' + std::to_string(collect.bytes.size()) + '\0' +
                            std::to_string(std::hash<std::string>{}(collect.bytes));
    if (!seen.insert(key).second) return;
    if (!sink.spend_expanded(collect.bytes.size())) return;
    sink.nested(name, collect.bytes);
}

void read_annotations(PopplerPage* page, int number, ExtractSink& sink,
                      std::vector<GObj<PopplerAttachment>>& file_annots) {
    std::vector<std::string> lines;
    GListPtr<poppler_page_free_annot_mapping> annots(poppler_page_get_annot_mapping(page));
    for (GList* l = annots.get(); l; l = l->next) {
        auto* mapping = static_cast<PopplerAnnotMapping*>(l->data);
        PopplerAnnot* annot = mapping ? mapping->annot : nullptr;
        if (!annot) continue;
        add_line(lines, take(poppler_annot_get_contents(annot)));
        if (POPPLER_IS_ANNOT_MARKUP(annot)) {
            auto* markup = POPPLER_ANNOT_MARKUP(annot);
            add_line(lines, take(poppler_annot_markup_get_label(markup)));
            add_line(lines, take(poppler_annot_markup_get_subject(markup)));
        }
        if (POPPLER_IS_ANNOT_FILE_ATTACHMENT(annot)) {
            GObj<PopplerAttachment> att(
                poppler_annot_file_attachment_get_attachment(POPPLER_ANNOT_FILE_ATTACHMENT(annot)));
            if (att) file_annots.push_back(std::move(att));
        }
    }
    // Link targets are text too: a URI can carry a query with a number in it.
    GListPtr<poppler_page_free_link_mapping> links(poppler_page_get_link_mapping(page));
    for (GList* l = links.get(); l; l = l->next) {
        auto* mapping = static_cast<PopplerLinkMapping*>(l->data);
        if (!mapping || !mapping->action) continue;
        const PopplerAction* action = mapping->action;
        if (action->type == POPPLER_ACTION_URI && action->uri.uri) add_line(lines, action->uri.uri);
        else if (action->type == POPPLER_ACTION_LAUNCH && action->launch.file_name)
            add_line(lines, action->launch.file_name);
    }
    if (!lines.empty()) sink.add_part(PartKind::annotation, number, join(lines));
}

// AcroForm fields belong to the document, not to a page: a field can show the same value
// through widgets on several pages. The values of all pages' widgets are one part, each
// distinct value once.
void read_form_fields(PopplerPage* page, std::vector<std::string>& lines) {
    GListPtr<poppler_page_free_form_field_mapping> fields(poppler_page_get_form_field_mapping(page));
    for (GList* l = fields.get(); l; l = l->next) {
        auto* mapping = static_cast<PopplerFormFieldMapping*>(l->data);
        PopplerFormField* field = mapping ? mapping->field : nullptr;
        if (!field) continue;
        switch (poppler_form_field_get_field_type(field)) {
            case POPPLER_FORM_FIELD_TEXT: add_line(lines, take(poppler_form_field_text_get_text(field))); break;
            case POPPLER_FORM_FIELD_CHOICE: {
                const int n = poppler_form_field_choice_get_n_items(field);
                for (int i = 0; i < n; ++i)
                    if (poppler_form_field_choice_is_item_selected(field, i))
                        add_line(lines, take(poppler_form_field_choice_get_item(field, i)));
                add_line(lines, take(poppler_form_field_choice_get_text(field)));
                break;
            }
            default: break;
        }
        add_line(lines, take(poppler_form_field_get_alternate_ui_name(field)));
    }
}

struct PageImages {
    bool any = false;
    double coverage = 0;  // fraction of the page area, overlaps counted twice
};

PageImages page_images(PopplerPage* page) {
    PageImages out;
    double w = 0, h = 0;
    poppler_page_get_size(page, &w, &h);
    GListPtr<poppler_page_free_image_mapping> images(poppler_page_get_image_mapping(page));
    double area = 0;
    for (GList* l = images.get(); l; l = l->next) {
        out.any = true;
        const auto* m = static_cast<PopplerImageMapping*>(l->data);
        if (!m) continue;
        const double x0 = std::clamp(std::min(m->area.x1, m->area.x2), 0.0, w);
        const double x1 = std::clamp(std::max(m->area.x1, m->area.x2), 0.0, w);
        const double y0 = std::clamp(std::min(m->area.y1, m->area.y2), 0.0, h);
        const double y1 = std::clamp(std::max(m->area.y1, m->area.y2), 0.0, h);
        area += (x1 - x0) * (y1 - y0);
    }
    if (w > 0 && h > 0) out.coverage = area / (w * h);
    return out;
}

void read_page(PopplerDocument* doc, int index, LazyOcr& ocr, ExtractSink& sink,
               std::vector<GObj<PopplerAttachment>>& file_annots,
               std::vector<std::string>& form_lines, std::string& page_text) {
    const int number = index + 1;
    GObj<PopplerPage> page(poppler_document_get_page(doc, index));
    if (!page) {
        sink.problem("page " + std::to_string(number) + " cannot be read");
        return;
    }
    std::string text = take(poppler_page_get_text(page.get()));
    const bool text_blank = blank(text);
    const std::size_t visible = text_blank ? 0 : visible_bytes(text);
    if (!text_blank) page_text = std::move(text);

    // Finding images costs a second pass over the page's content: only done where the
    // answer can lead to OCR.
    const bool may_ocr = text_blank || visible < kSparseTextBytes || sink.config().ocr == OcrMode::require;
    const PageImages images = may_ocr ? page_images(page.get()) : PageImages{};
    std::optional<OcrWhy> why;
    if (text_blank && images.any) why = OcrWhy::image_only;
    else if (images.any && visible < kSparseTextBytes && images.coverage >= kImageCoverage) why = OcrWhy::mostly_image;
    else if (images.any && sink.config().ocr == OcrMode::require) why = OcrWhy::required;
    else if (text_blank) {
        // No text and no image: blank, or text drawn as curves. Look before calling it blank.
        std::string reason;
        auto preview = render_page(page.get(), 36, reason);
        if (!preview || has_ink(*preview)) why = OcrWhy::drawn_only;
    }
    if (why) ocr_page(page.get(), number, *why, ocr, sink);

    read_annotations(page.get(), number, sink, file_annots);
    read_form_fields(page.get(), form_lines);
}

void read_document(std::string_view bytes, ExtractSink& sink) {
    // GBytes over a copy: poppler keeps pointing into the data while the document lives.
    std::unique_ptr<GBytes, GBytesDeleter> data(g_bytes_new(bytes.data(), bytes.size()));
    GError* raw_error = nullptr;
    GObj<PopplerDocument> doc(poppler_document_new_from_bytes(data.get(), nullptr, &raw_error));
    GErr error(raw_error);
    if (!doc) {
        if (error && error->domain == POPPLER_ERROR && error->code == POPPLER_ERROR_ENCRYPTED)
            sink.problem("encrypted PDF");
        else
            sink.problem(std::string("PDF cannot be read: ") + (error && error->message ? error->message : "unknown error"));
        return;
    }

    LayersIter layers(poppler_layers_iter_new(doc.get()));
    if (const int shown = show_layers(layers.get()); shown > 0)
        sink.note("read " + std::to_string(shown) + " hidden PDF layer(s)");

    read_metadata(doc.get(), sink);

    const int pages = poppler_document_get_n_pages(doc.get());
    if (pages <= 0) sink.problem("PDF has no pages");
    LazyOcr ocr;
    std::vector<GObj<PopplerAttachment>> file_annots;
    std::vector<std::string> form_lines;
    std::vector<std::string> page_texts(static_cast<std::size_t>(std::max(pages, 0)));
    for (int i = 0; i < pages; ++i)
        read_page(doc.get(), i, ocr, sink, file_annots, form_lines, page_texts[static_cast<std::size_t>(i)]);
    // Running headers and footers are scanned once, apart, so they do not split the
    // sentences that run over a page break.
    RunningLines running = split_running_lines(page_texts);
    sink.add_part(PartKind::header, std::nullopt, std::move(running.header));
    sink.add_part(PartKind::footer, std::nullopt, std::move(running.footer));
    // One body for the whole document, so a sentence, name or number that runs over a
    // page break is read whole; each page's start is kept to report the page.
    std::string body;
    std::vector<std::pair<std::size_t, int>> starts;
    for (std::size_t i = 0; i < page_texts.size(); ++i) {
        if (blank(page_texts[i])) continue;
        if (!body.empty() && body.back() != '\n') body.push_back('\n');
        starts.emplace_back(body.size(), static_cast<int>(i) + 1);
        body += page_texts[i];
    }
    sink.add_paged_part(PartKind::body, std::move(body), std::move(starts));
    if (!form_lines.empty()) sink.add_part(PartKind::form_field, std::nullopt, join(form_lines));

    std::set<std::string> seen;
    int n = 0;
    GListPtr<free_object_list> attachments(poppler_document_get_attachments(doc.get()));
    for (GList* l = attachments.get(); l; l = l->next) {
        ++n;
        if (auto* att = static_cast<PopplerAttachment*>(l->data))
            read_attachment(att, "attachment-" + std::to_string(n), sink, seen);
    }
    for (auto& att : file_annots) {
        ++n;
        read_attachment(att.get(), "attachment-" + std::to_string(n), sink, seen);
    }
}

}  // namespace

void read_pdf(std::string_view bytes, ExtractSink& sink) {
    try {
        read_document(bytes, sink);
    } catch (const std::bad_alloc&) {
        sink.problem("PDF reader ran out of memory");
    } catch (const std::exception& e) {
        sink.problem(std::string("PDF reader failed: ") + e.what());
    } catch (...) {
        sink.problem("PDF reader failed");
    }
}

}  // namespace jv
