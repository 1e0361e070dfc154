#include "extract/zip_archive.hpp"

#include <zip.h>

namespace jv {

namespace {
constexpr std::uint64_t kRatioCheckedAbove = 1ull << 20;  // small members may compress well by nature
}

struct ZipArchive::Handle {
    struct Closer {
        void operator()(zip_t* z) const { zip_discard(z); }
    };
    std::unique_ptr<zip_t, Closer> archive;
};

ZipArchive::~ZipArchive() = default;
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;

Result<ZipArchive> ZipArchive::open(std::string_view bytes) {
    zip_error_t error;
    zip_error_init(&error);
    // The source does not own the bytes (freep = 0): they outlive the archive.
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) {
        std::string message = zip_error_strerror(&error);
        zip_error_fini(&error);
        return Error{"ZIP cannot be read: " + message};
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (archive == nullptr) {
        zip_source_free(source);
        std::string message = zip_error_strerror(&error);
        zip_error_fini(&error);
        return Error{"ZIP cannot be read: " + message};
    }
    zip_error_fini(&error);
    ZipArchive out;
    out.handle_ = std::make_unique<Handle>();
    out.handle_->archive.reset(archive);
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st) != 0) continue;
        Entry e;
        e.name = st.name != nullptr ? st.name : "";
        e.size = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
        e.compressed_size = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
        e.encrypted = (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE;
        e.directory = !e.name.empty() && e.name.back() == '/';
        out.entries_.push_back(std::move(e));
    }
    return out;
}

const ZipArchive::Entry* ZipArchive::find(std::string_view name) const {
    for (const auto& e : entries_)
        if (e.name == name) return &e;
    return nullptr;
}

std::optional<std::string> ZipArchive::read(const Entry& entry, ExtractSink& sink) const {
    if (entry.encrypted) {
        sink.problem("encrypted ZIP member " + entry.name);
        return std::nullopt;
    }
    const auto& cfg = sink.config();
    if (entry.size > kRatioCheckedAbove && entry.compressed_size > 0 &&
        static_cast<double>(entry.size) / static_cast<double>(entry.compressed_size) > cfg.max_compression_ratio) {
        sink.problem("compression ratio limit of " + std::to_string(static_cast<int>(cfg.max_compression_ratio)) +
                     ":1 hit by " + entry.name + " (possible zip bomb)");
        return std::nullopt;
    }
    zip_file_t* file = zip_fopen(handle_->archive.get(), entry.name.c_str(), 0);
    if (file == nullptr) {
        sink.problem("ZIP member " + entry.name + " cannot be read: " + zip_strerror(handle_->archive.get()));
        return std::nullopt;
    }
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> guard(file, &zip_fclose);
    // Read in chunks against the budget: the declared size may lie.
    std::string out;
    char buffer[1 << 16];
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            sink.problem("ZIP member " + entry.name + " is corrupt: " + zip_file_strerror(file));
            return std::nullopt;
        }
        if (n == 0) break;
        if (!sink.spend_expanded(static_cast<std::uint64_t>(n))) return std::nullopt;
        out.append(buffer, static_cast<std::size_t>(n));
        if (entry.compressed_size > 0 && out.size() > kRatioCheckedAbove &&
            static_cast<double>(out.size()) / static_cast<double>(entry.compressed_size) > cfg.max_compression_ratio) {
            sink.problem("compression ratio limit of " + std::to_string(static_cast<int>(cfg.max_compression_ratio)) +
                         ":1 hit by " + entry.name + " (possible zip bomb)");
            return std::nullopt;
        }
    }
    return out;
}

}  // namespace jv
