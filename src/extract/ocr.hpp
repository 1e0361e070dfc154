#pragma once
#include <memory>
#include <optional>
#include <string>

namespace tesseract {
class TessBaseAPI;
}

namespace jv {

// Tesseract behind one small handle: created only when a page needs it, freed with it.
// Not shared between threads; one engine per document read is the intended use.
class OcrEngine {
public:
    // An engine for `language` (Tesseract's traineddata name), or null when Tesseract or
    // the language data cannot be loaded.
    static std::unique_ptr<OcrEngine> create(const std::string& language = "nor");
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    // Recognises text in a rendered page: cairo ARGB32 pixels (native-endian 32-bit words,
    // `stride` bytes per row) at `dpi`. The text in UTF-8 (empty when none was found), or
    // nullopt when recognition failed.
    std::optional<std::string> recognise(const unsigned char* argb, int width, int height, int stride,
                                         int dpi = 300);

private:
    explicit OcrEngine(std::unique_ptr<tesseract::TessBaseAPI> api);
    std::unique_ptr<tesseract::TessBaseAPI> api_;
};

}  // namespace jv
