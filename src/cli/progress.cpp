#include "cli/progress.hpp"

namespace jv {

Progress::Progress(std::size_t total, bool enabled)
    : total_(total), enabled_(enabled), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

Progress::~Progress() {
    if (enabled_ && done_ > 0) {
        draw(true);
        std::fputc('\n', stderr);
    }
}

void Progress::advance(std::uint64_t bytes) {
    ++done_;
    bytes_ += bytes;
    const auto now = std::chrono::steady_clock::now();
    // Redraw at most ten times a second: a terminal is slower than the scanner.
    if (enabled_ && now - last_draw_ > std::chrono::milliseconds(100)) {
        last_draw_ = now;
        draw(false);
    }
}

void Progress::draw(bool) {
    constexpr int kWidth = 30;
    const double fraction = total_ == 0 ? 1.0 : static_cast<double>(done_) / static_cast<double>(total_);
    const int filled = static_cast<int>(fraction * kWidth);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::fprintf(stderr, "\r[%.*s%*s] %zu/%zu documents, %.1f MB/s", filled, "==============================",
                 kWidth - filled, "", done_, total_, seconds > 0 ? static_cast<double>(bytes_) / 1e6 / seconds : 0.0);
    std::fflush(stderr);
}

}  // namespace jv
