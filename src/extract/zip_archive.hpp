#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "extract/sink.hpp"

struct zip;

namespace jv {

// A ZIP archive in memory (libzip), read under the document's limits: member count,
// decompressed budget and compression ratio are checked before and while reading.
class ZipArchive {
public:
    struct Entry {
        std::string name;
        std::uint64_t size = 0;             // as declared; reading never trusts it
        std::uint64_t compressed_size = 0;
        bool encrypted = false;
        bool directory = false;
    };

    static Result<ZipArchive> open(std::string_view bytes);
    ~ZipArchive();
    ZipArchive(ZipArchive&&) noexcept;
    ZipArchive& operator=(ZipArchive&&) noexcept;

    [[nodiscard]] const std::vector<Entry>& entries() const { return entries_; }
    [[nodiscard]] const Entry* find(std::string_view name) const;
    // Reads a member; a limit or an error becomes a problem in `sink` and nullopt.
    std::optional<std::string> read(const Entry& entry, ExtractSink& sink) const;

private:
    ZipArchive() = default;
    struct Handle;
    std::unique_ptr<Handle> handle_;
    std::vector<Entry> entries_;
};

}  // namespace jv
