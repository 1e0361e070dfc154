#include "extract/ocr.hpp"

#include <cstdint>
#include <cstring>
#include <vector>

#include <tesseract/baseapi.h>

namespace jv {

namespace {

struct TextDeleter {
    void operator()(char* p) const { delete[] p; }
};

}  // namespace

OcrEngine::OcrEngine(std::unique_ptr<tesseract::TessBaseAPI> api) : api_(std::move(api)) {}

OcrEngine::~OcrEngine() {
    if (api_) api_->End();
}

std::unique_ptr<OcrEngine> OcrEngine::create(const std::string& language) {
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    // Warnings (e.g. about resolution) go nowhere rather than to the scanner's stderr.
    if (api->Init(nullptr, language.c_str()) != 0) return nullptr;
    api->SetVariable("debug_file", "/dev/null");
    api->SetPageSegMode(tesseract::PSM_AUTO);
    return std::unique_ptr<OcrEngine>(new OcrEngine(std::move(api)));
}

std::optional<std::string> OcrEngine::recognise(const unsigned char* argb, int width, int height, int stride,
                                                int dpi) {
    if (!argb || width <= 0 || height <= 0 || stride < width * 4) return std::nullopt;
    // Tesseract reads 4-byte pixels as R,G,B,A in memory, cairo stores native-endian
    // 0xAARRGGBB words; hand it 8-bit grey instead, which is also a quarter of the memory.
    std::vector<unsigned char> grey(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    for (int y = 0; y < height; ++y) {
        const unsigned char* row = argb + static_cast<std::size_t>(y) * static_cast<std::size_t>(stride);
        unsigned char* out = grey.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(width);
        for (int x = 0; x < width; ++x) {
            std::uint32_t px;
            std::memcpy(&px, row + static_cast<std::size_t>(x) * 4, 4);
            const std::uint32_t r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, b = px & 0xff;
            out[x] = static_cast<unsigned char>((r * 299 + g * 587 + b * 114) / 1000);
        }
    }
    api_->SetImage(grey.data(), width, height, 1, width);
    api_->SetSourceResolution(dpi);
    if (api_->Recognize(nullptr) != 0) {
        api_->Clear();
        return std::nullopt;
    }
    std::unique_ptr<char[], TextDeleter> text(api_->GetUTF8Text());
    api_->Clear();
    if (!text) return std::nullopt;
    return std::string(text.get());
}

}  // namespace jv
