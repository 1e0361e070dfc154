#pragma once
#include <string>
#include <string_view>
#include <sys/types.h>

#include "core/document.hpp"
#include "extract/extract.hpp"

namespace jv {

// Runs third-party parsers (Poppler, libxml2, libzip, GMime, Tesseract) on hostile
// input in a separate worker process: `journalvakt __extract-worker`, limited in
// address space, killed at the per-document deadline and restarted after a crash. The
// scanner survives whatever the parser does; that document alone becomes `error`.
// One instance per scanning thread; the worker process is reused across documents.
class IsolatedExtractor {
public:
    explicit IsolatedExtractor(const ExtractConfig& config);
    ~IsolatedExtractor();
    IsolatedExtractor(const IsolatedExtractor&) = delete;
    IsolatedExtractor& operator=(const IsolatedExtractor&) = delete;

    // Always returns a document; a failed worker gives one whose problem says why.
    Document extract(const std::string& path, std::string_view bytes);

private:
    bool spawn(std::string& why);
    void stop();
    std::string describe_exit();

    ExtractConfig config_;
    pid_t pid_ = -1;
    int socket_ = -1;
};

// The worker's main loop (stdin/stdout carry requests and documents); returns the exit code.
int run_extract_worker(int argc, char** argv);

}  // namespace jv
